import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { type ApiEntry, workspaceRoot } from './apis.js';
import { generateValidators } from './validators.js';

/** A file the codegen produces: path relative to the workspace root, and its full content. */
export interface GeneratedFile {
  path: string;
  content: string;
  /** The Nx project whose `generate` target owns the file. */
  owner: 'vendor' | 'mock-server';
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const IDEMPOTENT = new Set(['get', 'head', 'options', 'put', 'delete', 'trace']);

const openapiTsVersion = JSON.parse(
  await readFile(join(workspaceRoot, 'node_modules/openapi-typescript/package.json'), 'utf8'),
).version as string;

function header(api: ApiEntry, what: string, comment: (lines: string[]) => string): string {
  return comment([
    `${what} generated from ${api.spec} by \`npm run generate\` (tools/codegen).`,
    'Do not edit: change the spec and regenerate. CI fails when this file is stale.',
  ]);
}

const tsComment = (lines: string[]) => `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */\n`;
const yamlComment = (lines: string[]) => `${lines.map((l) => `# ${l}`).join('\n')}\n`;

interface ServerObject {
  url: string;
}

interface SpecDocument {
  servers?: ServerObject[];
  paths?: Record<
    string,
    Record<string, { operationId?: string; 'x-idempotent'?: boolean; servers?: ServerObject[] }> & {
      servers?: ServerObject[];
    }
  >;
}

/** Every file generated from one vendor spec. Pure: reads the spec, writes nothing. */
export async function generateApi(api: ApiEntry): Promise<GeneratedFile[]> {
  const specPath = join(workspaceRoot, api.spec);
  const specText = await readFile(specPath, 'utf8');
  // enumValues: also emit each enum as a runtime array, so clients can validate input (Twin `fields`)
  // against the spec before sending anything.
  const ast = await openapiTS(pathToFileURL(specPath), { enumValues: true });
  const schema =
    header(api, `TypeScript types (openapi-typescript ${openapiTsVersion})`, tsComment) +
    '\n' +
    astToString(ast);

  const doc = parse(specText) as SpecDocument;
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => {
      const op = item[method] ?? {};
      if (!op.operationId)
        throw new Error(`${api.spec}: ${method.toUpperCase()} ${path} has no operationId`);
      return {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        idempotent: IDEMPOTENT.has(method) || op['x-idempotent'] === true,
        // The production server of the operation: operation, then path item, then document level
        // (Twin serves its IAM, chat and analyse operations from different hosts).
        server: (op.servers ?? item.servers ?? doc.servers)?.[0]?.url ?? '',
      };
    }),
  );
  const operationsTs =
    header(api, 'Operation table', tsComment) +
    "\nimport type { OperationInfo } from '@botbridge/core';\n\n" +
    '/** Every operation of the spec: method, path template, and whether it is safe to retry. */\n' +
    `export const operations = ${JSON.stringify(operations, null, 2)
      .replace(/"(\w+)":/g, '$1:')
      .replace(/"/g, "'")} as const satisfies readonly OperationInfo[];\n\n` +
    '/** The operationIds of the spec. */\n' +
    "export type OperationId = (typeof operations)[number]['operationId'];\n";

  const validatorsTs = `${header(api, 'Response validators', tsComment)}\n${generateValidators(doc)}`;

  const generatedDir = dirname(api.output);
  return [
    { path: api.output, content: schema, owner: 'vendor' },
    { path: join(generatedDir, 'operations.ts'), content: operationsTs, owner: 'vendor' },
    { path: join(generatedDir, 'validators.ts'), content: validatorsTs, owner: 'vendor' },
    {
      path: join('packages/mock-server/src/generated/specs', `${api.name}.openapi.yaml`),
      content:
        header(
          api,
          'Copy of the vendor spec, embedded so the published mock server needs no checkout;',
          yamlComment,
        ) + specText,
      owner: 'mock-server',
    },
  ];
}
