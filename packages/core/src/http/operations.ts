/**
 * One operation of a vendor spec, as the codegen writes it to `generated/operations.ts`.
 * The HTTP layer uses it to name the operation in errors and to decide whether a failed request
 * may be repeated.
 */
export interface OperationInfo {
  /** The spec's `operationId`: the name errors and retry events give the operation. */
  operationId: string;
  /** The HTTP method, upper case (`GET`, `POST`, ...). */
  method: string;
  /** Path template from the spec, e.g. `/bot/{botId}/testSession`. */
  path: string;
  /** Safe to send twice: an idempotent method, or a read the spec marks `x-idempotent: true`. */
  idempotent: boolean;
  /** The spec's production server URL for this operation (per-path servers override the global). */
  server?: string;
}

/** @internal */
export type OperationResolver = (method: string, url: string) => OperationInfo;

/**
 * Builds a lookup from a request's method and URL to its spec operation. Paths are matched after
 * the base URL's own path (Twin's `/api/v1`); an unknown request still gets a descriptive name.
 * @internal
 */
export function createOperationResolver(
  operations: readonly OperationInfo[],
  baseUrl: string,
): OperationResolver {
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const compile = (op: OperationInfo, anchored: boolean) =>
    new RegExp(
      `${anchored ? '^/' : '/'}${op.path
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+')
        .replace(/^\//, '')}$`,
    );
  // Grouped by method once, so a request tests only its own method's paths.
  const byMethod = new Map<string, Array<{ op: OperationInfo; exact: RegExp; suffix: RegExp }>>();
  // Concrete paths before templated ones, as OpenAPI matches them: `/bot/nodeDescriptors` must not
  // resolve to `/bot/{id}` whatever the order of the spec. Stable, so the spec's order decides
  // between paths with as many parameters.
  const parameters = (op: OperationInfo) => op.path.split('{').length - 1;
  const ordered = [...operations].sort((a, b) => parameters(a) - parameters(b));
  for (const op of ordered) {
    const group = byMethod.get(op.method) ?? [];
    group.push({ op, exact: compile(op, true), suffix: compile(op, false) });
    byMethod.set(op.method, group);
  }
  return (method, url) => {
    const pathname = new URL(url).pathname;
    const relative =
      basePath && pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
    const upper = method.toUpperCase();
    const candidates = byMethod.get(upper) ?? [];
    // Exact match after the base path; otherwise by path suffix, for requests sent to another
    // base URL (Twin's per-service hosts, path-style aliases such as /chat/api/v1).
    const hit =
      candidates.find(({ exact }) => exact.test(relative)) ??
      candidates.find(({ suffix }) => suffix.test(pathname));
    return (
      hit?.op ?? {
        operationId: `${upper} ${relative}`,
        method: upper,
        path: relative,
        idempotent: false,
      }
    );
  };
}
