// CloseBot errors are RFC 7807 problem documents, except plan-limit refusals, which come back as
// HTTP 401 with `{"error": "upgrade required"}` — the same status as a bad key, told apart only by
// the body (observed; see specs/closebot/openapi.yaml, 401 response).

/** Pulls a readable reason out of a CloseBot error body for the error message. */
export function describeError(body: unknown): string | undefined {
  if (typeof body === 'string') return body || undefined;
  if (typeof body !== 'object' || body === null) return undefined;
  const problem = body as { title?: unknown; detail?: unknown; error?: unknown };
  const parts = [problem.title, problem.detail, problem.error].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return parts.length > 0 ? parts.join(' — ') : undefined;
}
