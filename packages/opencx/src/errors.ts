// OpenCX answers errors with `{ statusCode, message, error }`, e.g.
// `{ "statusCode": 401, "message": "Unauthorized", "error": "Unauthorized" }`
// (https://docs.open.cx/api-reference/authentication). `message` is a string in every documented
// example; validation failures may carry a list of messages instead (the NestJS convention of the
// vendor's older published spec), so both forms are read. `statusCode` only repeats the HTTP status,
// which the error already carries.

/** Pulls a readable reason out of an OpenCX error body for the error message. */
export function describeError(body: unknown): string | undefined {
  if (typeof body === 'string') return body || undefined;
  if (typeof body !== 'object' || body === null) return undefined;
  const { message, error } = body as { message?: unknown; error?: unknown };
  const messages = (Array.isArray(message) ? message : [message]).filter(isText);
  const parts = [...(isText(error) ? [error] : []), ...messages];
  // The reason phrase and the message are often the same word ("Unauthorized" twice).
  const unique = [...new Set(parts)];
  return unique.length > 0 ? unique.join(' — ') : undefined;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
