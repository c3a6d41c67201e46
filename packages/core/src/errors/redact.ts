// Credentials must never reach an error, a log line or a snapshot. Two nets catch them:
// 1. names: query parameters and object keys that are credentials by name (`token`, `apiKey`,
//    `password`, ...) have their values replaced wherever they appear;
// 2. values: every credential the client holds is replaced wherever it appears, in any string,
//    because vendors echo keys back in error bodies and URLs.

export const REDACTED = '[REDACTED]';

const SENSITIVE_NAME =
  /(pass(word)?|secret|token|api[-_]?key|^key$|authorization|session[-_]?key|signature|cookie|credential)/i;

/** Whether a query parameter, header or property with this name holds a credential. */
export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

/** Replaces every occurrence of any of `secrets` in `text`. Secrets shorter than 4 chars are ignored. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** Redacts a URL: credential-named query parameters, then any known secret value. */
export function redactUrl(url: string, secrets: readonly string[]): string {
  try {
    const parsed = new URL(url);
    for (const name of [...parsed.searchParams.keys()]) {
      if (isSensitiveName(name)) parsed.searchParams.set(name, REDACTED);
    }
    if (parsed.username || parsed.password) {
      parsed.username = '';
      parsed.password = '';
    }
    return redactText(parsed.toString(), secrets);
  } catch {
    return redactText(url, secrets);
  }
}

/** Deep-redacts a parsed body: credential-named keys and known secret values in strings. */
export function redactValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[key] =
      isSensitiveName(key) && item !== null && item !== undefined
        ? REDACTED
        : redactValue(item, secrets, depth + 1);
  }
  return out;
}
