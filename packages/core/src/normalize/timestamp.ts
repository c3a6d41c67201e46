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

// Nearly every timestamp a vendor sends is a full date-time in one fixed layout,
// `YYYY-MM-DDTHH:mm:ss[.fraction](Z|±HH:MM)` or without a zone: OpenCX's and the callers' own
// model-form values, CloseBot's naive times, SmarterBot's microseconds with a local offset
// (`2025-02-03T10:04:11.123456-08:00`, on every lead). Those are read at fixed positions and
// converted with integer calendar arithmetic, with no regular expression and no Date (the general
// path, with both and `toISOString`, took about a third of the time SmarterBot's normalizer spent
// on a lead). Anything else (a date alone, no seconds, `+0530`, surrounding spaces) goes to the
// general parser, which the fixed-layout path must always agree with
// (test/timestamp-fixed-layout.test.ts holds them to each other).
const CHAR_0 = 0x30;
const CHAR_9 = 0x39;
const CHAR_DASH = 0x2d;
const CHAR_COLON = 0x3a;
const CHAR_DOT = 0x2e;
const CHAR_COMMA = 0x2c;
const CHAR_PLUS = 0x2b;
const CHAR_T = 0x54;
const CHAR_T_LOWER = 0x74;
const CHAR_SPACE = 0x20;
const CHAR_Z = 0x5a;
const CHAR_Z_LOWER = 0x7a;
/** The length of `YYYY-MM-DDTHH:mm:ss` and of the model form `YYYY-MM-DDTHH:mm:ss.sssZ`. */
const DATE_TIME_LENGTH = 19;
const MODEL_FORM_LENGTH = 24;
const MINUTES_PER_DAY = 1440;

/**
 * What `fixedLayoutTimestamp` answers for a string not in its layout: the general parser decides.
 * @internal
 */
export const NOT_FIXED_LAYOUT = null;

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

function isDigit(code: number): boolean {
  return code >= CHAR_0 && code <= CHAR_9;
}

/**
 * The number written by the two characters at `text[start, start + 2)` (which exist), or -1 when
 * they are not both ASCII digits.
 */
function twoDigitsAt(text: string, start: number): number {
  const tens = text.charCodeAt(start) - CHAR_0;
  const ones = text.charCodeAt(start + 1) - CHAR_0;
  // `>>> 0` turns a character below '0' into a large number, so one comparison covers both ends.
  return tens >>> 0 > 9 || ones >>> 0 > 9 ? -1 : tens * 10 + ones;
}

function daysInMonth(year: number, month: number): number {
  // The proleptic Gregorian calendar, as Date uses: the year 0 is a leap year.
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `text` has the separators of `YYYY-MM-DDTHH:mm:ss` (`T`, `t` or a space between date
 * and time, as the general grammar allows); the digits are checked as they are read.
 */
function hasDateTimeSeparators(text: string): boolean {
  const separator = text.charCodeAt(10);
  return (
    text.charCodeAt(4) === CHAR_DASH &&
    text.charCodeAt(7) === CHAR_DASH &&
    (separator === CHAR_T || separator === CHAR_T_LOWER || separator === CHAR_SPACE) &&
    text.charCodeAt(13) === CHAR_COLON &&
    text.charCodeAt(16) === CHAR_COLON
  );
}

/**
 * Where the fraction after `YYYY-MM-DDTHH:mm:ss` ends (the zone starts): 19 when there is none,
 * -1 when a `.` or `,` is not followed by a digit (left to the general parser).
 */
function fractionEnd(text: string): number {
  const mark = text.charCodeAt(DATE_TIME_LENGTH);
  if (mark !== CHAR_DOT && mark !== CHAR_COMMA) return DATE_TIME_LENGTH;
  let index = DATE_TIME_LENGTH + 1;
  while (index < text.length && isDigit(text.charCodeAt(index))) index++;
  return index === DATE_TIME_LENGTH + 1 ? -1 : index;
}

/** The first three digits of the fraction `text[start, end)` as milliseconds (truncated). */
function fractionMillis(text: string, start: number, end: number): number {
  let millis = 0;
  for (let index = start; index < start + 3; index++) {
    millis = millis * 10 + (index < end ? text.charCodeAt(index) - CHAR_0 : 0);
  }
  return millis;
}

/** Whether the fraction `text[start, end)` is all zeros (or empty), as .NET writes MinValue. */
function isZeroFraction(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (text.charCodeAt(index) !== CHAR_0) return false;
  }
  return true;
}

/**
 * The zone at `text[start…]` in minutes east of UTC: 0 for none, `Z` or `z`; `undefined` for an
 * `±HH:MM` offset out of range (so no timestamp); `NaN` for any other zone, left to the general
 * parser (`+0530`, `+05`, trailing spaces).
 */
function zoneMinutes(text: string, start: number): number | undefined {
  const length = text.length - start;
  if (length === 0) return 0;
  const code = text.charCodeAt(start);
  if (length === 1) return code === CHAR_Z || code === CHAR_Z_LOWER ? 0 : Number.NaN;
  if (length !== 6 || (code !== CHAR_PLUS && code !== CHAR_DASH)) return Number.NaN;
  const hours = twoDigitsAt(text, start + 1);
  const minutes = twoDigitsAt(text, start + 4);
  if (hours < 0 || minutes < 0 || text.charCodeAt(start + 3) !== CHAR_COLON) return Number.NaN;
  if (hours > 23 || minutes > 59) return undefined;
  const offset = hours * 60 + minutes;
  return code === CHAR_DASH ? -offset : offset;
}

/** One ASCII digit of `value`'s `unit` place, as a character code. */
function digitCode(value: number, unit: number): number {
  // Every value here is a small non-negative integer, so `| 0` truncates as Math.floor would.
  return CHAR_0 + (((value / unit) | 0) % 10);
}

/** The model form of a UTC date and time whose fields are all in range. */
function formatFields(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  second: number,
  millis: number,
): string {
  const hour = (minuteOfDay / 60) | 0;
  const minute = minuteOfDay % 60;
  // One flat string of 24 characters, where concatenating the pieces would build a rope of them.
  return String.fromCharCode(
    digitCode(year, 1000),
    digitCode(year, 100),
    digitCode(year, 10),
    digitCode(year, 1),
    CHAR_DASH,
    digitCode(month, 10),
    digitCode(month, 1),
    CHAR_DASH,
    digitCode(day, 10),
    digitCode(day, 1),
    CHAR_T,
    digitCode(hour, 10),
    digitCode(hour, 1),
    CHAR_COLON,
    digitCode(minute, 10),
    digitCode(minute, 1),
    CHAR_COLON,
    digitCode(second, 10),
    digitCode(second, 1),
    CHAR_DOT,
    digitCode(millis, 100),
    digitCode(millis, 10),
    digitCode(millis, 1),
    CHAR_Z,
  );
}

/**
 * The UTC model form of a local date and time (fields in range, the date existing) at
 * `offsetMinutes` east of UTC, or `undefined` when the instant falls outside years 0000–9999. An
 * offset is under a day, so the UTC date is the local one or a day either side of it.
 */
function shiftToUtc(
  year: number,
  month: number,
  day: number,
  minuteOfLocalDay: number,
  offsetMinutes: number,
  second: number,
  millis: number,
): string | undefined {
  let minuteOfDay = minuteOfLocalDay - offsetMinutes;
  let utcYear = year;
  let utcMonth = month;
  let utcDay = day;
  if (minuteOfDay < 0) {
    minuteOfDay += MINUTES_PER_DAY;
    if (--utcDay === 0) {
      if (--utcMonth === 0) {
        utcMonth = 12;
        utcYear--;
      }
      utcDay = daysInMonth(utcYear, utcMonth);
    }
  } else if (minuteOfDay >= MINUTES_PER_DAY) {
    minuteOfDay -= MINUTES_PER_DAY;
    if (++utcDay > daysInMonth(utcYear, utcMonth)) {
      utcDay = 1;
      if (++utcMonth === 13) {
        utcMonth = 1;
        utcYear++;
      }
    }
  }
  if (utcYear < MIN_YEAR || utcYear > MAX_YEAR) return undefined;
  return formatFields(utcYear, utcMonth, utcDay, minuteOfDay, second, millis);
}

/**
 * `toUtcTimestamp` for strings in the fixed layout `YYYY-MM-DDTHH:mm:ss[.fraction](Z|±HH:MM)?`
 * (`T`, `t` or a space; `.` or `,`; `Z` or `z`): the timestamp, or `undefined` when the string
 * names no instant of years 0000–9999 (or is .NET's "no date" and `minValueAsAbsent` says so).
 * Any other string gives `NOT_FIXED_LAYOUT`: only the general parser can read it.
 * @internal exported for the tests that hold it to the general parser.
 */
export function fixedLayoutTimestamp(
  text: string,
  minValueAsAbsent: boolean,
): string | undefined | typeof NOT_FIXED_LAYOUT {
  if (text.length < DATE_TIME_LENGTH || !hasDateTimeSeparators(text)) return NOT_FIXED_LAYOUT;
  const century = twoDigitsAt(text, 0);
  const yearOfCentury = twoDigitsAt(text, 2);
  const month = twoDigitsAt(text, 5);
  const day = twoDigitsAt(text, 8);
  const hour = twoDigitsAt(text, 11);
  const minute = twoDigitsAt(text, 14);
  const second = twoDigitsAt(text, 17);
  if ((century | yearOfCentury | month | day | hour | minute | second) < 0) return NOT_FIXED_LAYOUT;
  const zoneStart = fractionEnd(text);
  if (zoneStart < 0) return NOT_FIXED_LAYOUT;
  const offset = zoneMinutes(text, zoneStart);
  if (Number.isNaN(offset)) return NOT_FIXED_LAYOUT;
  const year = century * 100 + yearOfCentury;
  if (
    offset === undefined ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  if (minValueAsAbsent && year === 1 && month === 1 && day === 1 && hour + minute + second === 0) {
    if (isZeroFraction(text, DATE_TIME_LENGTH + 1, zoneStart)) return undefined;
  }
  // Already the model form: the string is its own timestamp, and no new one is made.
  if (isModelForm(text, zoneStart)) return text;
  const millis =
    zoneStart === DATE_TIME_LENGTH ? 0 : fractionMillis(text, DATE_TIME_LENGTH + 1, zoneStart);
  return shiftToUtc(year, month, day, hour * 60 + minute, offset, second, millis);
}

/** Whether a string read by `fixedLayoutTimestamp` is spelled exactly as the model writes it. */
function isModelForm(text: string, zoneStart: number): boolean {
  return (
    text.length === MODEL_FORM_LENGTH &&
    zoneStart === MODEL_FORM_LENGTH - 1 &&
    text.charCodeAt(MODEL_FORM_LENGTH - 1) === CHAR_Z &&
    text.charCodeAt(10) === CHAR_T &&
    text.charCodeAt(DATE_TIME_LENGTH) === CHAR_DOT
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
 * `toUtcTimestamp` for any string, by the ISO-8601 grammar and Date: the reference the
 * fixed-layout path must agree with.
 * @internal exported for the tests that hold the fixed-layout path to it.
 */
export function generalTimestamp(
  value: string,
  options: TimestampOptions = {},
): string | undefined {
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
  if (typeof value !== 'string')
    return value instanceof Date ? formatInstant(value.getTime()) : undefined;
  const fixed = fixedLayoutTimestamp(value, Boolean(options.dotNetMinValueAsAbsent));
  return fixed === NOT_FIXED_LAYOUT ? generalTimestamp(value, options) : fixed;
}
