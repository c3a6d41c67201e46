// The one place that uses Prism. @stoplight/prism-cli (and with it prism-http and prism-core) is
// pinned and in maintenance upstream; swapping it for another mock engine means replacing this file
// only. Prism is hosted in this process as a library: it routes a request to an operation of the
// spec, checks the request's security and parameters, produces an answer (from the spec's examples,
// from a responder of ours, or from an upstream in proxy mode) and checks that answer against the
// spec. The HTTP server around it is ours (src/server.ts).
import { createRequire } from 'node:module';

/** One operation of a spec, as the server needs it for routing, docs and errors. */
export interface SpecOperation {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** Path template, e.g. `/lead/{leadId}`. */
  path: string;
  /** The response statuses the spec defines, e.g. `['200', '401', '404']`. */
  statuses: string[];
  /** Names of the examples the spec gives per status, for `Prefer: example=`. */
  examples: Record<string, string[]>;
  /** Names of the operation's path, query and header parameters, as the spec spells them. */
  parameters: string[];
  /** Path part of each server URL the spec gives the operation, e.g. `['/api/v1']` (root omitted). */
  basePaths: string[];
}

/** A request as the engine sees it: already stripped of the vendor's base path. */
export interface EngineRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  /** Parsed JSON, raw text for other media types, `undefined` without a body. */
  body: unknown;
  /** `Prefer: code=` */
  preferCode?: string;
  /** `Prefer: example=` */
  preferExample?: string;
}

/** One way a request or response breaks the spec. */
export interface Violation {
  /** Where: `query`, `path`, `header`, `body` (request) or `body`/`header` (response). */
  location: string;
  /** The parameter or header name, or a JSON pointer into the body (`/items/0/id`). */
  name: string;
  message: string;
}

/** An answer to give, from our own code rather than the spec's examples. */
export interface EngineAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type EngineResult =
  | {
      kind: 'answer';
      operation: SpecOperation;
      status: number;
      headers: Record<string, string>;
      body: unknown;
      /** Set when `answer` came from the responder or the spec; unset for upstream answers. */
      requestViolations: Violation[];
      responseViolations: Violation[];
    }
  /** The request carries no valid credentials for the operation's security scheme. */
  | {
      kind: 'unauthorized';
      operation: SpecOperation;
      status: number;
      headers: Record<string, string>;
      body: unknown;
    }
  /** The request breaks the spec: the server answers with the violations. */
  | { kind: 'invalid'; operation: SpecOperation; violations: Violation[] }
  /** `Prefer: code=` or `Prefer: example=` names something the operation does not define. */
  | {
      kind: 'undefined-preference';
      operation: SpecOperation;
      preference: 'code' | 'example';
      value: string;
    }
  /** No operation matches the path, or none the method. */
  | { kind: 'no-route'; reason: 'path' | 'method' }
  /** Prism could not produce an answer: the upstream failed (proxy mode), or no response fits. */
  | { kind: 'engine-error'; operation: SpecOperation; status: number; message: string };

export interface EngineOptions {
  /** Path of the OpenAPI document. */
  spec: string;
  /**
   * Answers an operation from our own code (a dataset, fresh tokens), or `undefined` to let the
   * spec's examples answer. Called only for requests that passed validation and carry no
   * `Prefer: code=`/`example=`. Must be synchronous.
   */
  responder?: (
    operation: SpecOperation,
    request: EngineRequest,
    pathParams: Record<string, string>,
  ) => EngineAnswer | undefined;
  /** Forward every request to this base URL instead of mocking it (proxy mode). */
  upstream?: string;
  /**
   * Refuse requests that break the spec (`kind: 'invalid'`); otherwise answer them anyway and
   * report the violations with the answer.
   * @default true
   */
  refuseInvalid?: boolean;
}

export interface Engine {
  operations: readonly SpecOperation[];
  /**
   * The operation a method and path (without base path) route to, literal paths first; without
   * a method, the first operation of any method on that path.
   */
  route(method: string | undefined, path: string): SpecOperation | undefined;
  handle(request: EngineRequest): Promise<EngineResult>;
}

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
interface PrismInstance {
  request(
    input: unknown,
    operations: PrismOperation[],
    config?: unknown,
  ): () => Promise<
    Either<
      { name?: string; status?: number; message?: string; detail?: string },
      {
        output: PrismHttpResponse;
        validations: { input: PrismValidation[]; output: PrismValidation[] };
      }
    >
  >;
}
type MockComponent = (opts: {
  resource: PrismOperation;
  input: { data: PrismInput; validations: PrismValidation[] };
  config: { code?: string; exampleKey?: string };
}) => (logger: unknown) => Either<Error, PrismHttpResponse>;
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

let prismModules:
  | {
      http: {
        getHttpOperationsFromSpec(spec: string): Promise<PrismOperation[]>;
        createInstance(config: unknown, components: unknown): PrismInstance;
      };
      mock: MockComponent;
      logger: unknown;
    }
  | undefined;

function loadPrism() {
  if (!prismModules) {
    const http = require('@stoplight/prism-http');
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

/**
 * Loads a spec and returns an engine that answers requests for it.
 * @throws Error when the spec cannot be read or has no operations.
 */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const prism = loadPrism();
  const raw = await prism.http.getHttpOperationsFromSpec(options.spec);
  if (raw.length === 0) throw new Error(`${options.spec} has no operations`);
  // Per-path servers that differ between operations mean the vendor splits its API by host.
  const hostSets = new Set(
    raw.map((op) =>
      (op.servers ?? [])
        .map((server) => server.url)
        .sort()
        .join(' '),
    ),
  );
  const operations = raw.map((op) => toOperation(op, hostSets.size > 1));
  const byResource = new Map(raw.map((op, i) => [op, operations[i] as SpecOperation]));

  // What our mock component decided for a request, keyed by the response object it returned, so
  // that `handle` can tell our answers (and refusals) from the spec's after Prism's pipeline.
  const decisions = new WeakMap<object, Decision>();
  const requests = new WeakMap<object, EngineRequest>();
  // The operation Prism routed each input to, for answers that are the spec's examples.
  const routed = new WeakMap<object, SpecOperation>();

  const mock: MockComponent = (args) => (logger) => {
    const operation = byResource.get(args.resource) as SpecOperation;
    const request = requests.get(args.input.data) as EngineRequest;
    routed.set(args.input.data, operation);
    const errors = args.input.validations.filter((v) => v.severity === ERROR);
    const mark = (decision: Decision): Either<Error, PrismHttpResponse> => {
      const response: PrismHttpResponse = { statusCode: 0 };
      decisions.set(response, decision);
      return { _tag: 'Right', right: response };
    };
    const security = errors.filter((v) => v.code === 401);
    if (security.length > 0) {
      // Let Prism pick the spec's own 401 answer, so the vendor's error shape is kept.
      const answer = prism.mock(args)(logger);
      if (answer._tag === 'Right') {
        decisions.set(answer.right, {
          kind: 'unauthorized',
          operation,
          status: answer.right.statusCode,
          headers: flattenHeaders(answer.right.headers),
          body: answer.right.body,
        });
      }
      return answer;
    }
    if (errors.length > 0 && (options.refuseInvalid ?? true))
      return mark({
        kind: 'invalid',
        operation,
        violations: errors.map((v) => toViolation(v, operation)),
      });
    if (request.preferCode !== undefined && !definesStatus(operation, request.preferCode)) {
      return mark({
        kind: 'undefined-preference',
        operation,
        preference: 'code',
        value: request.preferCode,
      });
    }
    if (request.preferExample !== undefined) {
      const names = request.preferCode
        ? (operation.examples[request.preferCode] ?? [])
        : Object.values(operation.examples).flat();
      if (!names.includes(request.preferExample)) {
        return mark({
          kind: 'undefined-preference',
          operation,
          preference: 'example',
          value: request.preferExample,
        });
      }
    }
    if (
      request.preferCode === undefined &&
      request.preferExample === undefined &&
      options.responder
    ) {
      const answer = options.responder(
        operation,
        request,
        pathParamsOf(operation.path, request.path),
      );
      if (answer) {
        const response: PrismHttpResponse = {
          statusCode: answer.status,
          headers: { 'content-type': 'application/json', ...answer.headers },
          body: answer.body,
        };
        decisions.set(response, { kind: 'ours' });
        return { _tag: 'Right', right: response };
      }
    }
    // Without refusal, an invalid request is answered as a valid one would be (Prism's mocker
    // would otherwise pick the spec's 4xx example).
    return prism.mock({ ...args, input: { ...args.input, validations: [] } })(logger);
  };

  const instance = prism.http.createInstance(
    {
      // Requests are always validated; the server decides whether violations are refused.
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      mock: { dynamic: false },
      ...(options.upstream
        ? { isProxy: true, upstream: new URL(options.upstream) }
        : { isProxy: false }),
    },
    { logger: prism.logger, mock },
  );

  // Literal paths before templated ones, as Prism routes (`/chat/sessions/filter` before
  // `/chat/sessions/{session_id}`).
  const byLiteralness = [...operations].sort(
    (a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0),
  );
  const route = (method: string | undefined, path: string) =>
    byLiteralness.find(
      (op) =>
        (method === undefined || op.method === method.toUpperCase()) && pathMatches(op.path, path),
    );
  const findOperation = (request: EngineRequest) =>
    route(request.method, request.path) ?? (operations[0] as SpecOperation);

  return {
    operations,
    route,
    async handle(request) {
      const input: PrismInput = {
        method: request.method.toLowerCase(),
        url: { path: request.path, query: toQueryRecord(request.query) },
        // The forwarder sends these headers upstream with a body it serializes anew, so the
        // length (and framing) of the received body must not travel with them.
        headers: options.upstream ? withoutFraming(request.headers) : request.headers,
        body: request.body,
      };
      requests.set(input, request);
      const mockConfig: Record<string, unknown> = { dynamic: false };
      if (request.preferCode !== undefined) mockConfig.code = request.preferCode;
      if (request.preferExample !== undefined) mockConfig.exampleKey = request.preferExample;
      const result = await instance.request(input, raw, { mock: mockConfig })();
      if (result._tag === 'Left') {
        const name = result.left.name ?? '';
        if (name.includes('NO_PATH_MATCHED') || name.includes('NO_RESOURCE'))
          return { kind: 'no-route', reason: 'path' };
        if (name.includes('NO_METHOD_MATCHED')) return { kind: 'no-route', reason: 'method' };
        return {
          kind: 'engine-error',
          operation: findOperation(request),
          status: result.left.status ?? 500,
          message: result.left.detail ?? result.left.message ?? name,
        };
      }
      const { output, validations } = result.right;
      const decision = decisions.get(output);
      if (decision && decision.kind !== 'ours') return decision;
      const operation = routed.get(input) ?? findOperation(request);
      const headers = flattenHeaders(output.headers);
      return {
        kind: 'answer',
        operation,
        status: output.statusCode,
        headers,
        body: output.body,
        requestViolations: validations.input
          .filter((v) => v.severity === ERROR)
          .map((v) => toViolation(v, operation)),
        responseViolations: validations.output
          .filter((v) => v.severity === ERROR)
          .map((v) => toViolation(v, operation)),
      };
    },
  };
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
