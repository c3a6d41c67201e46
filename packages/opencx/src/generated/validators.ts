/**
 * Response validators generated from specs/opencx/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

import type { ResponseValidators } from '@botbridge/core';

/** Response body checks per operationId and status: each returns the issues found, or []. */
export const responseValidators: ResponseValidators = {
  listChatSessions: {
    '200': (v) => { const issues: string[] = []; validate_ChatSessionList(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
  },
  filterChatSessions: {
    '200': (v) => { const issues: string[] = []; validate_ChatSessionFilterPage(v, '', issues); return issues; },
    '400': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
  },
  getChatSession: {
    '200': (v) => { const issues: string[] = []; validate_ChatSession(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
  },
  listChatHistory: {
    '200': (v) => { const issues: string[] = []; validate_ChatHistoryPage(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
  },
  listContacts: {
    '200': (v) => { const issues: string[] = []; validate_ContactList(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
  },
  getOrg: {
    '200': (v) => { const issues: string[] = []; validate_Organization(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorResponse(v, '', issues); return issues; },
  },
};

function validate_ChatSessionList(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'items')) issues.push(`${at(path)}: expected property "items", got none`);
  if (!has(value, 'next')) issues.push(`${at(path)}: expected property "next", got none`);
  if (has(value, 'items')) {
    const v = value.items;
    const p = `${path}/items`;
    if (checkType(v, p, issues, 'array') && Array.isArray(v)) v.forEach((item, n) => validate_ChatSession(item, `${p}/${n}`, issues));
  }
  if (has(value, 'next')) checkType(value.next, `${path}/next`, issues, 'string', 'null');
}

function validate_ErrorResponse(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'statusCode')) issues.push(`${at(path)}: expected property "statusCode", got none`);
  if (!has(value, 'message')) issues.push(`${at(path)}: expected property "message", got none`);
  if (has(value, 'statusCode')) checkType(value.statusCode, `${path}/statusCode`, issues, 'integer');
  if (has(value, 'message')) oneOf(value.message, `${path}/message`, issues, [(v, p, i) => checkType(v, p, i, 'string'), validate_ErrorResponse_message_oneOf1]);
  if (has(value, 'error')) checkType(value.error, `${path}/error`, issues, 'string');
}

function validate_ErrorResponse_message_oneOf1(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'array') || !Array.isArray(value)) return;
  value.forEach((item, n) => checkType(item, `${path}/${n}`, issues, 'string'));
}

function validate_ChatSessionFilterPage(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'data')) issues.push(`${at(path)}: expected property "data", got none`);
  if (!has(value, 'page')) issues.push(`${at(path)}: expected property "page", got none`);
  if (!has(value, 'limit')) issues.push(`${at(path)}: expected property "limit", got none`);
  if (!has(value, 'has_next')) issues.push(`${at(path)}: expected property "has_next", got none`);
  if (!has(value, 'has_previous')) issues.push(`${at(path)}: expected property "has_previous", got none`);
  if (has(value, 'data')) {
    const v = value.data;
    const p = `${path}/data`;
    if (checkType(v, p, issues, 'array') && Array.isArray(v)) v.forEach((item, n) => validate_ChatSession(item, `${p}/${n}`, issues));
  }
  if (has(value, 'page')) {
    const v = value.page;
    const p = `${path}/page`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && v < 1) issues.push(`${p}: expected >= 1, got a number that is not`);
  }
  if (has(value, 'limit')) {
    const v = value.limit;
    const p = `${path}/limit`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && v < 1) issues.push(`${p}: expected >= 1, got a number that is not`);
  }
  if (has(value, 'has_next')) checkType(value.has_next, `${path}/has_next`, issues, 'boolean');
  if (has(value, 'has_previous')) checkType(value.has_previous, `${path}/has_previous`, issues, 'boolean');
}

function validate_ChatSession(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'id')) issues.push(`${at(path)}: expected property "id", got none`);
  if (!has(value, 'status')) issues.push(`${at(path)}: expected property "status", got none`);
  if (!has(value, 'channel')) issues.push(`${at(path)}: expected property "channel", got none`);
  if (!has(value, 'created_at')) issues.push(`${at(path)}: expected property "created_at", got none`);
  if (!has(value, 'updated_at')) issues.push(`${at(path)}: expected property "updated_at", got none`);
  if (has(value, 'id')) {
    const v = value.id;
    const p = `${path}/id`;
    if (checkType(v, p, issues, 'string') && typeof v === 'string' && !isUuid(v)) issues.push(`${p}: expected uuid, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'status')) validate_SessionStatus(value.status, `${path}/status`, issues);
  if (has(value, 'ai_closure_type')) oneOf(value.ai_closure_type, `${path}/ai_closure_type`, issues, [validate_AiClosureType, (v, p, i) => checkType(v, p, i, 'null')]);
  if (has(value, 'sentiment')) oneOf(value.sentiment, `${path}/sentiment`, issues, [validate_Sentiment, (v, p, i) => checkType(v, p, i, 'null')]);
  if (has(value, 'channel')) validate_SessionChannel(value.channel, `${path}/channel`, issues);
  if (has(value, 'ticket_number')) checkType(value.ticket_number, `${path}/ticket_number`, issues, 'number');
  if (has(value, 'assist_mode')) checkType(value.assist_mode, `${path}/assist_mode`, issues, 'boolean');
  if (has(value, 'created_at')) {
    const v = value.created_at;
    const p = `${path}/created_at`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'updated_at')) {
    const v = value.updated_at;
    const p = `${path}/updated_at`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'contact')) validate_SessionContact(value.contact, `${path}/contact`, issues);
  if (has(value, 'language')) checkType(value.language, `${path}/language`, issues, 'string');
  if (has(value, 'assignee_id')) checkType(value.assignee_id, `${path}/assignee_id`, issues, 'string', 'integer');
  if (has(value, 'custom_data')) validate_ChatSession_custom_data(value.custom_data, `${path}/custom_data`, issues);
  if (has(value, 'team')) validate_SessionTeam(value.team, `${path}/team`, issues);
  if (has(value, 'handoff')) validate_SessionHandoff(value.handoff, `${path}/handoff`, issues);
  if (has(value, 'ticketing_system')) validate_TicketingSystem(value.ticketing_system, `${path}/ticketing_system`, issues);
}

function validate_ChatSession_custom_data(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  for (const [key, item] of Object.entries(value)) checkType(item, `${path}/${pointer(key)}`, issues, 'string', 'number', 'boolean');
}

function validate_ChatHistoryPage(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'items')) issues.push(`${at(path)}: expected property "items", got none`);
  if (!has(value, 'next')) issues.push(`${at(path)}: expected property "next", got none`);
  if (has(value, 'items')) {
    const v = value.items;
    const p = `${path}/items`;
    if (checkType(v, p, issues, 'array') && Array.isArray(v)) v.forEach((item, n) => validate_ChatHistoryItem(item, `${p}/${n}`, issues));
  }
  if (has(value, 'next')) checkType(value.next, `${path}/next`, issues, 'string', 'null');
}

function validate_ContactList(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'items')) issues.push(`${at(path)}: expected property "items", got none`);
  if (!has(value, 'next')) issues.push(`${at(path)}: expected property "next", got none`);
  if (has(value, 'items')) {
    const v = value.items;
    const p = `${path}/items`;
    if (checkType(v, p, issues, 'array') && Array.isArray(v)) v.forEach((item, n) => validate_Contact(item, `${p}/${n}`, issues));
  }
  if (has(value, 'next')) checkType(value.next, `${path}/next`, issues, 'string', 'null');
}

function validate_Organization(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'name')) issues.push(`${at(path)}: expected property "name", got none`);
  if (!has(value, 'created_at')) issues.push(`${at(path)}: expected property "created_at", got none`);
  if (!has(value, 'updated_at')) issues.push(`${at(path)}: expected property "updated_at", got none`);
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string');
  if (has(value, 'created_at')) checkType(value.created_at, `${path}/created_at`, issues, 'string', 'null');
  if (has(value, 'updated_at')) checkType(value.updated_at, `${path}/updated_at`, issues, 'string', 'null');
}

function validate_SessionStatus(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'string')) return;
  checkEnum(value, path, issues, ['open', 'closed_resolved', 'closed_unresolved']);
}

function validate_AiClosureType(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'string')) return;
  checkEnum(value, path, issues, ['assumed_resolved', 'handed_off', 'resolved']);
}

function validate_Sentiment(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'string')) return;
  checkEnum(value, path, issues, ['angry', 'happy', 'neutral']);
}

function validate_SessionChannel(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'type')) issues.push(`${at(path)}: expected property "type", got none`);
  if (has(value, 'type')) validate_ChannelType(value.type, `${path}/type`, issues);
}

function validate_SessionContact(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) {
    const v = value.id;
    const p = `${path}/id`;
    if (checkType(v, p, issues, 'string') && typeof v === 'string' && !isUuid(v)) issues.push(`${p}: expected uuid, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'email')) {
    const v = value.email;
    const p = `${path}/email`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isEmail(v)) issues.push(`${p}: expected email, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'phone_number')) checkType(value.phone_number, `${path}/phone_number`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'custom_data')) validate_SessionContact_custom_data(value.custom_data, `${path}/custom_data`, issues);
  if (has(value, 'non_verified_name')) checkType(value.non_verified_name, `${path}/non_verified_name`, issues, 'string', 'null');
  if (has(value, 'non_verified_email')) {
    const v = value.non_verified_email;
    const p = `${path}/non_verified_email`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isEmail(v)) issues.push(`${p}: expected email, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'non_verified_custom_data')) validate_SessionContact_non_verified_custom_data(value.non_verified_custom_data, `${path}/non_verified_custom_data`, issues);
}

function validate_SessionContact_custom_data(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object', 'null')) return;
  if (isObject(value)) for (const [key, item] of Object.entries(value)) checkType(item, `${path}/${pointer(key)}`, issues, 'string', 'number', 'boolean');
}

function validate_SessionContact_non_verified_custom_data(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object', 'null')) return;
  if (isObject(value)) for (const [key, item] of Object.entries(value)) checkType(item, `${path}/${pointer(key)}`, issues, 'string', 'number', 'boolean');
}

function validate_SessionTeam(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) {
    const v = value.id;
    const p = `${path}/id`;
    if (checkType(v, p, issues, 'string') && typeof v === 'string' && !isUuid(v)) issues.push(`${p}: expected uuid, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string');
  if (has(value, 'description')) checkType(value.description, `${path}/description`, issues, 'string');
}

function validate_SessionHandoff(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'summary')) issues.push(`${at(path)}: expected property "summary", got none`);
  if (has(value, 'summary')) checkType(value.summary, `${path}/summary`, issues, 'string');
  if (has(value, 'sentiment')) validate_Sentiment(value.sentiment, `${path}/sentiment`, issues);
}

function validate_TicketingSystem(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string');
  if (has(value, 'external_id')) checkType(value.external_id, `${path}/external_id`, issues, 'string');
  if (has(value, 'id_type')) checkType(value.id_type, `${path}/id_type`, issues, 'string');
}

function validate_ChatHistoryItem(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'created_at')) issues.push(`${at(path)}: expected property "created_at", got none`);
  if (has(value, 'id')) {
    const v = value.id;
    const p = `${path}/id`;
    if (checkType(v, p, issues, 'string') && typeof v === 'string' && !isUuid(v)) issues.push(`${p}: expected uuid, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'created_at')) {
    const v = value.created_at;
    const p = `${path}/created_at`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'event')) validate_ChatHistoryEvent(value.event, `${path}/event`, issues);
}

function validate_Contact(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) {
    const v = value.id;
    const p = `${path}/id`;
    if (checkType(v, p, issues, 'string') && typeof v === 'string' && !isUuid(v)) issues.push(`${p}: expected uuid, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'email')) {
    const v = value.email;
    const p = `${path}/email`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isEmail(v)) issues.push(`${p}: expected email, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'phone_number')) checkType(value.phone_number, `${path}/phone_number`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'custom_data')) validate_Contact_custom_data(value.custom_data, `${path}/custom_data`, issues);
  if (has(value, 'created_at')) checkType(value.created_at, `${path}/created_at`, issues, 'string');
  if (has(value, 'updated_at')) checkType(value.updated_at, `${path}/updated_at`, issues, 'string');
}

function validate_Contact_custom_data(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object', 'null')) return;
  if (isObject(value)) for (const [key, item] of Object.entries(value)) checkType(item, `${path}/${pointer(key)}`, issues, 'string', 'number', 'boolean');
}

function validate_ChannelType(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'string')) return;
  checkEnum(value, path, issues, ['web', 'email', 'phone_voice', 'slack', 'sms', 'whatsapp', 'instagram', 'messenger', 'api', 'web_voice']);
}

function validate_ChatHistoryEvent(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'type')) checkType(value.type, `${path}/type`, issues, 'string');
  if (has(value, 'sender')) validate_ChatHistorySender(value.sender, `${path}/sender`, issues);
  if (has(value, 'content')) validate_ChatHistoryContent(value.content, `${path}/content`, issues);
  if (has(value, 'attachments')) {
    const v = value.attachments;
    const p = `${path}/attachments`;
    if (checkType(v, p, issues, 'array') && Array.isArray(v)) v.forEach((item, n) => validate_ChatHistoryAttachment(item, `${p}/${n}`, issues));
  }
  if (has(value, 'human_agent_id')) checkType(value.human_agent_id, `${path}/human_agent_id`, issues, 'number');
  if (has(value, 'integration')) validate_ChatHistoryIntegration(value.integration, `${path}/integration`, issues);
  if (has(value, 'context')) checkType(value.context, `${path}/context`, issues, 'object');
}

function validate_ChatHistorySender(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'type')) checkType(value.type, `${path}/type`, issues, 'string');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
}

function validate_ChatHistoryContent(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'type')) checkType(value.type, `${path}/type`, issues, 'string');
  if (has(value, 'text')) checkType(value.text, `${path}/text`, issues, 'string', 'null');
}

function validate_ChatHistoryAttachment(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string');
  if (has(value, 'size')) checkType(value.size, `${path}/size`, issues, 'number');
  if (has(value, 'type')) checkType(value.type, `${path}/type`, issues, 'string');
  if (has(value, 'url')) checkType(value.url, `${path}/url`, issues, 'string');
}

function validate_ChatHistoryIntegration(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'type')) issues.push(`${at(path)}: expected property "type", got none`);
  if (has(value, 'type')) anyOf(value.type, `${path}/type`, issues, [validate_HandoffIntegrationTypeKnown, (v, p, i) => checkType(v, p, i, 'string')]);
}

function validate_HandoffIntegrationTypeKnown(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'string')) return;
  checkEnum(value, path, issues, ['zendesk']);
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

/** At least one branch must match; reports the closest branch's issues when none does. */
function anyOf(value: unknown, path: string, issues: string[], branches: readonly Check[]): void {
  const results = branches.map((check) => run(check, value, path));
  if (!results.some((found) => found.length === 0)) noneMatched(path, issues, results, 'anyOf');
}

/** Exactly one branch must match; reports the closest branch's issues when none does. */
function oneOf(value: unknown, path: string, issues: string[], branches: readonly Check[]): void {
  const results = branches.map((check) => run(check, value, path));
  const matched = results.filter((found) => found.length === 0).length;
  if (matched === 0) noneMatched(path, issues, results, 'oneOf');
  else if (matched > 1) issues.push(`${at(path)}: expected exactly one oneOf branch to match, got ${matched}`);
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

function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}

/** A light check only: something, `@`, something, no spaces. */
function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(text);
}

/** A property name as a JSON pointer segment. */
function pointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
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
