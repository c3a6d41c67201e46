// The mock engine's contract: what the HTTP server (src/server.ts) asks of an engine and gets back.
// src/prism.ts implements it with Prism; another engine would implement the same types.

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
  /** What is wrong, in the validator's words (`must be >= 1`). */
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
