import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mockVendors } from '@botbridge/mock-server';
import { describe, expect, it } from 'vitest';
import { targets } from '../src/targets/index.js';

// The "new vendor" checklist of docs/architecture.md, enforced: a vendor is a folder of specs/,
// and each place that must know about it is checked here (what the compiler checks once these
// hold, such as the mock dataset of every mock vendor, is not repeated).
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const vendors = readdirSync(join(root, 'specs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('every vendor of specs/ is wired in', () => {
  it('there are vendors', () => expect(vendors.length).toBeGreaterThanOrEqual(4));

  it.each(vendors)('%s: a redocly.yaml stanza (spec lint, codegen)', (vendor) => {
    const redocly = readFileSync(join(root, 'redocly.yaml'), 'utf8');
    expect(redocly).toContain(`root: specs/${vendor}/openapi.yaml`);
    expect(redocly).toContain(`output: packages/${vendor}/src/generated/schema.ts`);
  });

  it.each(vendors)('%s: a package packages/<vendor> named @botbridge/<vendor>', (vendor) => {
    const manifest = JSON.parse(
      readFileSync(join(root, 'packages', vendor, 'package.json'), 'utf8'),
    ) as { name: string };
    expect(manifest.name).toBe(`@botbridge/${vendor}`);
  });

  it('a conformance target each (tools/conformance/src/targets)', () => {
    expect(targets.map((target) => target.vendor).sort()).toEqual(vendors);
  });

  it('a mock each (packages/mock-server/src/vendors.ts)', () => {
    expect([...mockVendors].sort()).toEqual(vendors);
  });
});
