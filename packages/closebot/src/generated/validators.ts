/**
 * Response validators generated from specs/closebot/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

import type { ResponseValidators } from '@botbridge/core';

/** Response body checks per operationId and status: each returns the issues found, or []. */
export const responseValidators: ResponseValidators = {
  listTestSessions: {
    '200': (v) => { const issues: string[] = []; validate_TestSessionList(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  createTestSession: {
    '200': (v) => { const issues: string[] = []; validate_TestSession(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  listLeads: {
    '200': (v) => { const issues: string[] = []; validate_LeadDtoPaginated(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  searchLeads: {
    '200': (v) => { const issues: string[] = []; validate_SearchLeadResultDto(v, '', issues); return issues; },
    '400': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  getLead: {
    '200': (v) => { const issues: string[] = []; validate_getLead_200(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  listLeadPageHistory: {
    '200': (v) => { const issues: string[] = []; validate_listLeadPageHistory_200(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  getLeadAiToggle: {
    '200': (v) => { const issues: string[] = []; validate_getLeadAiToggle_200(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  listMessages: {
    '200': (v) => { const issues: string[] = []; validate_listMessages_200(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '504': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  countMessages: {
    '200': (v) => { const issues: string[] = []; validate_countMessages_200(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '504': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  listBots: {
    '200': (v) => { const issues: string[] = []; validate_listBots_200(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  getNodeDescriptors: {
    '200': (v) => { const issues: string[] = []; validate_getNodeDescriptors_200(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  getBot: {
    '200': (v) => { const issues: string[] = []; validate_getBot_200(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  getCurrentAgency: {
    '200': (v) => { const issues: string[] = []; validate_AgencyDto(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  listSources: {
    '200': (v) => { const issues: string[] = []; validate_SourceDtoPaginated(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
  getSource: {
    '200': (v) => { const issues: string[] = []; validate_getSource_200(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_Unauthorized_response(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ProblemDetails(v, '', issues); return issues; },
  },
};

function validate_TestSessionList(value: unknown, path: string, issues: string[]): void {
  oneOf(value, path, issues, [validate_ListLeadDto, validate_TestSessionList_oneOf1]);
}

function validate_TestSessionList_oneOf1(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'array') || !Array.isArray(value)) return;
  value.forEach((item, n) => validate_LeadDto(item, `${path}/${n}`, issues));
}

function validate_Unauthorized_response(value: unknown, path: string, issues: string[]): void {
  oneOf(value, path, issues, [validate_Unauthorized_response_oneOf0, validate_PlanLimitError]);
}

function validate_Unauthorized_response_oneOf0(value: unknown, path: string, issues: string[]): void {
  validate_ProblemDetails(value, path, issues);
  if (matches(validate_Unauthorized_response_oneOf0_not, value, path)) issues.push(`${at(path)}: expected no match of the 'not' schema, got a match`);
}

function validate_Unauthorized_response_oneOf0_not(value: unknown, path: string, issues: string[]): void {
  if (isObject(value) && !has(value, 'error')) issues.push(`${at(path)}: expected property "error", got none`);
}

function validate_ProblemDetails(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'type')) checkType(value.type, `${path}/type`, issues, 'string', 'null');
  if (has(value, 'title')) checkType(value.title, `${path}/title`, issues, 'string', 'null');
  if (has(value, 'status')) {
    const v = value.status;
    const p = `${path}/status`;
    if (checkType(v, p, issues, 'integer', 'null') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
  if (has(value, 'detail')) checkType(value.detail, `${path}/detail`, issues, 'string', 'null');
  if (has(value, 'instance')) checkType(value.instance, `${path}/instance`, issues, 'string', 'null');
  if (has(value, 'errors')) validate_ProblemDetails_errors(value.errors, `${path}/errors`, issues);
}

function validate_ProblemDetails_errors(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  for (const [key, item] of Object.entries(value)) validate_ProblemDetails_errors_additional(item, `${path}/${pointer(key)}`, issues);
}

function validate_ProblemDetails_errors_additional(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'array') || !Array.isArray(value)) return;
  value.forEach((item, n) => checkType(item, `${path}/${n}`, issues, 'string'));
}

function validate_TestSession(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'leadId')) checkType(value.leadId, `${path}/leadId`, issues, 'string', 'null');
  if (has(value, 'sourceId')) checkType(value.sourceId, `${path}/sourceId`, issues, 'string', 'null');
}

function validate_LeadDtoPaginated(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'total')) issues.push(`${at(path)}: expected property "total", got none`);
  if (!has(value, 'page')) issues.push(`${at(path)}: expected property "page", got none`);
  if (!has(value, 'pageSize')) issues.push(`${at(path)}: expected property "pageSize", got none`);
  if (has(value, 'total')) {
    const v = value.total;
    const p = `${path}/total`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
  if (has(value, 'results')) {
    const v = value.results;
    const p = `${path}/results`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_LeadDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'page')) {
    const v = value.page;
    const p = `${path}/page`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
  if (has(value, 'pageSize')) {
    const v = value.pageSize;
    const p = `${path}/pageSize`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
}

function validate_SearchLeadResultDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'total')) issues.push(`${at(path)}: expected property "total", got none`);
  if (has(value, 'leads')) {
    const v = value.leads;
    const p = `${path}/leads`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_LeadDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'total')) {
    const v = value.total;
    const p = `${path}/total`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
}

function validate_getLead_200(value: unknown, path: string, issues: string[]): void {
  oneOf(value, path, issues, [validate_LeadDto, (v, p, i) => checkType(v, p, i, 'null')]);
}

function validate_listLeadPageHistory_200(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'array', 'null')) return;
  if (Array.isArray(value)) value.forEach((item, n) => validate_LeadPageVisitDto(item, `${path}/${n}`, issues));
}

function validate_getLeadAiToggle_200(value: unknown, path: string, issues: string[]): void {
  oneOf(value, path, issues, [validate_LeadAiToggleDto, (v, p, i) => checkType(v, p, i, 'null')]);
}

function validate_listMessages_200(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'array') || !Array.isArray(value)) return;
  value.forEach((item, n) => validate_BotMetricMessage(item, `${path}/${n}`, issues));
}

function validate_countMessages_200(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'integer') || typeof value !== 'number') return;
  if ((value < -2147483648 || value > 2147483647)) issues.push(`${at(path)}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
}

function validate_listBots_200(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'array') || !Array.isArray(value)) return;
  value.forEach((item, n) => validate_BotDto(item, `${path}/${n}`, issues));
}

function validate_getNodeDescriptors_200(value: unknown, path: string, issues: string[]): void {
  oneOf(value, path, issues, [validate_NodeInformation, (v, p, i) => checkType(v, p, i, 'string')]);
}

function validate_getBot_200(value: unknown, path: string, issues: string[]): void {
  oneOf(value, path, issues, [validate_BotDto, (v, p, i) => checkType(v, p, i, 'null')]);
}

function validate_AgencyDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'members')) {
    const v = value.members;
    const p = `${path}/members`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_AgencyMemberDto(item, `${p}/${n}`, issues));
  }
}

function validate_SourceDtoPaginated(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'total')) issues.push(`${at(path)}: expected property "total", got none`);
  if (!has(value, 'page')) issues.push(`${at(path)}: expected property "page", got none`);
  if (!has(value, 'pageSize')) issues.push(`${at(path)}: expected property "pageSize", got none`);
  if (has(value, 'total')) {
    const v = value.total;
    const p = `${path}/total`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
  if (has(value, 'results')) {
    const v = value.results;
    const p = `${path}/results`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_SourceDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'page')) {
    const v = value.page;
    const p = `${path}/page`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
  if (has(value, 'pageSize')) {
    const v = value.pageSize;
    const p = `${path}/pageSize`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
}

function validate_getSource_200(value: unknown, path: string, issues: string[]): void {
  oneOf(value, path, issues, [validate_SourceDto, (v, p, i) => checkType(v, p, i, 'null')]);
}

function validate_ListLeadDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'total')) issues.push(`${at(path)}: expected property "total", got none`);
  if (has(value, 'leads')) {
    const v = value.leads;
    const p = `${path}/leads`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_LeadDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'total')) {
    const v = value.total;
    const p = `${path}/total`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
}

function validate_LeadDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'contactId')) checkType(value.contactId, `${path}/contactId`, issues, 'string', 'null');
  if (has(value, 'lastMessageTime')) checkType(value.lastMessageTime, `${path}/lastMessageTime`, issues, 'string', 'null');
  if (has(value, 'lastMessage')) checkType(value.lastMessage, `${path}/lastMessage`, issues, 'string', 'null');
  if (has(value, 'lastMessageDirection')) checkType(value.lastMessageDirection, `${path}/lastMessageDirection`, issues, 'string', 'null');
  if (has(value, 'lastMessageBotId')) checkType(value.lastMessageBotId, `${path}/lastMessageBotId`, issues, 'string', 'null');
  if (has(value, 'mostRecentFailureReason')) checkType(value.mostRecentFailureReason, `${path}/mostRecentFailureReason`, issues, 'string', 'null');
  if (has(value, 'mimicSourceId')) checkType(value.mimicSourceId, `${path}/mimicSourceId`, issues, 'string', 'null');
  if (has(value, 'starred')) checkType(value.starred, `${path}/starred`, issues, 'boolean');
  if (has(value, 'unread')) checkType(value.unread, `${path}/unread`, issues, 'boolean');
  if (has(value, 'source')) oneOf(value.source, `${path}/source`, issues, [validate_LeadSourceDto, (v, p, i) => checkType(v, p, i, 'null')]);
  if (has(value, 'wontRespondUntil')) checkType(value.wontRespondUntil, `${path}/wontRespondUntil`, issues, 'string', 'null');
  if (has(value, 'tags')) {
    const v = value.tags;
    const p = `${path}/tags`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => checkType(item, `${p}/${n}`, issues, 'string'));
  }
  if (has(value, 'fields')) {
    const v = value.fields;
    const p = `${path}/fields`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_LeadFieldDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'instances')) {
    const v = value.instances;
    const p = `${path}/instances`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_BotInstanceDto(item, `${p}/${n}`, issues));
  }
}

function validate_PlanLimitError(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'error')) issues.push(`${at(path)}: expected property "error", got none`);
  if (has(value, 'error')) checkType(value.error, `${path}/error`, issues, 'string');
}

function validate_LeadPageVisitDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) {
    const v = value.id;
    const p = `${path}/id`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
  if (has(value, 'url')) checkType(value.url, `${path}/url`, issues, 'string', 'null');
  if (has(value, 'path')) checkType(value.path, `${path}/path`, issues, 'string', 'null');
  if (has(value, 'domain')) checkType(value.domain, `${path}/domain`, issues, 'string', 'null');
  if (has(value, 'title')) checkType(value.title, `${path}/title`, issues, 'string', 'null');
  if (has(value, 'visitedAt')) checkType(value.visitedAt, `${path}/visitedAt`, issues, 'string');
}

function validate_LeadAiToggleDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'enabled')) checkType(value.enabled, `${path}/enabled`, issues, 'boolean');
  if (has(value, 'applicable')) checkType(value.applicable, `${path}/applicable`, issues, 'boolean');
  if (has(value, 'reason')) checkType(value.reason, `${path}/reason`, issues, 'string', 'null');
}

function validate_BotMetricMessage(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'messageId')) checkType(value.messageId, `${path}/messageId`, issues, 'string', 'null');
  if (has(value, 'sourceId')) checkType(value.sourceId, `${path}/sourceId`, issues, 'string', 'null');
  if (has(value, 'leadId')) checkType(value.leadId, `${path}/leadId`, issues, 'string', 'null');
  if (has(value, 'botId')) checkType(value.botId, `${path}/botId`, issues, 'string', 'null');
  if (has(value, 'personaId')) checkType(value.personaId, `${path}/personaId`, issues, 'string', 'null');
  if (has(value, 'channel')) checkType(value.channel, `${path}/channel`, issues, 'string', 'null');
  if (has(value, 'fromBot')) checkType(value.fromBot, `${path}/fromBot`, issues, 'boolean');
  if (has(value, 'direction')) checkType(value.direction, `${path}/direction`, issues, 'string', 'null');
  if (has(value, 'message')) checkType(value.message, `${path}/message`, issues, 'string', 'null');
  if (has(value, 'attachments')) {
    const v = value.attachments;
    const p = `${path}/attachments`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_BotMetricAttachment(item, `${p}/${n}`, issues));
  }
  if (has(value, 'timestamp')) checkType(value.timestamp, `${path}/timestamp`, issues, 'string');
  if (has(value, 'activities')) {
    const v = value.activities;
    const p = `${path}/activities`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_BotMetricActivity(item, `${p}/${n}`, issues));
  }
}

function validate_BotDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'modifiedAt')) checkType(value.modifiedAt, `${path}/modifiedAt`, issues, 'string', 'null');
  if (has(value, 'modifiedBy')) checkType(value.modifiedBy, `${path}/modifiedBy`, issues, 'string', 'null');
  if (has(value, 'versions')) {
    const v = value.versions;
    const p = `${path}/versions`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_BotVersionDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'sources')) {
    const v = value.sources;
    const p = `${path}/sources`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_BotSourceDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'personaIds')) {
    const v = value.personaIds;
    const p = `${path}/personaIds`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => checkType(item, `${p}/${n}`, issues, 'string'));
  }
  if (has(value, 'favorited')) checkType(value.favorited, `${path}/favorited`, issues, 'boolean');
  if (has(value, 'locked')) checkType(value.locked, `${path}/locked`, issues, 'boolean');
  if (has(value, 'reschedulingEnabled')) checkType(value.reschedulingEnabled, `${path}/reschedulingEnabled`, issues, 'boolean');
  if (has(value, 'category')) checkType(value.category, `${path}/category`, issues, 'string', 'null');
  if (has(value, 'folderId')) checkType(value.folderId, `${path}/folderId`, issues, 'string', 'null');
  if (has(value, 'followUpActive')) checkType(value.followUpActive, `${path}/followUpActive`, issues, 'boolean');
  if (has(value, 'followUpSequences')) {
    const v = value.followUpSequences;
    const p = `${path}/followUpSequences`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_FollowUpSequenceDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'smartFollowUp')) checkType(value.smartFollowUp, `${path}/smartFollowUp`, issues, 'boolean');
  if (has(value, 'followUpRepeat')) checkType(value.followUpRepeat, `${path}/followUpRepeat`, issues, 'boolean');
  if (has(value, 'followUpVarianceMinutes')) {
    const v = value.followUpVarianceMinutes;
    const p = `${path}/followUpVarianceMinutes`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
  if (has(value, 'followUpExtraPrompt')) checkType(value.followUpExtraPrompt, `${path}/followUpExtraPrompt`, issues, 'string', 'null');
  if (has(value, 'tools')) {
    const v = value.tools;
    const p = `${path}/tools`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_BotToolDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'followUpStates')) {
    const v = value.followUpStates;
    const p = `${path}/followUpStates`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_FollowUpStateDto(item, `${p}/${n}`, issues));
  }
}

function validate_NodeInformation(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'dataTypes')) {
    const v = value.dataTypes;
    const p = `${path}/dataTypes`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => checkType(item, `${p}/${n}`, issues, 'object'));
  }
  if (has(value, 'atomicNodes')) {
    const v = value.atomicNodes;
    const p = `${path}/atomicNodes`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => checkType(item, `${p}/${n}`, issues, 'object'));
  }
  if (has(value, 'groups')) {
    const v = value.groups;
    const p = `${path}/groups`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => checkType(item, `${p}/${n}`, issues, 'object'));
  }
  if (has(value, 'tools')) {
    const v = value.tools;
    const p = `${path}/tools`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => checkType(item, `${p}/${n}`, issues, 'object'));
  }
}

function validate_AgencyMemberDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'accountId')) checkType(value.accountId, `${path}/accountId`, issues, 'string', 'null');
  if (has(value, 'role')) checkType(value.role, `${path}/role`, issues, 'string', 'null');
  if (has(value, 'authId')) checkType(value.authId, `${path}/authId`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'email')) checkType(value.email, `${path}/email`, issues, 'string', 'null');
  if (has(value, 'status')) checkType(value.status, `${path}/status`, issues, 'string', 'null');
}

function validate_SourceDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'agencyId')) checkType(value.agencyId, `${path}/agencyId`, issues, 'string', 'null');
  if (has(value, 'sourceId')) checkType(value.sourceId, `${path}/sourceId`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'category')) checkType(value.category, `${path}/category`, issues, 'string', 'null');
  if (has(value, 'key')) checkType(value.key, `${path}/key`, issues, 'string', 'null');
  if (has(value, 'accessToken')) checkType(value.accessToken, `${path}/accessToken`, issues, 'string', 'null');
  if (has(value, 'address')) checkType(value.address, `${path}/address`, issues, 'string', 'null');
  if (has(value, 'connected')) checkType(value.connected, `${path}/connected`, issues, 'boolean');
  if (has(value, 'autoShutoff')) checkType(value.autoShutoff, `${path}/autoShutoff`, issues, 'boolean');
  if (has(value, 'gracefulGoodbye')) checkType(value.gracefulGoodbye, `${path}/gracefulGoodbye`, issues, 'boolean');
  if (has(value, 'bots')) {
    const v = value.bots;
    const p = `${path}/bots`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_SourceBotDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'accountsWithAccess')) {
    const v = value.accountsWithAccess;
    const p = `${path}/accountsWithAccess`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => checkType(item, `${p}/${n}`, issues, 'string'));
  }
  if (has(value, 'isAvailabilityContactTimezone')) checkType(value.isAvailabilityContactTimezone, `${path}/isAvailabilityContactTimezone`, issues, 'boolean');
  if (has(value, 'respondWindows')) {
    const v = value.respondWindows;
    const p = `${path}/respondWindows`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_SourceAvailabilityDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'doNotRespondWindows')) {
    const v = value.doNotRespondWindows;
    const p = `${path}/doNotRespondWindows`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_SourceDoNotRespondWindowDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'botRespondWindows')) {
    const v = value.botRespondWindows;
    const p = `${path}/botRespondWindows`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_BotSourceAvailabilityDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'isBotRespondWindowsQuietHours')) checkType(value.isBotRespondWindowsQuietHours, `${path}/isBotRespondWindowsQuietHours`, issues, 'boolean');
  if (has(value, 'summarizeAttachments')) checkType(value.summarizeAttachments, `${path}/summarizeAttachments`, issues, 'boolean');
  if (has(value, 'respondToReactions')) checkType(value.respondToReactions, `${path}/respondToReactions`, issues, 'boolean');
  if (has(value, 'markConversationAsUnread')) checkType(value.markConversationAsUnread, `${path}/markConversationAsUnread`, issues, 'boolean');
  if (has(value, 'webhookCallback')) checkType(value.webhookCallback, `${path}/webhookCallback`, issues, 'string', 'null');
  if (has(value, 'scriptInstalled')) checkType(value.scriptInstalled, `${path}/scriptInstalled`, issues, 'boolean');
  if (has(value, 'scriptLastSeenAt')) checkType(value.scriptLastSeenAt, `${path}/scriptLastSeenAt`, issues, 'string', 'null');
  if (has(value, 'scriptLastSeenDomain')) checkType(value.scriptLastSeenDomain, `${path}/scriptLastSeenDomain`, issues, 'string', 'null');
  if (has(value, 'scriptLastSeenEndpoint')) checkType(value.scriptLastSeenEndpoint, `${path}/scriptLastSeenEndpoint`, issues, 'string', 'null');
  if (has(value, 'scriptDomainAllowList')) {
    const v = value.scriptDomainAllowList;
    const p = `${path}/scriptDomainAllowList`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => checkType(item, `${p}/${n}`, issues, 'string'));
  }
  if (has(value, 'wallet')) oneOf(value.wallet, `${path}/wallet`, issues, [validate_SourceWalletDto, (v, p, i) => checkType(v, p, i, 'null')]);
  if (has(value, 'hubSpotOwnerId')) checkType(value.hubSpotOwnerId, `${path}/hubSpotOwnerId`, issues, 'string', 'null');
}

function validate_LeadSourceDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
}

function validate_LeadFieldDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'field')) checkType(value.field, `${path}/field`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'value')) checkType(value.value, `${path}/value`, issues, 'string', 'null');
  if (has(value, 'aiProduced')) checkType(value.aiProduced, `${path}/aiProduced`, issues, 'boolean');
}

function validate_BotInstanceDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'botId')) checkType(value.botId, `${path}/botId`, issues, 'string', 'null');
  if (has(value, 'botVersion')) checkType(value.botVersion, `${path}/botVersion`, issues, 'string', 'null');
  if (has(value, 'followUpTimezoneKind')) checkType(value.followUpTimezoneKind, `${path}/followUpTimezoneKind`, issues, 'string', 'null');
  if (has(value, 'followUpTimezone')) checkType(value.followUpTimezone, `${path}/followUpTimezone`, issues, 'string', 'null');
  if (has(value, 'followUpTime')) checkType(value.followUpTime, `${path}/followUpTime`, issues, 'string', 'null');
  if (has(value, 'isSmartFollowUpTime')) checkType(value.isSmartFollowUpTime, `${path}/isSmartFollowUpTime`, issues, 'boolean');
  if (has(value, 'scheduleRespondTime')) checkType(value.scheduleRespondTime, `${path}/scheduleRespondTime`, issues, 'string', 'null');
}

function validate_BotMetricAttachment(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'url')) checkType(value.url, `${path}/url`, issues, 'string', 'null');
}

function validate_BotMetricActivity(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'activity')) checkType(value.activity, `${path}/activity`, issues, 'string', 'null');
  if (has(value, 'data')) checkType(value.data, `${path}/data`, issues, 'string', 'null');
  if (has(value, 'timeData')) checkType(value.timeData, `${path}/timeData`, issues, 'string', 'null');
  if (has(value, 'faviconUrl')) checkType(value.faviconUrl, `${path}/faviconUrl`, issues, 'string', 'null');
}

function validate_BotVersionDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'version')) checkType(value.version, `${path}/version`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'published')) checkType(value.published, `${path}/published`, issues, 'boolean');
  if (has(value, 'modifiedAt')) checkType(value.modifiedAt, `${path}/modifiedAt`, issues, 'string');
  if (has(value, 'modifiedBy')) checkType(value.modifiedBy, `${path}/modifiedBy`, issues, 'string', 'null');
}

function validate_BotSourceDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
  if (has(value, 'category')) checkType(value.category, `${path}/category`, issues, 'string', 'null');
  if (has(value, 'key')) checkType(value.key, `${path}/key`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'tags')) {
    const v = value.tags;
    const p = `${path}/tags`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_ContactTag(item, `${p}/${n}`, issues));
  }
  if (has(value, 'tagFilterConfig')) oneOf(value.tagFilterConfig, `${path}/tagFilterConfig`, issues, [validate_TagFilterConfigDto, (v, p, i) => checkType(v, p, i, 'null')]);
  if (has(value, 'channelList')) {
    const v = value.channelList;
    const p = `${path}/channelList`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => checkType(item, `${p}/${n}`, issues, 'string'));
  }
  if (has(value, 'personaNameOverride')) checkType(value.personaNameOverride, `${path}/personaNameOverride`, issues, 'string', 'null');
  if (has(value, 'enabled')) checkType(value.enabled, `${path}/enabled`, issues, 'boolean');
  if (has(value, 'flowVariableValues')) checkType(value.flowVariableValues, `${path}/flowVariableValues`, issues, 'object', 'null');
}

function validate_FollowUpSequenceDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'order')) {
    const v = value.order;
    const p = `${path}/order`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
  if (has(value, 'duration')) {
    const v = value.duration;
    const p = `${path}/duration`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
  if (has(value, 'unit')) checkType(value.unit, `${path}/unit`, issues, 'string', 'null');
}

function validate_BotToolDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
  if (has(value, 'type')) checkType(value.type, `${path}/type`, issues, 'string', 'null');
  if (has(value, 'enabled')) checkType(value.enabled, `${path}/enabled`, issues, 'boolean');
  if (has(value, 'options')) checkType(value.options, `${path}/options`, issues, 'object', 'null');
}

function validate_FollowUpStateDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'integer');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'isDefault')) checkType(value.isDefault, `${path}/isDefault`, issues, 'boolean');
  if (has(value, 'sequences')) {
    const v = value.sequences;
    const p = `${path}/sequences`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_FollowUpSequenceDto(item, `${p}/${n}`, issues));
  }
  if (has(value, 'repeatFinal')) checkType(value.repeatFinal, `${path}/repeatFinal`, issues, 'boolean');
  if (has(value, 'extraPrompt')) checkType(value.extraPrompt, `${path}/extraPrompt`, issues, 'string', 'null');
  if (has(value, 'order')) checkType(value.order, `${path}/order`, issues, 'integer');
}

function validate_SourceBotDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
  if (has(value, 'botName')) checkType(value.botName, `${path}/botName`, issues, 'string', 'null');
  if (has(value, 'tags')) {
    const v = value.tags;
    const p = `${path}/tags`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_ContactTag(item, `${p}/${n}`, issues));
  }
  if (has(value, 'tagFilterConfig')) oneOf(value.tagFilterConfig, `${path}/tagFilterConfig`, issues, [validate_TagFilterConfigDto, (v, p, i) => checkType(v, p, i, 'null')]);
  if (has(value, 'channels')) {
    const v = value.channels;
    const p = `${path}/channels`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => checkType(item, `${p}/${n}`, issues, 'string'));
  }
  if (has(value, 'personaNameOverride')) checkType(value.personaNameOverride, `${path}/personaNameOverride`, issues, 'string', 'null');
  if (has(value, 'enabled')) checkType(value.enabled, `${path}/enabled`, issues, 'boolean');
}

function validate_SourceAvailabilityDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'dayOfWeekUtc')) checkType(value.dayOfWeekUtc, `${path}/dayOfWeekUtc`, issues, 'string', 'null');
  if (has(value, 'startTimeUtc')) checkType(value.startTimeUtc, `${path}/startTimeUtc`, issues, 'string', 'null');
  if (has(value, 'duration')) checkType(value.duration, `${path}/duration`, issues, 'string', 'null');
}

function validate_SourceDoNotRespondWindowDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'start')) checkType(value.start, `${path}/start`, issues, 'string');
  if (has(value, 'end')) checkType(value.end, `${path}/end`, issues, 'string');
}

function validate_BotSourceAvailabilityDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'dayOfWeekUtc')) checkType(value.dayOfWeekUtc, `${path}/dayOfWeekUtc`, issues, 'string', 'null');
  if (has(value, 'startTimeUtc')) checkType(value.startTimeUtc, `${path}/startTimeUtc`, issues, 'string', 'null');
  if (has(value, 'duration')) checkType(value.duration, `${path}/duration`, issues, 'string', 'null');
  if (has(value, 'channel')) checkType(value.channel, `${path}/channel`, issues, 'string', 'null');
}

function validate_SourceWalletDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'reBilling')) checkType(value.reBilling, `${path}/reBilling`, issues, 'boolean');
  if (has(value, 'autoRefill')) checkType(value.autoRefill, `${path}/autoRefill`, issues, 'boolean');
  if (has(value, 'topUpAmount')) {
    const v = value.topUpAmount;
    const p = `${path}/topUpAmount`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
  if (has(value, 'refillThreshold')) {
    const v = value.refillThreshold;
    const p = `${path}/refillThreshold`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && (v < -2147483648 || v > 2147483647)) issues.push(`${p}: expected int32 (-2147483648 to 2147483647), got a number that is not`);
  }
  if (has(value, 'stripeCustomerId')) checkType(value.stripeCustomerId, `${path}/stripeCustomerId`, issues, 'string', 'null');
  if (has(value, 'currency')) checkType(value.currency, `${path}/currency`, issues, 'string', 'null');
  if (has(value, 'responseUnitCostOverride')) checkType(value.responseUnitCostOverride, `${path}/responseUnitCostOverride`, issues, 'string', 'null');
  if (has(value, 'storageUnitCostOverride')) checkType(value.storageUnitCostOverride, `${path}/storageUnitCostOverride`, issues, 'string', 'null');
  if (has(value, 'userUnitCostOverride')) checkType(value.userUnitCostOverride, `${path}/userUnitCostOverride`, issues, 'string', 'null');
}

function validate_ContactTag(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'approveDeny')) checkType(value.approveDeny, `${path}/approveDeny`, issues, 'boolean');
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
}

function validate_TagFilterConfigDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'operator')) checkType(value.operator, `${path}/operator`, issues, 'string', 'null');
  if (has(value, 'groups')) {
    const v = value.groups;
    const p = `${path}/groups`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_TagFilterGroupDto(item, `${p}/${n}`, issues));
  }
}

function validate_TagFilterGroupDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'operator')) checkType(value.operator, `${path}/operator`, issues, 'string', 'null');
  if (has(value, 'rules')) {
    const v = value.rules;
    const p = `${path}/rules`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_TagFilterRuleDto(item, `${p}/${n}`, issues));
  }
}

function validate_TagFilterRuleDto(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'tagName')) checkType(value.tagName, `${path}/tagName`, issues, 'string', 'null');
  if (has(value, 'tagId')) checkType(value.tagId, `${path}/tagId`, issues, 'string', 'null');
  if (has(value, 'condition')) checkType(value.condition, `${path}/condition`, issues, 'string', 'null');
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

function matches(check: Check, value: unknown, path: string): boolean {
  return run(check, value, path).length === 0;
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

/** A property name as a JSON pointer segment. */
function pointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
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
