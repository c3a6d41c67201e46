// Usage: tsx tools/codegen/src/cli.ts [vendor ...] [--owner vendor|mock-server] [--check]
// Regenerates the files derived from the specs (all vendors, or those named; all owners, or the
// one named, so each Nx project's `generate` target writes only its own outputs). With --check it
// writes nothing and exits 1 when a committed file differs from what the specs produce.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readApis, workspaceRoot } from './apis.js';
import { generateApi } from './generate.js';

// Strict: a mistyped flag (`--chek`) stops the run instead of being read as a vendor name or
// dropped, which would write files where a check was meant.
let parsed: ReturnType<typeof parseCommandLine>;
function parseCommandLine() {
  return parseArgs({
    allowPositionals: true,
    strict: true,
    options: { check: { type: 'boolean', default: false }, owner: { type: 'string' } },
  });
}
try {
  parsed = parseCommandLine();
} catch (error) {
  console.error(
    `${(error as Error).message}\nUsage: cli.ts [vendor ...] [--owner vendor|mock-server] [--check]`,
  );
  process.exit(2);
}
const { check = false, owner: ownerArg } = parsed.values;
if (ownerArg !== undefined && ownerArg !== 'vendor' && ownerArg !== 'mock-server') {
  console.error(`--owner must be vendor or mock-server, got ${JSON.stringify(ownerArg)}`);
  process.exit(2);
}
const wanted = parsed.positionals;
const apis = (await readApis()).filter((api) => wanted.length === 0 || wanted.includes(api.name));
if (wanted.length > 0 && apis.length !== wanted.length) {
  console.error(
    `Unknown vendor in: ${wanted.join(', ')}. Known: ${(await readApis()).map((a) => a.name).join(', ')}`,
  );
  process.exit(2);
}

let stale = 0;
for (const api of apis) {
  for (const file of await generateApi(api)) {
    if (ownerArg && file.owner !== ownerArg) continue;
    const target = join(workspaceRoot, file.path);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === file.content) continue;
    if (check) {
      stale++;
      console.error(`stale: ${file.path} (run \`npm run generate\`)`);
    } else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
      console.log(`wrote ${file.path}`);
    }
  }
}
if (stale > 0) process.exit(1);
