import { VendorArgumentError } from '../errors/argument-error.js';
import type { OperationInfo } from './operations.js';

/** How many layers of percent-encoding are undone before a value is judged (`%252e` → `.`). */
const DECODE_ROUNDS = 4;

/** What a path parameter must be, in the words of `VendorArgumentError.expected`. */
export const PATH_SEGMENT_EXPECTED =
  'a non-empty id that is not a URL dot segment (`.`, `..`, or a percent-encoded form such as `%2e%2e`)';

/**
 * Whether `value`, put into a URL path, could address another resource than the one it names: it
 * is empty, or it is (or contains, between `/` or `\`) a dot segment, `.` or `..`, once every layer
 * of percent-encoding is undone. URL parsers remove dot segments (`GET /lead/..` is `GET /`), and
 * servers and proxies that decode `%2e`, sometimes twice, do the same with the encoded forms.
 */
export function isUnsafePathSegment(value: string): boolean {
  // Nearly every id: a dot segment needs a dot, and an encoded one a `%` to decode into it.
  if (value !== '' && !value.includes('.') && !value.includes('%')) return false;
  let text = value;
  for (let round = 0; round <= DECODE_ROUNDS; round++) {
    if (text === '' || text.split(/[/\\]/).some((part) => part === '.' || part === '..')) {
      return true;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      // A stray `%` that starts no escape: nothing further can decode into a dot.
      return false;
    }
    if (decoded === text) return false;
    text = decoded;
  }
  // Still changing after this many rounds: encoded deeper than any id is, so refuse it.
  return true;
}

/**
 * Refuses, before anything is sent, a request whose path parameter would be normalized away (see
 * `isUnsafePathSegment`). Every vendor method checks its ids itself and names the parameter as
 * its caller wrote it; this is the same rule for every request of the typed `api` client, whose
 * callers pass path parameters directly. The check runs before openapi-fetch builds the request,
 * so before any middleware (a token lifecycle that would log in first) and before credentials are
 * set. Returns the `VendorArgumentError` naming the parameter as the spec spells it, or
 * `undefined` when every path parameter is safe.
 * @internal
 */
export function pathParameterCheck(
  vendor: string,
  operations: readonly OperationInfo[],
): (method: string, schemaPath: string, params: unknown) => VendorArgumentError | undefined {
  return (method, schemaPath, params) => {
    const path = (params as { path?: Record<string, unknown> } | null | undefined)?.path;
    if (path === undefined || path === null) return undefined;
    for (const parameter in path) {
      if (!Object.hasOwn(path, parameter)) continue;
      const value = path[parameter];
      if (value === undefined || value === null) continue;
      if (!isUnsafePathSegment(String(value))) continue;
      const operation =
        operations.find((op) => op.path === schemaPath && op.method === method)?.operationId ??
        `${method} ${schemaPath}`;
      return new VendorArgumentError({
        vendor,
        operation,
        parameter,
        expected: PATH_SEGMENT_EXPECTED,
      });
    }
    return undefined;
  };
}
