/**
 * Response validators generated from specs/smarterbot/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

import type { ResponseValidators } from '@botbridge/core';

/** Response body checks per operationId and status: each returns the issues found, or []. */
export const responseValidators: ResponseValidators = {
  listLeads: {
    '200': (v) => { const issues: string[] = []; validate_LeadListResponse(v, '', issues); return issues; },
    '400': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    default: (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
  },
  getChatHistory: {
    '200': (v) => { const issues: string[] = []; validate_ChatHistoryResponse(v, '', issues); return issues; },
    '400': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    default: (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
  },
  getMessageCount: {
    '200': (v) => { const issues: string[] = []; validate_MessageCountResponse(v, '', issues); return issues; },
    '400': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
    default: (v) => { const issues: string[] = []; validate_ErrorEnvelope(v, '', issues); return issues; },
  },
};

function validate_LeadListResponse(value: unknown, path: string, issues: string[]): void {
  validate_Envelope(value, path, issues);
  validate_LeadListResponse_allOf1(value, path, issues);
}

function validate_LeadListResponse_allOf1(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'Data')) {
    const v = value.Data;
    const p = `${path}/Data`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_LeadRecord(item, `${p}/${n}`, issues));
  }
}

function validate_ErrorEnvelope(value: unknown, path: string, issues: string[]): void {
  validate_Envelope(value, path, issues);
  validate_ErrorEnvelope_allOf1(value, path, issues);
}

function validate_ErrorEnvelope_allOf1(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'Success')) checkConst(value.Success, `${path}/Success`, issues, false);
  if (has(value, 'Data')) checkType(value.Data, `${path}/Data`, issues, 'null');
}

function validate_ChatHistoryResponse(value: unknown, path: string, issues: string[]): void {
  validate_Envelope(value, path, issues);
  validate_ChatHistoryResponse_allOf1(value, path, issues);
}

function validate_ChatHistoryResponse_allOf1(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'Data')) {
    const v = value.Data;
    const p = `${path}/Data`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_ChatSessionRecord(item, `${p}/${n}`, issues));
  }
}

function validate_MessageCountResponse(value: unknown, path: string, issues: string[]): void {
  validate_Envelope(value, path, issues);
  validate_MessageCountResponse_allOf1(value, path, issues);
}

function validate_MessageCountResponse_allOf1(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'Data')) {
    const v = value.Data;
    const p = `${path}/Data`;
    if (checkType(v, p, issues, 'integer', 'null')) {
      if (typeof v === 'number') {
        if (v < 0) issues.push(`${p}: expected >= 0, got a number that is not`);
        if ((v < -9223372036854775808 || v > 9223372036854775807)) issues.push(`${p}: expected int64 (-9223372036854775808 to 9223372036854775807), got a number that is not`);
      }
    }
  }
}

function validate_Envelope(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'Version')) issues.push(`${at(path)}: expected property "Version", got none`);
  if (!has(value, 'Success')) issues.push(`${at(path)}: expected property "Success", got none`);
  if (!has(value, 'Code')) issues.push(`${at(path)}: expected property "Code", got none`);
  if (has(value, 'Version')) checkType(value.Version, `${path}/Version`, issues, 'string');
  if (has(value, 'Success')) checkType(value.Success, `${path}/Success`, issues, 'boolean');
  if (has(value, 'Code')) checkType(value.Code, `${path}/Code`, issues, 'integer');
  if (has(value, 'Message')) checkType(value.Message, `${path}/Message`, issues, 'string', 'null');
}

function validate_LeadRecord(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'Type')) anyOf(value.Type, `${path}/Type`, issues, [validate_LeadType, (v, p, i) => checkType(v, p, i, 'null')]);
  if (has(value, 'Name')) checkType(value.Name, `${path}/Name`, issues, 'string', 'null');
  if (has(value, 'Email')) checkType(value.Email, `${path}/Email`, issues, 'string', 'null');
  if (has(value, 'PhoneNumber')) checkType(value.PhoneNumber, `${path}/PhoneNumber`, issues, 'string', 'null');
  if (has(value, 'CreateTime')) {
    const v = value.CreateTime;
    const p = `${path}/CreateTime`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'Content')) checkType(value.Content, `${path}/Content`, issues, 'string', 'null');
  if (has(value, 'SessionID')) {
    const v = value.SessionID;
    const p = `${path}/SessionID`;
    if (checkType(v, p, issues, 'integer', 'null') && typeof v === 'number' && (v < -9223372036854775808 || v > 9223372036854775807)) issues.push(`${p}: expected int64 (-9223372036854775808 to 9223372036854775807), got a number that is not`);
  }
  if (has(value, 'URI')) checkType(value.URI, `${path}/URI`, issues, 'string', 'null');
  if (has(value, 'Count')) checkType(value.Count, `${path}/Count`, issues, 'integer', 'null');
}

function validate_ChatSessionRecord(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'SessionID')) {
    const v = value.SessionID;
    const p = `${path}/SessionID`;
    if (checkType(v, p, issues, 'integer', 'null') && typeof v === 'number' && (v < -9223372036854775808 || v > 9223372036854775807)) issues.push(`${p}: expected int64 (-9223372036854775808 to 9223372036854775807), got a number that is not`);
  }
  if (has(value, 'CreateTime')) {
    const v = value.CreateTime;
    const p = `${path}/CreateTime`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'URI')) checkType(value.URI, `${path}/URI`, issues, 'string', 'null');
  if (has(value, 'Messages')) {
    const v = value.Messages;
    const p = `${path}/Messages`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_ChatMessageRecord(item, `${p}/${n}`, issues));
  }
}

function validate_LeadType(value: unknown, path: string, issues: string[]): void {
  anyOf(value, path, issues, [validate_LeadTypeKnown, (v, p, i) => checkType(v, p, i, 'string')]);
}

function validate_ChatMessageRecord(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'Type')) anyOf(value.Type, `${path}/Type`, issues, [validate_ChatMessageType, (v, p, i) => checkType(v, p, i, 'null')]);
  if (has(value, 'Content')) checkType(value.Content, `${path}/Content`, issues, 'string', 'null');
}

function validate_LeadTypeKnown(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'string')) return;
  checkEnum(value, path, issues, ['Lead', 'Appointment']);
}

function validate_ChatMessageType(value: unknown, path: string, issues: string[]): void {
  anyOf(value, path, issues, [validate_ChatMessageTypeKnown, (v, p, i) => checkType(v, p, i, 'string')]);
}

function validate_ChatMessageTypeKnown(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'string')) return;
  checkEnum(value, path, issues, ['AI', 'User']);
}

// Helpers of the checks above.

/** Whether `value` has one of the JSON types; records an issue when not. */
function checkType(value: unknown, path: string, issues: string[], ...types: string[]): boolean {
  if (types.some((type) => isType(value, type))) return true;
  issues.push(`${at(path)}: expected ${types.join(' or ')}, got ${typeName(value)}`);
  return false;
}

function isType(value: unknown, type: string): boolean {
  if (type === 'null') return value === null;
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isObject(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}

function checkEnum(value: unknown, path: string, issues: string[], allowed: readonly unknown[]): void {
  if (!allowed.some((option) => equal(option, value))) {
    issues.push(`${at(path)}: expected one of ${allowed.map(show).join(', ')}, got another ${typeName(value)}`);
  }
}

function checkConst(value: unknown, path: string, issues: string[], expected: unknown): void {
  if (!equal(expected, value)) issues.push(`${at(path)}: expected ${show(expected)}, got another ${typeName(value)}`);
}

/** At least one branch must match; reports the closest branch's issues when none does. */
function anyOf(value: unknown, path: string, issues: string[], branches: readonly Check[]): void {
  const results = branches.map((check) => run(check, value, path));
  if (!results.some((found) => found.length === 0)) noneMatched(path, issues, results, 'anyOf');
}

/**
 * No branch matched. A branch whose issues all lie below `path` fits the value's outer shape, so
 * when exactly one does, its (deeper, more precise) issues are the ones worth reporting.
 */
function noneMatched(path: string, issues: string[], results: string[][], keyword: string): void {
  const here = `${at(path)}: `;
  const close = results.filter((found) => !found.some((issue) => issue.startsWith(here)));
  const [only] = close;
  if (close.length === 1 && only) {
    issues.push(...only);
    return;
  }
  const reasons = results.map((found) => (found[0] ?? '').replace(here, '')).join(' | ');
  issues.push(`${at(path)}: expected a match of one ${keyword} branch, got none (${reasons})`);
}

type Check = (value: unknown, path: string, issues: string[]) => void;

function run(check: Check, value: unknown, path: string): string[] {
  const found: string[] = [];
  check(value, path, found);
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property: `constructor` and friends on the prototype do not count. */
function has(value: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(value, key);
}

/** JSON equality: same type, same items, same members. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, n) => equal(item, b[n]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && equal(a[key], b[key]));
}

/** RFC 3339 `date-time`: full date, `T`, time with optional fraction, `Z` or an offset. */
function isDateTime(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/.exec(text);
  if (!m) return false;
  const n = (group: number) => Number(m[group] ?? 0);
  return validDate(n(1), n(2), n(3)) && n(4) <= 23 && n(5) <= 59 && n(6) <= 60 && n(7) <= 23 && n(8) <= 59;
}

function validDate(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

/** A value the spec allows, as JSON, shortened for a message. Values a response holds are
 * never shown (they may be personal data or an echoed credential): messages name their type. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The JSON type of a value, as messages name it. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A path as messages show it: the JSON pointer, or `/` for the whole body. */
function at(path: string): string {
  return path === '' ? '/' : path;
}
