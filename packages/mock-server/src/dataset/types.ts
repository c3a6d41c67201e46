/**
 * The contract between the mock server and a vendor's dataset: the server validates each request
 * against the spec, routes it to an operation, and asks the dataset to answer it. Whatever the
 * dataset answers is validated against the spec's responses before it is sent.
 */

/** One request, already validated against the spec and routed to one of its operations. */
export interface DatasetRequest {
  /** The spec's operationId, e.g. `listLeads`. */
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The path relative to the vendor's base path, e.g. `/lead/abc` (a Twin `/api/v1` prefix is removed). */
  path: string;
  /** Path parameters by their spec name, URL-decoded. */
  pathParams: Readonly<Record<string, string>>;
  /** The query string as sent. */
  query: URLSearchParams;
  /** Request headers, lower-case names. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The parsed JSON body, the raw text for other media types, `undefined` without a body. */
  body: unknown;
}

/** A dataset's answer. `headers` defaults to JSON; `body` is serialized as JSON unless a string. */
export interface DatasetResponse {
  /** The HTTP status to answer with. */
  status: number;
  /** Response headers; `content-type: application/json` when absent. */
  headers?: Record<string, string>;
  /** The body: a string is sent as it is, anything else as JSON; absent for an empty body. */
  body?: unknown;
}

export interface DatasetOptions {
  /** Seed of every generated value: the same seed and size give byte-identical answers. */
  seed: number;
  /** How many records each top-level resource holds (leads, sessions, bots …). */
  records: number;
  /** Lifetime of the access tokens a vendor's login issues, in seconds. */
  tokenTtlSeconds: number;
  /** Lifetime of refresh tokens, in seconds. */
  refreshTtlSeconds: number;
  /** The clock, in epoch milliseconds; tests pass their own. */
  now: () => number;
}

/** A vendor's dataset, held in memory for the life of the server. */
export interface VendorDataset {
  /**
   * Answers one operation from the dataset, or `undefined` for an operation the dataset does not
   * model (the server then answers from the spec's examples). Must be synchronous and must not
   * throw for any request the spec allows.
   */
  respond(request: DatasetRequest): DatasetResponse | undefined;
}
