import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { entries } from '../src/entries.js';
import { renderReport } from '../src/render.js';
import { workspaceRoot } from '../src/spec.js';

describe('docs/coverage.md', () => {
  it('is current (run `npm run coverage-report` after changing a spec or a normalizer)', () => {
    const committed = readFileSync(join(workspaceRoot, 'docs', 'coverage.md'), 'utf8');
    expect(committed).toBe(renderReport());
  });
});

describe('the entries', () => {
  it('cover every vendor of specs/ (the "new vendor" checklist of docs/architecture.md)', () => {
    const vendors = readdirSync(join(workspaceRoot, 'specs'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(vendors.length).toBeGreaterThanOrEqual(4);
    expect([...new Set(entries.map((entry) => entry.vendor))].sort()).toEqual(vendors);
  });
});

describe('the webhook entries', () => {
  it('cover the payloads of every vendor that pushes events (webhooks or callbacks)', () => {
    const pushed = entries.filter((entry) => !('operation' in entry.example));
    expect([...new Set(pushed.map((entry) => entry.vendor))].sort()).toEqual([
      'opencx',
      'smarterbot',
      'twin24',
    ]);
    // Each reads a real delivery example of its spec: the analysis runs without throwing.
    for (const entry of pushed) expect(analyze(entry).fields.length).toBeGreaterThan(0);
  });
});

describe('the perturbation analysis', () => {
  it('attributes known mappings correctly (CloseBot lead)', () => {
    const entry = entries.find((e) => e.vendor === 'closebot' && e.model === 'Lead');
    if (!entry) throw new Error('no closebot Lead entry');
    const { fields, rawOnly } = analyze(entry);
    const from = (field: string) => fields.find((f) => f.field === field)?.from;
    expect(from('contact.name')).toEqual(['name']);
    expect(from('contact.id')).toEqual(['contactId']);
    expect(from('updatedAt')).toEqual(['lastMessageTime']);
    expect(from('contact.email')).toEqual(
      expect.arrayContaining(['fields[].field', 'fields[].value']),
    );
    expect(fields.find((f) => f.field === 'kind')?.constant).toBe('"lead"');
    expect(rawOnly).toEqual(
      expect.arrayContaining(['lastMessage', 'starred', 'instances[].botVersion']),
    );
    expect(rawOnly).not.toContain('name');
  });
});
