// Input checks of Twin's own rules that several resources share. Like core's `argumentChecks`, they
// run before anything is sent and fail with `VendorArgumentError` naming the parameter, never
// echoing its value.
import { type ArgumentChecks, PATH_SEGMENT_EXPECTED } from '@botbridge/core';

/** A page size: Twin allows 1 to 1000. */
export const PAGE_SIZE = { min: 1, max: 1000 } as const;

/** Sort grammar: comma-separated names, each with an optional `+`/`-` prefix. */
function sortPattern(names: readonly string[]): RegExp {
  const name = `[+-]?(?:${names.join('|')})`;
  return new RegExp(`^${name}(?:,${name})*$`);
}

/**
 * An optional `sort`: comma-separated `names` (the list's sort fields), each optionally prefixed
 * with `+` or `-`; `example` shows the form in the error. @internal
 */
export function checkSort(
  check: ArgumentChecks,
  value: unknown,
  names: readonly string[],
  example: string,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !sortPattern(names).test(value)) {
    check.fail(
      'sort',
      `a comma list of +/- prefixed names from ${names.join(', ')} (e.g. \`${example}\`)`,
    );
  }
  return value as string;
}

/**
 * A session id for a path: a non-empty string that is not a URL dot segment (`.`, `..`, `%2e%2e`,
 * ...), which the URL would resolve to another resource (`/sessions/..` is `/`). @internal
 */
export function checkSessionId(check: ArgumentChecks, parameter: string, value: unknown): string {
  return check.id(parameter, value, { expected: `a Twin session id: ${PATH_SEGMENT_EXPECTED}` });
}
