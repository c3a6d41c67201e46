// Twin documents no error schema; its own PHP SDK reads `error` (a message, or a structure) and an
// optional `details` from every failed response, e.g. `{"error": "Token is expired."}` on a 401.
// https://developers.twin24.ai/reference/searchchatsessionlist (see specs/twin24/openapi.yaml, ErrorBody)

/** Pulls a readable reason out of a Twin error body for the error message. */
export function describeError(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() || undefined;
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, details } = body as { error?: unknown; details?: unknown };
  const parts = [describePart(error), describePart(details)].filter(
    (part): part is string => part !== undefined,
  );
  return parts.length > 0 ? parts.join(' — ') : undefined;
}

function describePart(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const message = (value as { message?: unknown }).message;
  if (typeof message === 'string' && message.trim() !== '') return message.trim();
  // Details are keyed by parameter (`{"fields": "Unknown field …"}`): keep them readable.
  const entries = Object.entries(value);
  if (entries.length === 0) return undefined;
  if (entries.every(([, v]) => typeof v === 'string')) {
    return entries.map(([key, v]) => `${key}: ${v}`).join('; ');
  }
  return JSON.stringify(value);
}
