// Apart from `buffered-response.ts` on purpose: the public entry re-exports these, and that module's
// class overrides members of `Response` whose types differ between TypeScript's lib versions
// (`Uint8Array<ArrayBuffer>` since 5.7). Kept out of the public declarations, it does not raise the
// lowest TypeScript a consumer needs.

/**
 * The request property that names how its success body is parsed: a `JsonReader`. Set it in the
 * options of an openapi-fetch call (`api.POST(path, { body, [JSON_READER]: read })`): openapi-fetch
 * copies an option it does not know onto the Request it sends, where the transport finds it. A
 * request without it (or one a middleware replaced) is parsed with `JSON.parse`.
 * @internal
 */
export const JSON_READER = 'botbridgeJsonReader';

/**
 * Reads a body's text (integers past 2^53 − 1 already quoted) as JSON, in place of `JSON.parse`:
 * for a caller that wants part of a large body left as text until it is needed. Throws a
 * `SyntaxError` when the text is not JSON, as `JSON.parse` does.
 * @internal
 */
export type JsonReader = (text: string) => unknown;

/** The JSON reader `request` carries (see `JSON_READER`), if any. @internal */
export function jsonReaderOf(request: Request): JsonReader | undefined {
  const reader: unknown = (request as unknown as Record<string, unknown>)[JSON_READER];
  return typeof reader === 'function' ? (reader as JsonReader) : undefined;
}
