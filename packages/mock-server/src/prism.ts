// The one place that uses Prism. @stoplight/prism-cli (and with it prism-http and prism-core) is
// pinned and in maintenance upstream; swapping it for another mock engine means replacing this file
// only (the engine's contract is src/engine.ts). Prism is hosted in this process as a library: it
// routes a request to an operation of the spec, checks the request's security and parameters,
// produces an answer (from the spec's examples, from a responder of ours, or from an upstream in
// proxy mode) and checks that answer against the spec. The HTTP server around it is ours
// (src/server.ts).
import { createRequire, Module } from 'node:module';
import type {
  Engine,
  EngineOptions,
  EngineRequest,
  EngineResult,
  SpecOperation,
  Violation,
} from './engine.js';

// Prism's packages are CommonJS; loaded lazily so that importing the package stays cheap.
const require = createRequire(import.meta.url);

interface PrismHttpResponse {
  statusCode: number;
  headers?: Record<string, string | string[]>;
  body?: unknown;
}
interface PrismValidation {
  path?: Array<string | number>;
  code?: string | number;
  message: string;
  severity: number;
  tags?: string[];
}
interface PrismOperation {
  iid?: string;
  method: string;
  path: string;
  servers?: Array<{ url: string }>;
  responses: Array<{ code: string; contents?: Array<{ examples?: Array<{ key: string }> }> }>;
  request?: Partial<Record<'path' | 'query' | 'headers', Array<{ name: string }>>>;
}
type Either<L, R> = { _tag: 'Left'; left: L } | { _tag: 'Right'; right: R };
interface PrismError {
  name?: string;
  status?: number;
  message?: string;
  detail?: string;
}
interface PrismInstance {
  request(
    input: unknown,
    operations: PrismOperation[],
    config?: unknown,
  ): () => Promise<
    Either<
      PrismError,
      {
        output: PrismHttpResponse;
        validations: { input: PrismValidation[]; output: PrismValidation[] };
      }
    >
  >;
}
type MockArgs = {
  resource: PrismOperation;
  input: { data: PrismInput; validations: PrismValidation[] };
  config: { code?: string; exampleKey?: string };
};
type MockComponent = (args: MockArgs) => (logger: unknown) => Either<Error, PrismHttpResponse>;
interface PrismInput {
  method: string;
  url: { path: string; query: Record<string, string | string[]> };
  headers: Record<string, string | undefined>;
  body: unknown;
}

type Decision =
  | Extract<EngineResult, { kind: 'unauthorized' | 'invalid' | 'undefined-preference' }>
  | { kind: 'ours' };

/** Prism's diagnostic severities: 0 error, 1 warning, 2 information, 3 hint. */
const ERROR = 0;

interface PrismModules {
  http: {
    getHttpOperationsFromSpec(spec: string): Promise<PrismOperation[]>;
    createInstance(config: unknown, components: unknown): PrismInstance;
  };
  mock: MockComponent;
  logger: unknown;
}

let prismModules: PrismModules | undefined;

function loadPrism(): PrismModules {
  if (!prismModules) {
    const http = withEnglishFaker(() => require('@stoplight/prism-http'));
    const core = require('@stoplight/prism-core');
    prismModules = {
      http,
      // prism-http does not export its example mocker by name, only as the default of its module;
      // ours wraps it (datasets, preferences), so it is reached by its file.
      mock: require('@stoplight/prism-http/dist/mocker').default as MockComponent,
      logger: core.createLogger('botbridge-mock', { level: 'silent' }),
    };
  }
  return prismModules;
}

/**
 * Runs `load` (Prism's synchronous `require`) while `@faker-js/faker`, as prism-http resolves it,
 * is the English-only build of the same faker.
 *
 * prism-http requires faker's main entry at load time for its dynamic mode, and that entry builds
 * every locale faker ships: about a second of CPU, most of what loading Prism costs, paid by every
 * mock server and every test process that starts one. The mock never generates dynamically
 * (`dynamic: false`), so the locales are never used. While `load` runs, the module cache holds, in
 * the main entry's place, the same exports built over faker's own `locale/en` entry (its English
 * `Faker`); the entry is removed again once Prism holds it, so any other code of the process that
 * requires faker afterwards gets the real module. Should faker or prism-http change their layout,
 * nothing is swapped and Prism loads faker as it always did.
 */
function withEnglishFaker<T>(load: () => T): T {
  let id: string | undefined;
  try {
    const prismRequire = createRequire(require.resolve('@stoplight/prism-http'));
    const mainEntry = prismRequire.resolve('@faker-js/faker');
    if (require.cache[mainEntry] === undefined) {
      const english = prismRequire('@faker-js/faker/locale/en') as {
        locales?: Record<string, unknown>;
      } | null;
      // The entry's export is a Faker instance; its class is what the main entry exports as Faker.
      const Faker = english?.constructor;
      if (typeof Faker === 'function' && english?.locales?.en !== undefined) {
        const entry = new Module(mainEntry);
        entry.filename = mainEntry;
        entry.loaded = true;
        entry.exports = { default: english, faker: english, Faker };
        require.cache[mainEntry] = entry;
        id = mainEntry;
      }
    }
  } catch {
    // Not where this expects it: Prism loads faker itself.
  }
  try {
    return load();
  } finally {
    if (id !== undefined) delete require.cache[id];
  }
}

function toQueryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    record[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return record;
}

function toViolation(v: PrismValidation, operation?: SpecOperation): Violation {
  const [where = '', ...rest] = (v.path ?? []).map(String);
  // Prism names request parts `query`, `path`, `header(s)`, `body`; a body path becomes a pointer.
  const location = where === 'headers' ? 'header' : where;
  // A missing required member is reported on its parent; name the member itself.
  const missing = /required property '([^']+)'/.exec(v.message)?.[1];
  const name =
    location === 'body'
      ? `/${[...rest, ...(missing ? [missing] : [])].join('/')}`
      : (rest[0] ?? missing ?? '');
  // Prism reports parameter names lower-cased; give them back as the spec spells them.
  const spelled =
    location === 'body'
      ? name
      : (operation?.parameters.find((p) => p.toLowerCase() === name.toLowerCase()) ?? name);
  return { location: location || 'request', name: spelled, message: v.message };
}

/**
 * The base paths an operation is served under: the path of each of its server URLs (`/api/v1`)
 * and, for a vendor that splits its API over several hosts (Twin's iam, chat-api and analyse
 * services), the same path behind the service's name (`/chat/api/v1`), as in the path-style
 * aliases such vendors also serve. That lets one mock port stand in for every service.
 */
function basePathsOf(op: PrismOperation, splitHosts: boolean): string[] {
  const paths = new Set<string>();
  for (const server of op.servers ?? []) {
    let url: URL;
    try {
      url = new URL(server.url);
    } catch {
      continue; // A templated server URL ({region}.example.com) has no fixed base path.
    }
    const path = url.pathname.replace(/\/+$/, '');
    if (path !== '') paths.add(path);
    const labels = url.hostname.split('.');
    if (splitHosts && labels.length >= 3) {
      paths.add(`/${(labels[0] ?? '').replace(/-api$/, '')}${path}`);
    }
  }
  return [...paths];
}

function toOperation(op: PrismOperation, splitHosts: boolean): SpecOperation {
  return {
    operationId: op.iid ?? `${op.method.toUpperCase()} ${op.path}`,
    method: op.method.toUpperCase(),
    path: op.path,
    statuses: op.responses.map((r) => r.code),
    examples: Object.fromEntries(
      op.responses.map((r) => [
        r.code,
        [...new Set((r.contents ?? []).flatMap((c) => (c.examples ?? []).map((e) => e.key)))],
      ]),
    ),
    parameters: (['path', 'query', 'headers'] as const).flatMap((where) =>
      (op.request?.[where] ?? []).map((p) => p.name),
    ),
    basePaths: basePathsOf(op, splitHosts),
  };
}

function pathParamsOf(template: string, path: string): Record<string, string> {
  const names: string[] = [];
  const pattern = template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
  const match = new RegExp(`^${pattern}$`).exec(path);
  const params: Record<string, string> = {};
  names.forEach((name, i) => {
    const raw = match?.[i + 1];
    if (raw !== undefined) {
      try {
        params[name] = decodeURIComponent(raw);
      } catch {
        params[name] = raw;
      }
    }
  });
  return params;
}

const flattenHeaders = (headers: PrismHttpResponse['headers']) =>
  Object.fromEntries(
    Object.entries(headers ?? {}).map(([k, v]) => [
      k.toLowerCase(),
      Array.isArray(v) ? v.join(', ') : String(v),
    ]),
  );

/** What the engine keeps between Prism's pipeline and the mock component it calls. */
interface EngineState {
  prism: PrismModules;
  options: EngineOptions;
  /** Our operation for each of Prism's. */
  byResource: Map<PrismOperation, SpecOperation>;
  // What our mock component decided for a request, keyed by the response object it returned, so
  // that `handle` can tell our answers (and refusals) from the spec's after Prism's pipeline.
  decisions: WeakMap<object, Decision>;
  requests: WeakMap<object, EngineRequest>;
  // The operation Prism routed each input to, for answers that are the spec's examples.
  routed: WeakMap<object, SpecOperation>;
}

/** The state plus what `handle` needs to run a request through Prism. */
interface EngineContext extends EngineState {
  instance: PrismInstance;
  raw: PrismOperation[];
  operations: SpecOperation[];
  route: Engine['route'];
}

/**
 * Loads a spec and returns an engine that answers requests for it.
 * @throws Error when the spec cannot be read or has no operations.
 */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const prism = loadPrism();
  const raw = await prism.http.getHttpOperationsFromSpec(options.spec);
  if (raw.length === 0) throw new Error(`${options.spec} has no operations`);
  const operations = toOperations(raw);
  const state: EngineState = {
    prism,
    options,
    byResource: new Map(raw.map((op, i) => [op, operations[i] as SpecOperation])),
    decisions: new WeakMap(),
    requests: new WeakMap(),
    routed: new WeakMap(),
  };
  const context: EngineContext = {
    ...state,
    instance: createPrismInstance(state),
    raw,
    operations,
    route: createRouter(operations),
  };
  return {
    operations,
    route: context.route,
    handle: (request) => handleRequest(context, request),
  };
}

function toOperations(raw: PrismOperation[]): SpecOperation[] {
  // Per-path servers that differ between operations mean the vendor splits its API by host.
  const hostSets = new Set(
    raw.map((op) =>
      (op.servers ?? [])
        .map((server) => server.url)
        .sort()
        .join(' '),
    ),
  );
  return raw.map((op) => toOperation(op, hostSets.size > 1));
}

function createPrismInstance(state: EngineState): PrismInstance {
  const mock: MockComponent = (args) => (logger) => mockAnswer(state, args, logger);
  return state.prism.http.createInstance(
    {
      // Requests are always validated; the server decides whether violations are refused.
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      mock: { dynamic: false },
      ...(state.options.upstream
        ? { isProxy: true, upstream: new URL(state.options.upstream) }
        : { isProxy: false }),
    },
    { logger: state.prism.logger, mock },
  );
}

/**
 * Literal paths before templated ones, as Prism routes (`/chat/sessions/filter` before
 * `/chat/sessions/{session_id}`).
 */
function createRouter(operations: readonly SpecOperation[]): Engine['route'] {
  const byLiteralness = [...operations].sort(
    (a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0),
  );
  return (method, path) =>
    byLiteralness.find(
      (op) =>
        (method === undefined || op.method === method.toUpperCase()) && pathMatches(op.path, path),
    );
}

/** Our mock component: what Prism's pipeline answers once it has routed and validated a request. */
function mockAnswer(
  state: EngineState,
  args: MockArgs,
  logger: unknown,
): Either<Error, PrismHttpResponse> {
  const operation = state.byResource.get(args.resource) as SpecOperation;
  const request = state.requests.get(args.input.data) as EngineRequest;
  state.routed.set(args.input.data, operation);
  const errors = args.input.validations.filter((v) => v.severity === ERROR);
  if (errors.some((v) => v.code === 401)) return answerUnauthorized(state, args, logger, operation);
  const refusal: Decision | undefined =
    errors.length > 0 && (state.options.refuseInvalid ?? true)
      ? { kind: 'invalid', operation, violations: errors.map((v) => toViolation(v, operation)) }
      : undefinedPreference(operation, request);
  if (refusal) return markDecision(state, { statusCode: 0 }, refusal);
  const ours = answerFromResponder(state, operation, request);
  if (ours) return ours;
  // Without refusal, an invalid request is answered as a valid one would be (Prism's mocker
  // would otherwise pick the spec's 4xx example).
  return state.prism.mock({ ...args, input: { ...args.input, validations: [] } })(logger);
}

function markDecision(
  state: EngineState,
  response: PrismHttpResponse,
  decision: Decision,
): Either<Error, PrismHttpResponse> {
  state.decisions.set(response, decision);
  return { _tag: 'Right', right: response };
}

/** The request carries no valid credentials: the spec's own 401 answer, marked as a refusal. */
function answerUnauthorized(
  state: EngineState,
  args: MockArgs,
  logger: unknown,
  operation: SpecOperation,
): Either<Error, PrismHttpResponse> {
  // Let Prism pick the spec's own 401 answer, so the vendor's error shape is kept.
  const answer = state.prism.mock(args)(logger);
  if (answer._tag === 'Right') {
    state.decisions.set(answer.right, {
      kind: 'unauthorized',
      operation,
      status: answer.right.statusCode,
      headers: flattenHeaders(answer.right.headers),
      body: answer.right.body,
    });
  }
  return answer;
}

/** The `Prefer: code=`/`example=` the request names that the operation does not define, if any. */
function undefinedPreference(
  operation: SpecOperation,
  request: EngineRequest,
): Extract<Decision, { kind: 'undefined-preference' }> | undefined {
  if (request.preferCode !== undefined && !definesStatus(operation, request.preferCode)) {
    return {
      kind: 'undefined-preference',
      operation,
      preference: 'code',
      value: request.preferCode,
    };
  }
  if (request.preferExample !== undefined) {
    const names = request.preferCode
      ? (operation.examples[request.preferCode] ?? [])
      : Object.values(operation.examples).flat();
    if (!names.includes(request.preferExample)) {
      return {
        kind: 'undefined-preference',
        operation,
        preference: 'example',
        value: request.preferExample,
      };
    }
  }
  return undefined;
}

/** The responder's answer, for a request without preferences; `undefined` leaves it to the spec. */
function answerFromResponder(
  state: EngineState,
  operation: SpecOperation,
  request: EngineRequest,
): Either<Error, PrismHttpResponse> | undefined {
  const { responder } = state.options;
  if (request.preferCode !== undefined || request.preferExample !== undefined || !responder) {
    return undefined;
  }
  const answer = responder(operation, request, pathParamsOf(operation.path, request.path));
  if (!answer) return undefined;
  return markDecision(
    state,
    {
      statusCode: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
      body: answer.body,
    },
    { kind: 'ours' },
  );
}

async function handleRequest(
  context: EngineContext,
  request: EngineRequest,
): Promise<EngineResult> {
  const input = toPrismInput(request, context.options);
  context.requests.set(input, request);
  const mockConfig: Record<string, unknown> = { dynamic: false };
  if (request.preferCode !== undefined) mockConfig.code = request.preferCode;
  if (request.preferExample !== undefined) mockConfig.exampleKey = request.preferExample;
  const result = await context.instance.request(input, context.raw, { mock: mockConfig })();
  if (result._tag === 'Left') return fromPrismError(context, request, result.left);
  const { output, validations } = result.right;
  const decision = context.decisions.get(output);
  if (decision && decision.kind !== 'ours') return decision;
  const operation = context.routed.get(input) ?? findOperation(context, request);
  return {
    kind: 'answer',
    operation,
    status: output.statusCode,
    headers: flattenHeaders(output.headers),
    body: output.body,
    requestViolations: errorsOf(validations.input, operation),
    responseViolations: errorsOf(validations.output, operation),
  };
}

function toPrismInput(request: EngineRequest, options: EngineOptions): PrismInput {
  return {
    method: request.method.toLowerCase(),
    url: { path: request.path, query: toQueryRecord(request.query) },
    // The forwarder sends these headers upstream with a body it serializes anew, so the
    // length (and framing) of the received body must not travel with them.
    headers: options.upstream ? withoutFraming(request.headers) : request.headers,
    body: request.body,
  };
}

/** Prism's failure as a result: no route for the path or method, or no answer it could produce. */
function fromPrismError(
  context: EngineContext,
  request: EngineRequest,
  error: PrismError,
): EngineResult {
  const name = error.name ?? '';
  if (name.includes('NO_PATH_MATCHED') || name.includes('NO_RESOURCE'))
    return { kind: 'no-route', reason: 'path' };
  if (name.includes('NO_METHOD_MATCHED')) return { kind: 'no-route', reason: 'method' };
  return {
    kind: 'engine-error',
    operation: findOperation(context, request),
    status: error.status ?? 500,
    message: error.detail ?? error.message ?? name,
  };
}

function findOperation(context: EngineContext, request: EngineRequest): SpecOperation {
  return context.route(request.method, request.path) ?? (context.operations[0] as SpecOperation);
}

function errorsOf(validations: PrismValidation[], operation: SpecOperation): Violation[] {
  return validations.filter((v) => v.severity === ERROR).map((v) => toViolation(v, operation));
}

/** Whether the operation answers `code`: exactly, through a range such as `5XX`, or `default`. */
function definesStatus(operation: SpecOperation, code: string): boolean {
  return (
    operation.statuses.includes(code) ||
    operation.statuses.includes(`${code.charAt(0)}XX`) ||
    (operation.statuses.includes('default') && /^[1-5]\d\d$/.test(code))
  );
}

const FRAMING = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive']);
function withoutFraming(headers: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !FRAMING.has(name)));
}

function pathMatches(template: string, path: string): boolean {
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${pattern}$`).test(path);
}
