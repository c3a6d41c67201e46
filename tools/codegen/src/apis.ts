import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** One vendor stanza of redocly.yaml. */
export interface ApiEntry {
  name: string;
  /** Spec path relative to the workspace root. */
  spec: string;
  /** Generated schema path relative to the workspace root. */
  output: string;
}

/** Reads the vendor map from redocly.yaml, the single list of specs the repo has. */
export async function readApis(): Promise<ApiEntry[]> {
  const config = parse(await readFile(join(workspaceRoot, 'redocly.yaml'), 'utf8')) as {
    apis: Record<string, { root: string; 'x-openapi-ts': { output: string } }>;
  };
  return Object.entries(config.apis).map(([name, api]) => ({
    name,
    spec: api.root,
    output: api['x-openapi-ts'].output,
  }));
}
