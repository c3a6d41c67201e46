// Retry-After comes in two forms (RFC 9110 §10.2.3): delay-seconds (`120`) or an HTTP-date
// (`Wed, 21 Oct 2015 07:28:00 GMT`). Some servers send fractional seconds (`1.5`); we accept them.

/**
 * Parses a Retry-After header value into milliseconds from `now`. Dates in the past give `0`.
 * Returns `undefined` when the header is absent or unreadable, so callers fall back to backoff.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // A bare negative or signed number is not an HTTP-date either; Date.parse would accept "-1".
  if (/^[+-]?\d/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
