import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readApis, workspaceRoot } from '../src/apis.js';
import { generateApi } from '../src/generate.js';

// Generated files are committed; this fails the test run when a spec changed without
// `npm run generate`, or when someone edited a generated file by hand.
const apis = await readApis();

describe.each(apis)('generated files of $name', (api) => {
  it('match what the spec produces', async () => {
    const files = await generateApi(api);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const committed = await readFile(join(workspaceRoot, file.path), 'utf8').catch(
        () => '<missing>',
      );
      expect(committed, `${file.path} is stale: run \`npm run generate\``).toBe(file.content);
    }
  });

  it('carry a do-not-edit header', async () => {
    for (const file of await generateApi(api)) {
      expect(file.content.slice(0, 400)).toMatch(/Do not edit/);
    }
  });
});
