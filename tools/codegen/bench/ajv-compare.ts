/**
 * Measures the response validators that tools/codegen compiles (`packages/<vendor>/src/generated/
 * validators.ts`) against Ajv's standalone code for the same response schemas, on this machine, in
 * one run: bundle size, validations per second, the messages each reports for broken responses,
 * and whether both accept and reject the same bodies.
 *
 * Run from the repository root: `node --import tsx tools/codegen/bench/ajv-compare.ts`
 * (`--quick`: shorter timing rounds; `--keep`: keep the generated files and print where). It needs
 * no network; Ajv's output goes to a temporary directory that is removed at the end.
 *
 * Ajv is set up as a consumer of it would set it up: `ajv/dist/2020` with ajv-formats' full
 * formats, `strict: false` (the specs carry `x-*` keywords), standalone ESM output, one export per
 * distinct response body schema, and a thin module around it with the same `responseValidators`
 * table and `<pointer>: <message>` strings that core consumes. Two Ajv variants are measured:
 * `allErrors: true` (every issue, as ours reports) and Ajv's default (stop at the first issue).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { _, Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { createCloseBotDataset } from '../../../packages/mock-server/src/dataset/closebot.js';
import { createOpenCxDataset } from '../../../packages/mock-server/src/dataset/opencx.js';
import { DATASET_EPOCH } from '../../../packages/mock-server/src/dataset/random.js';
import { createSmarterBotDataset } from '../../../packages/mock-server/src/dataset/smarterbot.js';
import {
  createTwin24Dataset,
  TWIN24_CHAT_SESSION_FIELDS,
} from '../../../packages/mock-server/src/dataset/twin24.js';
import type {
  DatasetRequest,
  VendorDataset,
} from '../../../packages/mock-server/src/dataset/types.js';
import { readApis } from '../src/apis.js';
import { CHECKED_FORMATS, CONSTRAINTS } from '../src/validators.js';

// Both are CommonJS: the function is the module's `default` (and the module itself).
const standaloneCode = standaloneModule.default;
const addFormats = addFormatsModule.default;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const QUICK = process.argv.includes('--quick');
/** Keeps the temporary directory (Ajv's output, the bundles) for reading, and prints its path. */
const KEEP = process.argv.includes('--keep');
/** Length of one timing round per implementation, and how many interleaved rounds are taken. */
const ROUND_MS = QUICK ? 100 : 300;
const ROUNDS = QUICK ? 3 : 7;
/** Marks every value the mutations inject, so a message that quotes one is found. */
const SENTINEL = 'SENTINEL';
const SENTINEL_NUMBER = 424242;

type Json = Record<string, unknown>;
type Validator = (value: unknown) => string[];
type Table = Record<string, Record<string, Validator>>;

/** One response body and where it belongs. */
interface Sample {
  operationId: string;
  status: string;
  body: unknown;
  /** Where the body came from: a spec example or the mock server's dataset. */
  source: 'example' | 'dataset';
}

/** A broken copy of a valid sample. */
interface Mutant extends Sample {
  kind: string;
  /** The JSON pointer of the change, array indices kept. */
  pointer: string;
  /** Whether the change sits under an array item. */
  nested: boolean;
}

/** The validators under comparison, as a consumer imports them. */
interface Implementation {
  name: string;
  table: Table;
}

interface VendorRun {
  vendor: string;
  doc: Json;
  bodies: Body[];
  specText: string;
  implementations: Implementation[];
  samples: Sample[];
  mutants: Mutant[];
}

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const pointerEscape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const pointerUnescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** The node a local `$ref` (`#/a/b`) names, or undefined. */
function resolvePointer(doc: unknown, ref: string): unknown {
  let node = doc;
  for (const segment of ref.replace(/^#\/?/, '').split('/').filter(Boolean).map(pointerUnescape)) {
    node = isRecord(node) || Array.isArray(node) ? (node as Json)[segment] : undefined;
  }
  return node;
}

/** Follows `$ref` chains (responses, examples) to the object they end at. */
function deref(doc: Json, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isRecord(current) && typeof current.$ref === 'string' && hops < 20; hops++) {
    current = resolvePointer(doc, current.$ref);
  }
  return current;
}

// --- The response bodies of a spec ---------------------------------------------------------------

interface Body {
  operationId: string;
  status: string;
  /** Where the body schema sits (after following a response `$ref`): one Ajv export per place. */
  where: string;
  schema: unknown;
  media: Json;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Every response with a JSON body, chosen as the generator chooses: `application/json`, else the
 * first `…/json` or `…+json` media type; a response `$ref` is followed.
 */
function responseBodies(doc: Json): Body[] {
  const bodies: Body[] = [];
  for (const [route, item] of Object.entries(isRecord(doc.paths) ? doc.paths : {})) {
    if (!isRecord(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isRecord(op) || typeof op.operationId !== 'string') continue;
      for (const [status, raw] of Object.entries(isRecord(op.responses) ? op.responses : {})) {
        let where = `#/paths/${pointerEscape(route)}/${method}/responses/${status}`;
        let response: unknown = raw;
        while (isRecord(response) && typeof response.$ref === 'string') {
          where = response.$ref;
          response = resolvePointer(doc, response.$ref);
        }
        if (!isRecord(response) || !isRecord(response.content)) continue;
        const content = response.content;
        const type =
          'application/json' in content
            ? 'application/json'
            : Object.keys(content).find((name) => /^[^;]*[/+]json\s*(;|$)/i.test(name));
        const media = type === undefined ? undefined : content[type];
        if (type === undefined || !isRecord(media) || !('schema' in media)) continue;
        bodies.push({
          operationId: op.operationId,
          status,
          where: `${where}/content/${pointerEscape(type)}/schema`,
          schema: media.schema,
          media,
        });
      }
    }
  }
  return bodies;
}

// --- Ajv standalone ------------------------------------------------------------------------------

/** Keywords that only annotate: dropped before Ajv compiles, as Ajv may embed the schema object. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'example',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'externalDocs',
  'xml',
]);
/** Keywords whose value is a map of names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
/** Keywords whose value is data, not a schema. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'required', 'default', 'example', 'examples']);

/** A schema without its annotations and `x-*` keywords. */
function stripAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (!isRecord(schema)) return schema;
  const out: Json = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) || keyword.startsWith('x-')) continue;
    if (SCHEMA_MAPS.has(keyword) && isRecord(value)) {
      out[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, stripAnnotations(sub)]),
      );
    } else {
      out[keyword] = DATA_KEYWORDS.has(keyword) ? value : stripAnnotations(value);
    }
  }
  return out;
}

interface AjvBuild {
  /** The standalone module's source as Ajv emits it. */
  standalone: string;
  /** The module a vendor package would export: the `responseValidators` table over it. */
  adapter: string;
}

/**
 * Ajv's standalone module for a spec's response bodies, and the table module around it. The
 * schemas go in under their own paths (`#/components/schemas/…` stays valid) plus one entry per
 * distinct body place, so every `$ref` of the spec resolves unchanged.
 */
function ajvBuild(doc: Json, bodies: Body[], vendor: string, allErrors: boolean): AjvBuild {
  const base = `https://botbridge.invalid/${vendor}`;
  const ajv = new Ajv2020({
    strict: false,
    allErrors,
    code: {
      source: true,
      esm: true,
      formats: _`require("ajv-formats/dist/formats").fullFormats`,
    },
  });
  addFormats(ajv);
  const places = [...new Set(bodies.map((body) => body.where))];
  const exportOf = new Map(places.map((where, n) => [where, `body${n}`]));
  const components = isRecord(doc.components) ? doc.components : {};
  const container: Json = {
    $id: `${base}/spec`,
    components: { schemas: stripAnnotations(components.schemas ?? {}) },
    bodies: Object.fromEntries(
      places.map((where) => {
        const body = bodies.find((candidate) => candidate.where === where);
        return [exportOf.get(where), stripAnnotations(body?.schema)];
      }),
    ),
  };
  ajv.addSchema(container);
  const refs: Record<string, string> = {};
  for (const name of exportOf.values()) {
    ajv.addSchema({ $id: `${base}/${name}`, $ref: `${base}/spec#/bodies/${name}` });
    refs[name] = `${base}/${name}`;
  }
  const standalone = standaloneCode(ajv, refs);

  const table = new Map<string, string[]>();
  for (const body of bodies) {
    const entries = table.get(body.operationId) ?? [];
    entries.push(`${JSON.stringify(body.status)}: report(ajv.${exportOf.get(body.where)})`);
    table.set(body.operationId, entries);
  }
  const adapter = [
    "import * as ajv from './standalone.mjs';",
    '/** Ajv errors as core expects issues: `<JSON pointer>: <message>`. */',
    'const report = (validate) => (value) =>',
    "  validate(value) ? [] : validate.errors.map((e) => (e.instancePath || '/') + ': ' + e.message);",
    'export const responseValidators = {',
    ...[...table].map(([op, entries]) => `  ${JSON.stringify(op)}: { ${entries.join(', ')} },`),
    '};',
    '',
  ].join('\n');
  return { standalone, adapter };
}

/** The packages a module loads at run time through `require(…)` or `import … from`. */
function runtimeImports(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/require\("([^"]+)"\)|from\s+["']([^"']+)["']/g)) {
    const specifier = match[1] ?? match[2];
    if (specifier && !specifier.startsWith('.')) found.add(specifier);
  }
  return [...found].sort();
}

// --- Bundles ---------------------------------------------------------------------------------------

interface Bundle {
  file: string;
  minified: number;
  gzipped: number;
  /** Bytes in the output per npm package that was bundled in. */
  packages: Map<string, number>;
}

/**
 * Bundles `entry` as an application would (bundle, minify, ESM), then gzips it (level 9).
 * `external` packages are left out (to see what a smaller formats module could save).
 */
async function bundle(entry: string, outfile: string, external: string[] = []): Promise<Bundle> {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    external: ['@botbridge/core', ...external],
    nodePaths: [join(ROOT, 'node_modules')],
    metafile: true,
    logLevel: 'silent',
  });
  const contents = readFileSync(outfile);
  const packages = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, used] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
      if (name) packages.set(name, (packages.get(name) ?? 0) + used.bytesInOutput);
    }
  }
  return {
    file: outfile,
    minified: contents.length,
    gzipped: gzipSync(contents, { level: 9 }).length,
    packages,
  };
}

// --- Realistic responses from the mock server's datasets -----------------------------------------

const datasetOptions = {
  seed: 7,
  records: 120,
  tokenTtlSeconds: 3600,
  refreshTtlSeconds: 86_400,
  now: () => DATASET_EPOCH,
};

type RequestInit = Partial<Omit<DatasetRequest, 'query'>> & { query?: Record<string, string> };

/** Asks a dataset for one operation; the body goes through JSON, as a client would receive it. */
function ask(
  dataset: VendorDataset,
  operationId: string,
  headers: Record<string, string>,
  init: RequestInit = {},
): Sample | undefined {
  const response = dataset.respond({
    operationId,
    method: init.method ?? 'GET',
    path: init.path ?? '/',
    pathParams: init.pathParams ?? {},
    query: new URLSearchParams(init.query ?? {}),
    headers: init.headers ?? headers,
    body: init.body,
  });
  if (!response || response.body === undefined || typeof response.body === 'string') return;
  return {
    operationId,
    status: String(response.status),
    body: JSON.parse(JSON.stringify(response.body)),
    source: 'dataset',
  };
}

/** The responses the mock server's datasets give for the operations they model. */
function datasetSamples(vendor: string): Sample[] {
  const out: Array<Sample | undefined> = [];
  if (vendor === 'closebot') {
    const d = createCloseBotDataset(datasetOptions);
    const h = { 'x-cb-key': 'bench-key' };
    const filters = { sourceIds: [], channels: [], botIds: [], personaIds: [] };
    for (const page of ['0', '1', '2']) {
      out.push(ask(d, 'listLeads', h, { path: '/lead', query: { page, pageSize: '25' } }));
    }
    out.push(ask(d, 'searchLeads', h, { method: 'POST', body: { ...filters, count: 50 } }));
    for (const lead of d.leads.slice(0, 6)) {
      out.push(ask(d, 'getLead', h, { pathParams: { leadId: lead.id } }));
      out.push(
        ask(d, 'listMessages', h, { path: '/botMetric/messages', query: { leadId: lead.id } }),
      );
    }
    out.push(
      ask(d, 'listBots', h, { path: '/bot' }),
      ask(d, 'listSources', h, { path: '/agency/source' }),
    );
    for (const bot of d.bots) {
      out.push(ask(d, 'getBot', h, { pathParams: { id: bot.id } }));
      out.push(ask(d, 'listTestSessions', h, { pathParams: { botId: bot.id } }));
    }
    for (const source of d.sources)
      out.push(ask(d, 'getSource', h, { pathParams: { id: source.sourceId } }));
  } else if (vendor === 'opencx') {
    const d = createOpenCxDataset(datasetOptions);
    const h = { authorization: 'Bearer bench-key' };
    out.push(ask(d, 'listChatSessions', h, { path: '/chat/sessions' }));
    out.push(ask(d, 'listContacts', h, { path: '/contacts' }));
    out.push(
      ask(d, 'filterChatSessions', h, { method: 'POST', path: '/chat/sessions/filter', body: {} }),
    );
    for (const session of d.sessions.slice(0, 8)) {
      const pathParams = { session_id: session.id };
      out.push(ask(d, 'getChatSession', h, { path: `/chat/sessions/${session.id}`, pathParams }));
      out.push(
        ask(d, 'listChatHistory', h, { path: `/chat/sessions/${session.id}/history`, pathParams }),
      );
    }
  } else if (vendor === 'smarterbot') {
    const d = createSmarterBotDataset(datasetOptions);
    const h = { authorization: 'bench-key' };
    const ask$ = (operationId: string, body: Json) =>
      ask(d, operationId, h, { method: 'POST', body });
    for (const { serialNumber } of d.chatbots) {
      out.push(ask$('listLeads', { serialNumber, startTime: '2025-01-01', endTime: '2027-01-01' }));
      out.push(
        ask$('getChatHistory', {
          SerialNumber: serialNumber,
          StartTime: '2025-01-01',
          EndTime: '2027-01-01',
        }),
      );
      out.push(ask$('getMessageCount', { SerialNumber: serialNumber }));
    }
  } else if (vendor === 'twin24') {
    const d = createTwin24Dataset(datasetOptions);
    const login = ask(
      d,
      'login',
      {},
      {
        method: 'POST',
        path: '/auth/login',
        body: { email: 'bench@example.com', password: 'bench-password' },
      },
    );
    out.push(login);
    const token = isRecord(login?.body) ? String(login.body.token) : '';
    const h = { authorization: `Bearer ${token}` };
    out.push(ask(d, 'listSessions', h, { path: '/sessions', query: { limit: '50' } }));
    const fields = TWIN24_CHAT_SESSION_FIELDS.join(',');
    out.push(ask(d, 'searchChatSessions', h, { path: '/search/chat/sessions', query: { fields } }));
    for (const session of d.sessions.slice(0, 8)) {
      const pathParams = { sessionId: String(session.id) };
      out.push(ask(d, 'getSession', h, { path: `/sessions/${session.id}`, pathParams }));
      out.push(
        ask(d, 'listSessionMessages', h, { path: `/sessions/${session.id}/messages`, pathParams }),
      );
    }
  }
  return out.filter((sample): sample is Sample => sample !== undefined);
}

/** Every response example of the spec (`example`, or each of `examples`), `$ref`s followed. */
function exampleSamples(doc: Json, bodies: Body[]): Sample[] {
  const out: Sample[] = [];
  for (const body of bodies) {
    const values: unknown[] = [];
    if ('example' in body.media) values.push(body.media.example);
    for (const example of Object.values(isRecord(body.media.examples) ? body.media.examples : {})) {
      const resolved = deref(doc, example);
      if (isRecord(resolved) && 'value' in resolved) values.push(resolved.value);
    }
    for (const value of values) {
      out.push({
        operationId: body.operationId,
        status: body.status,
        body: value,
        source: 'example',
      });
    }
  }
  return out;
}

// --- Mutations: broken copies of valid bodies, guided by the schema -----------------------------

/** The schemas that apply to a value here: the schema itself and its `allOf` members, `$ref`s followed. */
function applicable(doc: Json, schema: unknown, depth = 0): Json[] {
  const resolved = deref(doc, schema);
  if (!isRecord(resolved) || depth > 20) return [];
  const own = isRecord(schema) && schema !== resolved ? [schema, resolved] : [resolved];
  const members = Array.isArray(resolved.allOf) ? resolved.allOf : [];
  return [...own, ...members.flatMap((member) => applicable(doc, member, depth + 1))];
}

interface Change {
  kind: string;
  pointer: string;
  nested: boolean;
  /** The new value, or `undefined` to delete the member. */
  value: unknown;
}

/**
 * The changes that break `value` against `schema`, one per keyword and place. oneOf/anyOf/not
 * branches are not entered: which branch a broken value falls under is not well defined.
 */
function changes(
  doc: Json,
  schema: unknown,
  value: unknown,
  pointer: string,
  nested: boolean,
): Change[] {
  const out: Change[] = [];
  const add = (kind: string, replacement: unknown, at = pointer) =>
    out.push({ kind, pointer: at, nested, value: replacement });
  for (const s of applicable(doc, schema)) {
    const types = s.type === undefined ? undefined : [s.type].flat();
    const allows = (type: string) => types === undefined || types.includes(type);
    if (isRecord(value)) {
      for (const name of Array.isArray(s.required) ? s.required : []) {
        if (typeof name === 'string' && name in value) {
          add('missing required', undefined, `${pointer}/${pointerEscape(name)}`);
        }
      }
      for (const [name, sub] of Object.entries(isRecord(s.properties) ? s.properties : {})) {
        if (name in value) {
          out.push(...changes(doc, sub, value[name], `${pointer}/${pointerEscape(name)}`, nested));
        }
      }
      if (s.additionalProperties === false) {
        add('extra property', `${SENTINEL}-value`, `${pointer}/${SENTINEL}-key`);
      }
    }
    if (Array.isArray(value) && value.length > 0 && 'items' in s && !Array.isArray(s.items)) {
      const index = Math.floor(value.length / 2);
      out.push(...changes(doc, s.items, value[index], `${pointer}/${index}`, true));
    }
    if (typeof value === 'string') {
      if (types && !allows('number') && !allows('integer')) add('wrong type', SENTINEL_NUMBER);
      if (Array.isArray(s.enum)) add('enum mismatch', `${SENTINEL}-enum`);
      if ('const' in s) add('const mismatch', `${SENTINEL}-const`);
      if (s.format === 'date-time') {
        add('bad format', `${SENTINEL}-not-a-date-time`);
        add('date-time with a space', value.replace(/[Tt]/, ' '));
      } else if (typeof s.format === 'string' && ['date', 'uuid', 'email'].includes(s.format)) {
        add('bad format', `${SENTINEL}-not-a-${s.format}`);
      }
      if (s.format === 'email') add('email without a dot', 'someone@localhost');
      if (s.format === 'uuid') add('uuid as a URN', `urn:uuid:${value}`);
      if (typeof s.pattern === 'string') add('pattern mismatch', `${SENTINEL} ${SENTINEL}`);
      if (typeof s.minLength === 'number' && s.minLength > 0) add('too short', '');
    }
    if (typeof value === 'number') {
      if (types && !allows('string')) add('wrong type', `${SENTINEL}-text`);
      if (typeof s.minimum === 'number') add('below minimum', s.minimum - SENTINEL_NUMBER);
      if (typeof s.maximum === 'number') add('above maximum', s.maximum + SENTINEL_NUMBER);
      if (s.format === 'int32') add('int32 out of range', 4_242_424_242);
      if (allows('integer') && !allows('number')) add('fraction for integer', 42.4242);
    }
    if (typeof value === 'boolean' && types && !allows('string'))
      add('wrong type', `${SENTINEL}-bool`);
    // No branch of ours takes a boolean where a oneOf/anyOf sits, so `true` fits none.
    if ((Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) && !types?.includes('boolean')) {
      add('no oneOf/anyOf branch', true);
    }
  }
  return out;
}

/** A copy of `body` with one change made. */
function applyChange(body: unknown, change: Change): unknown {
  const copy = structuredClone(body);
  const segments = change.pointer.split('/').slice(1).map(pointerUnescape);
  const last = segments.pop();
  if (last === undefined) return change.value;
  let node: unknown = copy;
  for (const segment of segments) node = (node as Json)[segment];
  if (change.value === undefined) delete (node as Json)[last];
  else (node as Json)[last] = change.value;
  return copy;
}

/** Broken copies of the samples: each kind of change at each place, once per operation. */
function mutants(doc: Json, bodies: Body[], samples: Sample[]): Mutant[] {
  const seen = new Set<string>();
  const out: Mutant[] = [];
  for (const sample of samples) {
    const body = bodies.find(
      (b) => b.operationId === sample.operationId && b.status === sample.status,
    );
    if (!body) continue;
    for (const change of changes(doc, body.schema, sample.body, '', false)) {
      const key = `${sample.operationId} ${change.kind} ${change.pointer.replace(/\/\d+(?=\/|$)/g, '/*')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...sample, body: applyChange(sample.body, change), ...change });
    }
  }
  return out;
}

// --- Keywords ------------------------------------------------------------------------------------

/** What the generator compiles. */
const OURS_CHECKS = new Set(CONSTRAINTS);
const OURS_FORMATS = new Set(CHECKED_FORMATS);
/** What ajv-formats' `int64` and the like actually check. */
const AJV_FORMAT_NOTES: Record<string, string> = {
  int32: 'checked: integer in 32-bit range',
  int64: 'checked: integer (any JS number that is one)',
  'date-time': 'checked: RFC 3339, zone required, `T` or space',
  date: 'checked: RFC 3339 full-date',
  uuid: 'checked: optional `urn:uuid:` prefix',
  email: 'checked: dotted domain required',
};

/** Keyword and format uses in the schemas that responses reach. */
function keywordUses(doc: Json, bodies: Body[]): Map<string, number> {
  const uses = new Map<string, number>();
  const count = (key: string) => uses.set(key, (uses.get(key) ?? 0) + 1);
  const visited = new Set<unknown>();
  const walk = (schema: unknown): void => {
    if (!isRecord(schema) || visited.has(schema)) return;
    visited.add(schema);
    for (const [keyword, value] of Object.entries(schema)) {
      count(keyword);
      if (keyword === 'format' && typeof value === 'string') count(`format: ${value}`);
      if (keyword === '$ref' && typeof value === 'string') walk(resolvePointer(doc, value));
      else if (SCHEMA_MAPS.has(keyword) && isRecord(value)) Object.values(value).forEach(walk);
      else if (Array.isArray(value) && !DATA_KEYWORDS.has(keyword)) value.forEach(walk);
      else if (!DATA_KEYWORDS.has(keyword)) walk(value);
    }
  };
  for (const body of bodies) walk(body.schema);
  return uses;
}

/** What the generator does with a keyword (or `format: <name>`). */
function oursOn(keyword: string): string {
  if (keyword.startsWith('format: ')) {
    return OURS_FORMATS.has(keyword.slice(8)) ? 'checked' : 'SKIPPED (accepted unchecked)';
  }
  if (OURS_CHECKS.has(keyword)) return 'checked';
  if (ANNOTATIONS.has(keyword) || keyword.startsWith('x-')) return 'annotation';
  return 'SKIPPED';
}

/** What Ajv with ajv-formats does with a keyword (or `format: <name>`). */
function ajvOn(ajv: Ajv2020, keyword: string): string {
  if (keyword.startsWith('format: ')) {
    const format = keyword.slice(8);
    return AJV_FORMAT_NOTES[format] ?? (ajv.formats[format] ? 'checked' : 'unknown format');
  }
  if (ANNOTATIONS.has(keyword)) return 'annotation';
  if (keyword.startsWith('x-')) return 'ignored (strict: false)';
  return ajv.getKeyword(keyword) ? 'checked' : 'ignored (strict: false)';
}

// --- Timing --------------------------------------------------------------------------------------

/** Validations per second of `table` over `samples`, for one round of `ms`. */
function rate(table: Table, samples: Sample[], ms: number): number {
  const pairs = samples.flatMap((sample) => {
    const check = pick(table, sample);
    return check ? [{ check, body: sample.body }] : [];
  });
  let sink = 0;
  let runs = 0;
  const start = performance.now();
  let now = start;
  do {
    for (const { check, body } of pairs) sink += check(body).length;
    runs++;
    now = performance.now();
  } while (now - start < ms);
  if (sink < 0) console.log(sink); // keeps the results alive
  return (runs * pairs.length) / ((now - start) / 1000);
}

/** The validator core would pick: the status's own, else `default`. */
function pick(table: Table, sample: Sample): Validator | undefined {
  const byStatus = table[sample.operationId];
  return byStatus?.[sample.status] ?? byStatus?.default;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Median rate per implementation over interleaved rounds (A, B, C, A, B, C, …) after a warm-up. */
function speed(implementations: Implementation[], samples: Sample[]): number[] {
  for (const impl of implementations) rate(impl.table, samples, ROUND_MS);
  const rounds = implementations.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    implementations.forEach((impl, n) => {
      rounds[n]?.push(rate(impl.table, samples, ROUND_MS));
    });
  }
  return rounds.map(median);
}

// --- Printing ------------------------------------------------------------------------------------

/** Prints a Markdown table under a title. */
function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, n) =>
    Math.max(h.length, ...rows.map((row) => (row[n] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, n) => cell.padEnd(widths[n] ?? 0)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const thousands = (n: number) => Math.round(n).toLocaleString('en-US');
const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Response values a message may not quote: the body's longer strings and numbers not in the spec. */
function responseValues(body: unknown, specText: string): string[] {
  const out = new Set<string>([SENTINEL, String(SENTINEL_NUMBER)]);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isRecord(node)) Object.values(node).forEach(walk);
    else if (typeof node === 'string' && node.length >= 6 && !specText.includes(node))
      out.add(node);
    else if (
      typeof node === 'number' &&
      Math.abs(node) >= 1000 &&
      !specText.includes(String(node))
    ) {
      out.add(String(node));
    }
  };
  walk(body);
  return [...out];
}

const quotes = (issues: string[], values: string[]) =>
  issues.some((issue) => values.some((value) => issue.includes(value)));

// --- Main ------------------------------------------------------------------------------------------

/** Everything measured for one vendor: its spec, both implementations and the bodies to feed them. */
async function prepare(
  api: { name: string; spec: string },
  temp: string,
): Promise<{ run: VendorRun; sizes: string[][]; imports: string[] }> {
  const vendor = api.name;
  const specText = readFileSync(join(ROOT, api.spec), 'utf8');
  const doc = parse(specText) as Json;
  const bodies = responseBodies(doc);
  const dir = join(temp, vendor);
  mkdirSync(dir);

  const ours = await bundle(
    join(ROOT, 'packages', vendor, 'src', 'validators.ts'),
    join(dir, 'ours.mjs'),
  );
  const implementations: Implementation[] = [{ name: 'ours', table: await tableOf(ours.file) }];
  const sizes = [[vendor, 'ours', kB(ours.minified), kB(ours.gzipped), '1.00', '-', '-']];
  let imports: string[] = [];
  for (const [label, allErrors] of [
    ['ajv allErrors', true],
    ['ajv first error', false],
  ] as const) {
    const name = allErrors ? 'all' : 'first';
    const { standalone, adapter } = ajvBuild(doc, bodies, vendor, allErrors);
    writeFileSync(join(dir, `${name}-standalone.mjs`), standalone);
    writeFileSync(
      join(dir, `${name}-adapter.mjs`),
      adapter.replace('./standalone.mjs', `./${name}-standalone.mjs`),
    );
    const entry = join(dir, `${name}-adapter.mjs`);
    const built = await bundle(entry, join(dir, `${name}-bundle.mjs`));
    // What a smaller formats module of our own could save at most.
    const formatless = await bundle(entry, join(dir, `${name}-formatless.mjs`), [
      'ajv-formats',
      'ajv-formats/*',
    ]);
    implementations.push({ name: label, table: await tableOf(built.file) });
    const inside = [...built.packages]
      .sort((a, b) => b[1] - a[1])
      .map(([pkg, bytes]) => `${pkg} ${kB(bytes)}`)
      .join(', ');
    sizes.push([
      vendor,
      label,
      kB(built.minified),
      kB(built.gzipped),
      (built.gzipped / ours.gzipped).toFixed(2),
      kB(formatless.gzipped),
      inside || '-',
    ]);
    if (allErrors) {
      // Whether Node can load Ajv's "ESM" output as it is, without a bundler in between.
      let loads = 'yes';
      try {
        await import(pathToFileURL(join(dir, `${name}-standalone.mjs`)).href);
      } catch (error) {
        loads = `no: ${(error as Error).message}`;
      }
      imports = [vendor, runtimeImports(standalone).join(', '), loads];
    }
  }

  // The same operations and statuses on both sides, or nothing below compares like with like.
  const keys = (table: Table | undefined) =>
    Object.entries(table ?? {})
      .flatMap(([op, byStatus]) => Object.keys(byStatus).map((status) => `${op} ${status}`))
      .sort()
      .join('\n');
  const [oursTable, ajvTable] = implementations.map((impl) => impl.table);
  if (!oursTable || keys(oursTable) !== keys(ajvTable)) {
    throw new Error(`${vendor}: the two tables cover different operations or statuses`);
  }

  // A body whose status the spec gives no JSON schema has nothing to compare.
  const all = [...exampleSamples(doc, bodies), ...datasetSamples(vendor)];
  const samples = all.filter((sample) => pick(oursTable, sample));
  if (samples.length < all.length) {
    console.log(`${vendor}: ${all.length - samples.length} sample(s) without a validator left out`);
  }
  const run: VendorRun = {
    vendor,
    doc,
    bodies,
    specText,
    implementations,
    samples,
    mutants: mutants(doc, bodies, samples),
  };
  return { run, sizes, imports };
}

/** The `responseValidators` table of a bundled module. */
async function tableOf(file: string): Promise<Table> {
  return (await import(pathToFileURL(file).href)).responseValidators as Table;
}

/** The issues an implementation reports for a sample ([] when its status has no validator). */
function issuesOf(impl: Implementation, sample: Sample): string[] {
  return pick(impl.table, sample)?.(sample.body) ?? [];
}

/** Section 2: validations per second on valid dataset bodies and on the mutants. */
function printSpeed(runs: VendorRun[]): void {
  console.log(
    '\n2a. The valid bodies timed: mock-server dataset answers (operation status ×count)\n',
  );
  for (const run of runs) {
    const counts = new Map<string, number>();
    for (const s of run.samples.filter((sample) => sample.source === 'dataset')) {
      const key = `${s.operationId} ${s.status}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    console.log(`- ${run.vendor}: ${[...counts].map(([key, n]) => `${key} ×${n}`).join(', ')}`);
  }
  const rows: string[][] = [];
  for (const run of runs) {
    for (const [label, set] of [
      ['valid (dataset)', run.samples.filter((s) => s.source === 'dataset')],
      ['invalid (mutants)', run.mutants],
    ] as const) {
      if (set.length === 0) continue;
      const bytes = set.reduce((sum, s) => sum + JSON.stringify(s.body).length, 0) / set.length;
      const rates = speed(run.implementations, set);
      const base = rates[0] ?? 1;
      rows.push([
        run.vendor,
        label,
        String(set.length),
        kB(bytes),
        ...rates.flatMap((r, n) =>
          n === 0 ? [thousands(r)] : [thousands(r), (r / base).toFixed(2)],
        ),
      ]);
    }
  }
  const names = runs[0]?.implementations.map((impl) => impl.name) ?? [];
  printTable(
    `2. Speed: validations per second, median of ${ROUNDS} interleaved rounds of ${ROUND_MS} ms`,
    [
      'vendor',
      'bodies',
      'n',
      'avg kB',
      ...names.flatMap((name, n) => (n === 0 ? [name] : [name, 'x ours'])),
    ],
    rows,
  );
}

/** The kinds of broken body shown side by side, in this order, when a vendor has one. */
const SHOWN_KINDS = [
  'wrong type',
  'missing required',
  'enum mismatch',
  'const mismatch',
  'bad format',
  'nested array item',
  'pattern mismatch',
  'below minimum',
  'too short',
  'no oneOf/anyOf branch',
  'int32 out of range',
  'extra property',
];

/** Section 3: what each reports for broken bodies, and whether a message quotes a value. */
function printMessages(runs: VendorRun[]): void {
  const names = runs[0]?.implementations.map((impl) => impl.name) ?? [];
  const shown: string[][] = [];
  const leaks: string[][] = [];
  for (const run of runs) {
    const [ours, ajv] = run.implementations;
    if (!ours || !ajv) continue;
    for (const kind of SHOWN_KINDS) {
      const mutant =
        kind === 'nested array item'
          ? run.mutants.find((m) => m.nested && m.kind === 'wrong type')
          : (run.mutants.find((m) => m.kind === kind && !m.nested) ??
            run.mutants.find((m) => m.kind === kind));
      if (!mutant) continue;
      const show = (impl: Implementation) => {
        const issues = issuesOf(impl, mutant);
        return issues.length === 0
          ? '(accepted)'
          : `${issues.length}: ${clip(issues.join(' ; '), 150)}`;
      };
      shown.push([
        run.vendor,
        kind,
        `${mutant.operationId} ${mutant.status} ${clip(mutant.pointer, 40)}`,
        show(ours),
        show(ajv),
      ]);
    }
    const counts = run.implementations.map((impl) => {
      let rejected = 0;
      let quoting = 0;
      let total = 0;
      const kinds = new Set<string>();
      for (const mutant of run.mutants) {
        const issues = issuesOf(impl, mutant);
        if (issues.length === 0) continue;
        rejected++;
        total += issues.length;
        if (quotes(issues, responseValues(mutant.body, run.specText))) {
          quoting++;
          kinds.add(mutant.kind);
        }
      }
      const mean = rejected === 0 ? 0 : total / rejected;
      return { rejected, quoting, mean, kinds: [...kinds].join(', ') || '-' };
    });
    leaks.push([
      run.vendor,
      String(run.mutants.length),
      ...counts.flatMap((c) => [`${c.quoting} / ${c.rejected}`, c.kinds, c.mean.toFixed(1)]),
    ]);
  }
  printTable(
    '3. Messages for broken responses (one per kind; "n:" = number of issues)',
    ['vendor', 'kind', 'operation, status, changed at', names[0] ?? 'ours', names[1] ?? 'ajv'],
    shown,
  );
  printTable(
    '3b. Messages quoting a response value (over all mutants that were rejected)',
    [
      'vendor',
      'mutants',
      ...names.flatMap((name) => [`${name}: quoting / rejected`, 'by kind', 'issues per body']),
    ],
    leaks,
  );
}

/** Section 4: whether both accept and reject the same bodies, and where they part. */
function printAgreement(runs: VendorRun[]): void {
  const rows: string[][] = [];
  const differences = new Map<string, { count: number; example: string }>();
  for (const run of runs) {
    const [ours, ...ajvs] = run.implementations;
    if (!ours) continue;
    for (const [label, set] of [
      ['valid examples', run.samples.filter((s) => s.source === 'example')],
      ['valid dataset bodies', run.samples.filter((s) => s.source === 'dataset')],
      ['mutants', run.mutants],
    ] as const) {
      let same = 0;
      let oursOnly = 0;
      let ajvOnly = 0;
      let ajvVariants = 0;
      for (const sample of set) {
        const oursRejects = issuesOf(ours, sample).length > 0;
        const ajvRejects = ajvs.map((impl) => issuesOf(impl, sample).length > 0);
        if (new Set(ajvRejects).size > 1) ajvVariants++;
        if (oursRejects === ajvRejects[0]) {
          same++;
          continue;
        }
        if (oursRejects) oursOnly++;
        else ajvOnly++;
        const mutant = 'kind' in sample ? (sample as Mutant) : undefined;
        const who = oursRejects ? 'ours rejects, Ajv accepts' : 'Ajv rejects, ours accepts';
        const key = `${run.vendor}: ${mutant?.kind ?? `valid ${sample.source}`}: ${who}`;
        const entry = differences.get(key) ?? {
          count: 0,
          example: `${sample.operationId} ${sample.status} ${mutant?.pointer ?? ''}`,
        };
        entry.count++;
        differences.set(key, entry);
      }
      rows.push([
        run.vendor,
        label,
        String(set.length),
        String(same),
        String(oursOnly),
        String(ajvOnly),
        String(ajvVariants),
      ]);
    }
  }
  printTable(
    '4. Agreement: accept/reject decisions',
    [
      'vendor',
      'inputs',
      'n',
      'same decision',
      'only ours rejects',
      'only Ajv rejects',
      'Ajv variants differ',
    ],
    rows,
  );
  printTable(
    '4b. Where they differ (grouped by kind of input)',
    ['difference', 'count', 'first example'],
    [...differences].map(([key, { count, example }]) => [key, String(count), clip(example, 70)]),
  );
}

/** Section 4c: the keywords our response schemas use, and which side checks each. */
function printKeywords(runs: VendorRun[]): void {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const totals = new Map<string, number>();
  for (const run of runs) {
    for (const [keyword, uses] of keywordUses(run.doc, run.bodies)) {
      totals.set(keyword, (totals.get(keyword) ?? 0) + uses);
    }
  }
  const rows: string[][] = [];
  for (const [keyword, uses] of [...totals].sort()) {
    if (keyword === 'format') continue; // one row per format instead
    const ours = oursOn(keyword);
    const theirs = ajvOn(ajv, keyword);
    if (ours === 'annotation' && theirs === 'annotation') continue;
    rows.push([keyword, String(uses), ours, theirs]);
  }
  printTable(
    '4c. Keywords in the schemas our responses reach (annotations left out)',
    ['keyword', 'uses', 'ours', 'Ajv 2020 + ajv-formats'],
    rows,
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const temp = mkdtempSync(join(tmpdir(), 'ajv-compare-'));
  try {
    const runs: VendorRun[] = [];
    const sizes: string[][] = [];
    const imports: string[][] = [];
    for (const api of await readApis()) {
      const prepared = await prepare(api, temp);
      runs.push(prepared.run);
      sizes.push(...prepared.sizes);
      imports.push(prepared.imports);
    }

    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    console.log(`Node ${process.version}, ${cpu} (${cpus().length} cores)`);
    printTable(
      '1. Size: the validators module as a consumer bundles it (esbuild bundle+minify ESM, gzip -9), kB',
      [
        'vendor',
        'validators',
        'min',
        'min+gz',
        'gz vs ours',
        'min+gz without ajv-formats',
        'npm code inside (min kB)',
      ],
      sizes,
    );
    printTable(
      "1b. What Ajv's standalone output loads at run time",
      ['vendor', 'imports', 'loads in Node as written?'],
      imports.map((row) => row.map((cell) => clip(cell, 80))),
    );
    printSpeed(runs);
    printMessages(runs);
    printAgreement(runs);
    printKeywords(runs);
    console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    if (KEEP) console.log(`Kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

await main();
