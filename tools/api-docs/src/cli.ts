// `generate` writes docs/api; `check` generates into a temporary folder and fails if docs/api
// differs or API Extractor reports a problem with the public API (e.g. a forgotten export). Both read the packages' built dist/ and do not build it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareTrees, describeDiff, isClean } from './compare.js';
import { type Generation, generateDocs, REGENERATE_COMMAND } from './generate.js';
import { MissingBuildError, workspaceRoot } from './packages.js';
import { summarizeWarnings } from './warnings.js';

const DOCS = 'docs/api';
const docsDir = join(workspaceRoot, DOCS);

async function main(command: string | undefined, flags: readonly string[]): Promise<number> {
  if (command !== 'generate' && command !== 'check') {
    console.error('usage: cli.ts generate|check [--verbose]');
    return 2;
  }
  // Generated aside and then moved in, so that a failed run leaves docs/api as it was.
  const scratch = mkdtempSync(join(tmpdir(), 'botbridge-api-docs-'));
  try {
    const fresh = join(scratch, 'api');
    const generation = await generateDocs(fresh, workspaceRoot);
    // Since the process started: loading TypeDoc, API Extractor and their compilers included.
    const seconds = (performance.now() / 1000).toFixed(1);
    if (command === 'generate') {
      rmSync(docsDir, { recursive: true, force: true });
      cpSync(fresh, docsDir, { recursive: true });
      console.log(`wrote ${DOCS}: ${describeGeneration(generation)} in ${seconds} s`);
      report(generation, flags.includes('--verbose'));
      return 0;
    }
    const diff = compareTrees(docsDir, fresh);
    if (!isClean(diff)) {
      console.error(describeDiff(diff, DOCS, REGENERATE_COMMAND));
      return 1;
    }
    console.log(
      `${DOCS} is up to date: ${describeGeneration(generation)}, checked in ${seconds} s`,
    );
    if (flags.includes('--verbose')) report(generation, true);
    // A public type that no entry point exports (or another API Extractor finding) is a defect a
    // user meets: they cannot name the type. The report shows it; the check fails on it.
    const surface = generation.warnings.filter(({ tool }) => tool === 'API Extractor');
    if (surface.length > 0) {
      console.error(`API Extractor found ${surface.length} problem(s) in the public API:`);
      for (const warning of surface) console.error(`  [${warning.kind}] ${warning.message}`);
      return 1;
    }
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function describeGeneration({ packages, files, seconds }: Generation): string {
  const entryPoints = packages.reduce((n, pkg) => n + pkg.entryPoints.length, 0);
  const phases = `TypeDoc ${seconds.typedoc.toFixed(1)} s, API Extractor ${seconds.apiExtractor.toFixed(1)} s`;
  return `${files.length} files, ${packages.length} packages, ${entryPoints} entry points (${phases})`;
}

function report({ warnings }: Generation, verbose: boolean): void {
  for (const line of summarizeWarnings(warnings)) console.log(line);
  if (!verbose) {
    if (warnings.length > 0) console.log('(--verbose lists every warning)');
    return;
  }
  for (const warning of warnings) {
    const where = warning.file ? `${warning.file}: ` : '';
    console.log(`[${warning.tool} ${warning.kind}] ${where}${warning.message}`);
  }
}

try {
  process.exitCode = await main(process.argv[2], process.argv.slice(3));
} catch (error) {
  if (error instanceof MissingBuildError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
}
