// Credentials must never reach an error, a log line or a snapshot. Two nets catch them:
// 1. names: query parameters and object keys that are credentials by name (`token`, `apiKey`,
//    `password`, ...) have their values replaced wherever they appear;
// 2. values: every credential the client holds is replaced wherever it appears, in any string,
//    because vendors echo keys back in error bodies and URLs, and in whatever encoding they echo
//    it (percent-encoded, JSON-escaped, HTML references, base64; see secret-pattern.ts).
// Bodies are vendor data: the copy keeps every key as an ordinary own property (`__proto__`
// included) and never lets a vendor object become the prototype of anything we hand out.

import { secretPattern } from './secret-pattern.js';

/** What every scrubbed credential is replaced with, in messages, URLs and bodies. */
export const REDACTED = '[REDACTED]';

const SENSITIVE_NAME =
  /(pass(word)?|secret|token|api[-_]?key|^key$|authorization|session[-_]?key|signature|cookie|credential)/i;

/** Whether a query parameter, header or property with this name holds a credential. */
export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

/**
 * Replaces every occurrence of any of `secrets` in `text`, as sent or encoded (percent-encoding in
 * either hex case and with form `+`, JSON escapes incl. `\/` and `\uXXXX`, HTML character
 * references, base64/base64url inside a longer run such as `Basic base64(user:key)`). Secrets
 * shorter than 4 characters are ignored; base64 forms are recognised for secrets of 5 bytes or more.
 */
export function redactText(text: string, secrets: readonly string[]): string {
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...new Set(secrets)]
    .filter((secret) => typeof secret === 'string' && secret.length >= 4)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of ordered) out = out.replace(secretPattern(secret), REDACTED);
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

/** What stands in for a part of a body nested deeper than redaction walks. */
const TOO_DEEP = '[NESTED TOO DEEP]';
const MAX_DEPTH = 32;

/**
 * Deep-redacts a parsed body: credential-named keys get their values replaced, and known secrets
 * are replaced in every string, keys included. Returns a copy made of plain arrays and objects whose
 * keys are all own data properties: a vendor key `__proto__`, `constructor` or `prototype` stays an
 * ordinary key and never changes what the copy inherits. Parts nested deeper than 32 levels are
 * replaced by `'[NESTED TOO DEEP]'` rather than kept unredacted.
 */
export function redactValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const redacted =
      isSensitiveName(key) && item !== null && item !== undefined
        ? REDACTED
        : redactValue(item, secrets, depth + 1);
    // Two keys that differ only by a secret would both become `[REDACTED]`: keep both.
    const redactedKey = redactText(key, secrets);
    let safeKey = redactedKey;
    for (let n = 2; Object.hasOwn(out, safeKey); n++) safeKey = `${redactedKey} (${n})`;
    // Defined, not assigned: assigning `out['__proto__']` would set the copy's prototype.
    Object.defineProperty(out, safeKey, {
      value: redacted,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
