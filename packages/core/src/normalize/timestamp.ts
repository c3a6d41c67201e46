// Vendors send timestamps in many shapes: `Z`, `+03:00`, `-08:00` offsets, microseconds
// (SmarterBot), and naive values without any offset (CloseBot, which most likely means UTC).
// Date.parse treats a naive date-time as *local* time and rejects some of these, so we parse
// the ISO-8601 grammar ourselves and always produce UTC with exactly three fractional digits.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

// The model's timestamps are `YYYY-MM-DDTHH:mm:ss.sssZ` with a four-digit year, which is what lets
// them be compared as strings (`since`/`until`). Instants outside years 0000–9999 would print with
// an expanded year (`+010000-…`, `-000001-…`) and sort wrongly, so they are not timestamps here.
const MIN_YEAR = 0;
const MAX_YEAR = 9999;

// Many strings arrive already in the model form: from backends that print `Date.toISOString()`
// (OpenCX, some CloseBot fields) and from callers passing the model's own values back as
// `since`/`until`. Those that name an instant that exists are returned as they are: parsing them
// would give the same string back, at the cost of a regular expression and two Dates.
const MODEL_FORM = '0000-00-00T00:00:00.000Z';
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
// .NET's "no date" in the model form: left to the general parser, which knows the option.
const DOT_NET_MIN_VALUE = '0001-01-01T00:00:00.000Z';

/** Options of `toUtcTimestamp`. */
export interface TimestampOptions {
  /**
   * Read .NET's `DateTime.MinValue` (`0001-01-01T00:00:00`, with any all-zero fraction and any
   * offset) as absent. ASP.NET backends (CloseBot, SmarterBot) serialize a date nobody set as that
   * value: it says "no date", not "in the year 1".
   * @default false (kept as written: 1 January of the year 1)
   */
  dotNetMinValueAsAbsent?: boolean;
}

/** The number written by the ASCII digits at `text[start, start + count)`. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    value = value * 10 + text.charCodeAt(index) - DIGIT_0;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  // The proleptic Gregorian calendar, as Date uses: the year 0 is a leap year.
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `text` is in the model form (`YYYY-MM-DDTHH:mm:ss.sssZ`, ASCII digits, uppercase `T`
 * and `Z`) and names a date and time that exist, which makes it its own UTC timestamp: every
 * four-digit year is within 0000–9999.
 */
function isModelForm(text: string): boolean {
  if (text.length !== MODEL_FORM.length) return false;
  for (let index = 0; index < MODEL_FORM.length; index++) {
    const code = text.charCodeAt(index);
    const expected = MODEL_FORM.charCodeAt(index);
    if (expected === DIGIT_0 ? code < DIGIT_0 || code > DIGIT_9 : code !== expected) return false;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    digitsAt(text, 11, 2) <= 23 &&
    digitsAt(text, 14, 2) <= 59 &&
    digitsAt(text, 17, 2) <= 59
  );
}

/** The UTC instant of a calendar date and time, or `undefined` when that date does not exist. */
function utcEpoch(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
): number | undefined {
  // Not Date.UTC: it reads years 0–99 as 1900–1999, so `0001-01-01` would become 1901 and a
  // `since` of `0050-…` would become 1950. setUTCFullYear takes the year as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // Date rolls 31 February over into March: reject dates that do not exist.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  date.setUTCHours(hour, minute, second, millis);
  return date.getTime();
}

/** The model form of an instant, or `undefined` outside years 0000–9999 (see above). */
function formatInstant(epoch: number): string | undefined {
  if (!Number.isFinite(epoch)) return undefined;
  const date = new Date(epoch);
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  return date.toISOString();
}

/**
 * Converts a vendor timestamp, or a `Date`, to a UTC ISO-8601 string with milliseconds
 * (`2023-11-24T02:36:21.512Z`). Strings must be ISO-8601 dates or date-times; values without an
 * offset are taken as UTC. Four-digit years are kept as written (`0001-01-01` is the year 1, never
 * 1901). Fractions finer than a millisecond are truncated, never rounded, so a record never moves
 * into the next millisecond. Returns `undefined` for anything else: a malformed string, a date
 * that does not exist, an invalid `Date`, an instant outside years 0000–9999 (it has no
 * four-digit form), and, with `dotNetMinValueAsAbsent`, .NET's "no date" value.
 */
export function toUtcTimestamp(value: unknown, options: TimestampOptions = {}): string | undefined {
  if (value instanceof Date) return formatInstant(value.getTime());
  if (typeof value !== 'string') return undefined;
  if (value !== DOT_NET_MIN_VALUE && isModelForm(value)) return value;
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
  if (
    options.dotNetMinValueAsAbsent &&
    year === 1 &&
    month === 1 &&
    day === 1 &&
    hour === 0 &&
    minute === 0 &&
    second === 0 &&
    /^0*$/.test(fraction)
  ) {
    return undefined;
  }
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  let epoch = utcEpoch(year, month, day, hour, minute, second, millis);
  if (epoch === undefined) return undefined;
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMinutes = Number(digits.slice(2, 4) || '0');
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    epoch -= sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  return formatInstant(epoch);
}
