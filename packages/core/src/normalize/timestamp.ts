// Vendors send timestamps in many shapes: `Z`, `+03:00`, `-08:00` offsets, microseconds
// (SmarterBot), and naive values without any offset (CloseBot, which most likely means UTC).
// Date.parse treats a naive date-time as *local* time and rejects some of these, so we parse
// the ISO-8601 grammar ourselves and always produce UTC with exactly three fractional digits.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Converts a vendor timestamp to a UTC ISO-8601 string with milliseconds
 * (`2023-11-24T02:36:21.512Z`). Values without an offset are taken as UTC. Fractions finer than a
 * millisecond are truncated, never rounded, so a record never moves into the next millisecond.
 * Returns `undefined` for anything that is not a valid ISO-8601 date or date-time.
 */
export function toUtcTimestamp(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_8601.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  let epoch = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC rolls 31 February over into March: reject dates that do not exist.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMinutes = Number(digits.slice(2, 4) || '0');
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    epoch -= sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  const date = new Date(epoch);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
