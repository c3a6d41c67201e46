/**
 * Response validators generated from specs/twin24/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

import type { ResponseValidators } from '@botbridge/core';

/** Response body checks per operationId and status: each returns the issues found, or []. */
export const responseValidators: ResponseValidators = {
  searchChatSessions: {
    '200': (v) => { const issues: string[] = []; validate_ChatSessionSearchResult(v, '', issues); return issues; },
    '400': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
  },
  login: {
    '200': (v) => { const issues: string[] = []; validate_AuthTokens(v, '', issues); return issues; },
    '400': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
  },
  refreshToken: {
    '200': (v) => { const issues: string[] = []; validate_AuthTokens(v, '', issues); return issues; },
    '400': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
  },
  getCurrentUser: {
    '200': (v) => { const issues: string[] = []; validate_CurrentUser(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
  },
  listSessions: {
    '200': (v) => { const issues: string[] = []; validate_SessionList(v, '', issues); return issues; },
    '400': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
  },
  getSession: {
    '200': (v) => { const issues: string[] = []; validate_Session(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
  },
  listSessionMessages: {
    '200': (v) => { const issues: string[] = []; validate_MessageList(v, '', issues); return issues; },
    '400': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '401': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '403': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '404': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '429': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
    '500': (v) => { const issues: string[] = []; validate_ErrorBody(v, '', issues); return issues; },
  },
};

function validate_ChatSessionSearchResult(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'count')) issues.push(`${at(path)}: expected property "count", got none`);
  if (!has(value, 'items')) issues.push(`${at(path)}: expected property "items", got none`);
  if (has(value, 'count')) {
    const v = value.count;
    const p = `${path}/count`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && v < 0) issues.push(`${p}: expected >= 0, got a number that is not`);
  }
  if (has(value, 'items')) {
    const v = value.items;
    const p = `${path}/items`;
    if (checkType(v, p, issues, 'array') && Array.isArray(v)) v.forEach((item, n) => validate_ChatSessionSearchItem(item, `${p}/${n}`, issues));
  }
}

function validate_ErrorBody(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'error')) issues.push(`${at(path)}: expected property "error", got none`);
  if (has(value, 'error')) oneOf(value.error, `${path}/error`, issues, [(v, p, i) => checkType(v, p, i, 'string'), (v, p, i) => checkType(v, p, i, 'object')]);
}

function validate_AuthTokens(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'token')) issues.push(`${at(path)}: expected property "token", got none`);
  if (!has(value, 'refreshToken')) issues.push(`${at(path)}: expected property "refreshToken", got none`);
  if (has(value, 'token')) {
    const v = value.token;
    const p = `${path}/token`;
    if (checkType(v, p, issues, 'string') && typeof v === 'string' && !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/u.test(v)) issues.push(`${p}: expected a match of /^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$/u, got a ${typeName(v)} that does not match`);
  }
  if (has(value, 'refreshToken')) {
    const v = value.refreshToken;
    const p = `${path}/refreshToken`;
    if (checkType(v, p, issues, 'string') && typeof v === 'string' && codePoints(v) < 1) issues.push(`${p}: expected at least 1 character(s), got ${codePoints(v)}`);
  }
}

function validate_CurrentUser(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'id')) issues.push(`${at(path)}: expected property "id", got none`);
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'integer');
  if (has(value, 'companyId')) checkType(value.companyId, `${path}/companyId`, issues, 'integer', 'null');
  if (has(value, 'firstName')) checkType(value.firstName, `${path}/firstName`, issues, 'string', 'null');
  if (has(value, 'lastName')) checkType(value.lastName, `${path}/lastName`, issues, 'string', 'null');
  if (has(value, 'middleName')) checkType(value.middleName, `${path}/middleName`, issues, 'string', 'null');
  if (has(value, 'email')) checkType(value.email, `${path}/email`, issues, 'string', 'null');
  if (has(value, 'phone')) checkType(value.phone, `${path}/phone`, issues, 'string', 'null');
  if (has(value, 'roles')) {
    const v = value.roles;
    const p = `${path}/roles`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_UserRole(item, `${p}/${n}`, issues));
  }
  if (has(value, 'settings')) checkType(value.settings, `${path}/settings`, issues, 'object', 'array', 'null');
  if (has(value, 'avatar')) oneOf(value.avatar, `${path}/avatar`, issues, [validate_IamFile, (v, p, i) => checkType(v, p, i, 'null')]);
}

function validate_SessionList(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'items')) issues.push(`${at(path)}: expected property "items", got none`);
  if (has(value, 'count')) {
    const v = value.count;
    const p = `${path}/count`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && v < 0) issues.push(`${p}: expected >= 0, got a number that is not`);
  }
  if (has(value, 'items')) {
    const v = value.items;
    const p = `${path}/items`;
    if (checkType(v, p, issues, 'array') && Array.isArray(v)) v.forEach((item, n) => validate_Session(item, `${p}/${n}`, issues));
  }
}

function validate_Session(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
  if (has(value, 'chatId')) checkType(value.chatId, `${path}/chatId`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'markedAsSpam')) checkType(value.markedAsSpam, `${path}/markedAsSpam`, issues, 'boolean', 'null');
  if (has(value, 'ttl')) checkType(value.ttl, `${path}/ttl`, issues, 'integer', 'null');
  if (has(value, 'operatorId')) checkType(value.operatorId, `${path}/operatorId`, issues, 'string', 'null');
  if (has(value, 'operatorName')) checkType(value.operatorName, `${path}/operatorName`, issues, 'string', 'null');
  if (has(value, 'operatorAssignedAt')) {
    const v = value.operatorAssignedAt;
    const p = `${path}/operatorAssignedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'operators')) {
    const v = value.operators;
    const p = `${path}/operators`;
    if (checkType(v, p, issues, 'array', 'string', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_SessionOperator(item, `${p}/${n}`, issues));
  }
  if (has(value, 'channel')) checkType(value.channel, `${path}/channel`, issues, 'string', 'null');
  if (has(value, 'messengerType')) checkType(value.messengerType, `${path}/messengerType`, issues, 'string', 'null');
  if (has(value, 'botStatus')) checkType(value.botStatus, `${path}/botStatus`, issues, 'string', 'null');
  if (has(value, 'status')) checkType(value.status, `${path}/status`, issues, 'string', 'null');
  if (has(value, 'startedAt')) {
    const v = value.startedAt;
    const p = `${path}/startedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'clientOnlineAt')) {
    const v = value.clientOnlineAt;
    const p = `${path}/clientOnlineAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'clientOfflineAt')) {
    const v = value.clientOfflineAt;
    const p = `${path}/clientOfflineAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'unreadClientMessageCount')) {
    const v = value.unreadClientMessageCount;
    const p = `${path}/unreadClientMessageCount`;
    if (checkType(v, p, issues, 'integer', 'null') && typeof v === 'number' && v < 0) issues.push(`${p}: expected >= 0, got a number that is not`);
  }
  if (has(value, 'lastMessageCreatedAt')) {
    const v = value.lastMessageCreatedAt;
    const p = `${path}/lastMessageCreatedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'lastMessage')) oneOf(value.lastMessage, `${path}/lastMessage`, issues, [validate_Message, (v, p, i) => checkType(v, p, i, 'null')]);
  if (has(value, 'clientId')) checkType(value.clientId, `${path}/clientId`, issues, 'string', 'integer', 'null');
  if (has(value, 'clientBanned')) checkType(value.clientBanned, `${path}/clientBanned`, issues, 'boolean', 'null');
  if (has(value, 'referer')) checkType(value.referer, `${path}/referer`, issues, 'string', 'null');
  if (has(value, 'tags')) checkType(value.tags, `${path}/tags`, issues, 'string', 'null');
  if (has(value, 'timerFirstAnswer')) checkType(value.timerFirstAnswer, `${path}/timerFirstAnswer`, issues, 'integer', 'null');
  if (has(value, 'timerNextAnswers')) checkType(value.timerNextAnswers, `${path}/timerNextAnswers`, issues, 'integer', 'null');
  if (has(value, 'lastOperatorMessage')) checkType(value.lastOperatorMessage, `${path}/lastOperatorMessage`, issues, 'string', 'null');
  if (has(value, 'firstClientMessageAfterLastOperatorMessage')) checkType(value.firstClientMessageAfterLastOperatorMessage, `${path}/firstClientMessageAfterLastOperatorMessage`, issues, 'string', 'null');
}

function validate_MessageList(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (!has(value, 'items')) issues.push(`${at(path)}: expected property "items", got none`);
  if (has(value, 'count')) {
    const v = value.count;
    const p = `${path}/count`;
    if (checkType(v, p, issues, 'integer') && typeof v === 'number' && v < 0) issues.push(`${p}: expected >= 0, got a number that is not`);
  }
  if (has(value, 'items')) {
    const v = value.items;
    const p = `${path}/items`;
    if (checkType(v, p, issues, 'array') && Array.isArray(v)) v.forEach((item, n) => validate_Message(item, `${p}/${n}`, issues));
  }
}

function validate_ChatSessionSearchItem(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) {
    const v = value.id;
    const p = `${path}/id`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isUuid(v)) issues.push(`${p}: expected uuid, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'chatId')) {
    const v = value.chatId;
    const p = `${path}/chatId`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isUuid(v)) issues.push(`${p}: expected uuid, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'companyId')) checkType(value.companyId, `${path}/companyId`, issues, 'integer', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'chatName')) checkType(value.chatName, `${path}/chatName`, issues, 'string', 'null');
  if (has(value, 'whatsappPhone')) checkType(value.whatsappPhone, `${path}/whatsappPhone`, issues, 'string', 'null');
  if (has(value, 'botId')) {
    const v = value.botId;
    const p = `${path}/botId`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isUuid(v)) issues.push(`${p}: expected uuid, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'botName')) checkType(value.botName, `${path}/botName`, issues, 'string', 'null');
  if (has(value, 'markedAsSpam')) checkType(value.markedAsSpam, `${path}/markedAsSpam`, issues, 'boolean', 'null');
  if (has(value, 'userId')) checkType(value.userId, `${path}/userId`, issues, 'integer', 'null');
  if (has(value, 'operatorGroupIds')) {
    const v = value.operatorGroupIds;
    const p = `${path}/operatorGroupIds`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => checkType(item, `${p}/${n}`, issues, 'string', 'integer'));
  }
  if (has(value, 'operatorName')) checkType(value.operatorName, `${path}/operatorName`, issues, 'string', 'null');
  if (has(value, 'operatorType')) checkType(value.operatorType, `${path}/operatorType`, issues, 'string', 'null');
  if (has(value, 'operatorMessageCount')) {
    const v = value.operatorMessageCount;
    const p = `${path}/operatorMessageCount`;
    if (checkType(v, p, issues, 'integer', 'null') && typeof v === 'number' && v < 0) issues.push(`${p}: expected >= 0, got a number that is not`);
  }
  if (has(value, 'clientMessageCount')) {
    const v = value.clientMessageCount;
    const p = `${path}/clientMessageCount`;
    if (checkType(v, p, issues, 'integer', 'null') && typeof v === 'number' && v < 0) issues.push(`${p}: expected >= 0, got a number that is not`);
  }
  if (has(value, 'botMessageCount')) {
    const v = value.botMessageCount;
    const p = `${path}/botMessageCount`;
    if (checkType(v, p, issues, 'integer', 'null') && typeof v === 'number' && v < 0) issues.push(`${p}: expected >= 0, got a number that is not`);
  }
  if (has(value, 'clientDeviceId')) checkType(value.clientDeviceId, `${path}/clientDeviceId`, issues, 'string', 'null');
  if (has(value, 'clientId')) checkType(value.clientId, `${path}/clientId`, issues, 'string', 'null');
  if (has(value, 'clientExternalId')) checkType(value.clientExternalId, `${path}/clientExternalId`, issues, 'string', 'null');
  if (has(value, 'clientIp')) checkType(value.clientIp, `${path}/clientIp`, issues, 'string', 'null');
  if (has(value, 'timeZone')) checkType(value.timeZone, `${path}/timeZone`, issues, 'string', 'integer', 'null');
  if (has(value, 'countryCode')) checkType(value.countryCode, `${path}/countryCode`, issues, 'string', 'null');
  if (has(value, 'countryName')) checkType(value.countryName, `${path}/countryName`, issues, 'string', 'null');
  if (has(value, 'regionCode')) checkType(value.regionCode, `${path}/regionCode`, issues, 'string', 'null');
  if (has(value, 'regionName')) checkType(value.regionName, `${path}/regionName`, issues, 'string', 'null');
  if (has(value, 'city')) checkType(value.city, `${path}/city`, issues, 'string', 'null');
  if (has(value, 'zipCode')) checkType(value.zipCode, `${path}/zipCode`, issues, 'string', 'null');
  if (has(value, 'messengerType')) checkType(value.messengerType, `${path}/messengerType`, issues, 'string', 'null');
  if (has(value, 'status')) checkType(value.status, `${path}/status`, issues, 'string', 'null');
  if (has(value, 'referer')) checkType(value.referer, `${path}/referer`, issues, 'string', 'null');
  if (has(value, 'nps')) checkType(value.nps, `${path}/nps`, issues, 'number', 'null');
  if (has(value, 'createdAt')) {
    const v = value.createdAt;
    const p = `${path}/createdAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'operatorLastMessageCreatedAt')) {
    const v = value.operatorLastMessageCreatedAt;
    const p = `${path}/operatorLastMessageCreatedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'updatedAt')) {
    const v = value.updatedAt;
    const p = `${path}/updatedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'noResponseOperatorToClient')) checkType(value.noResponseOperatorToClient, `${path}/noResponseOperatorToClient`, issues, 'boolean', 'number', 'null');
  if (has(value, 'botLastMessageCreatedAt')) {
    const v = value.botLastMessageCreatedAt;
    const p = `${path}/botLastMessageCreatedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'lastMessageCreatedAt')) {
    const v = value.lastMessageCreatedAt;
    const p = `${path}/lastMessageCreatedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'clientLastMessageCreatedAt')) {
    const v = value.clientLastMessageCreatedAt;
    const p = `${path}/clientLastMessageCreatedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'clientOnlineAt')) {
    const v = value.clientOnlineAt;
    const p = `${path}/clientOnlineAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'clientOfflineAt')) {
    const v = value.clientOfflineAt;
    const p = `${path}/clientOfflineAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'operatorAssignedAt')) {
    const v = value.operatorAssignedAt;
    const p = `${path}/operatorAssignedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'price')) checkType(value.price, `${path}/price`, issues, 'number', 'null');
  if (has(value, 'operatorDialogDuration')) checkType(value.operatorDialogDuration, `${path}/operatorDialogDuration`, issues, 'number', 'null');
  if (has(value, 'operatorFirstMessageCreatedAt')) {
    const v = value.operatorFirstMessageCreatedAt;
    const p = `${path}/operatorFirstMessageCreatedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'switchAnotherOperator')) checkType(value.switchAnotherOperator, `${path}/switchAnotherOperator`, issues, 'boolean', 'null');
  if (has(value, 'haveExternalMessage')) checkType(value.haveExternalMessage, `${path}/haveExternalMessage`, issues, 'boolean', 'null');
  if (has(value, 'botStatus')) checkType(value.botStatus, `${path}/botStatus`, issues, 'string', 'null');
  if (has(value, 'closedAt')) {
    const v = value.closedAt;
    const p = `${path}/closedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'closedByUserId')) checkType(value.closedByUserId, `${path}/closedByUserId`, issues, 'integer', 'null');
  if (has(value, 'closedByOperatorName')) checkType(value.closedByOperatorName, `${path}/closedByOperatorName`, issues, 'string', 'null');
  if (has(value, 'closedByBotId')) {
    const v = value.closedByBotId;
    const p = `${path}/closedByBotId`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isUuid(v)) issues.push(`${p}: expected uuid, got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'clientUserAgent')) checkType(value.clientUserAgent, `${path}/clientUserAgent`, issues, 'string', 'null');
  if (has(value, 'csi')) checkType(value.csi, `${path}/csi`, issues, 'number', 'null');
  if (has(value, 'csiMax')) checkType(value.csiMax, `${path}/csiMax`, issues, 'number', 'null');
  if (has(value, 'csiPercent')) checkType(value.csiPercent, `${path}/csiPercent`, issues, 'number', 'null');
  if (has(value, 'rating')) checkType(value.rating, `${path}/rating`, issues, 'number', 'null');
  if (has(value, 'fcr')) checkType(value.fcr, `${path}/fcr`, issues, 'boolean', 'number', 'null');
  if (has(value, 'operatorTimerFirstAnswer')) checkType(value.operatorTimerFirstAnswer, `${path}/operatorTimerFirstAnswer`, issues, 'integer', 'null');
  if (has(value, 'operatorTimerNextAnswers')) checkType(value.operatorTimerNextAnswers, `${path}/operatorTimerNextAnswers`, issues, 'integer', 'null');
  if (has(value, 'operatorNotFoundAt')) {
    const v = value.operatorNotFoundAt;
    const p = `${path}/operatorNotFoundAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'takenByOperatorAt')) {
    const v = value.takenByOperatorAt;
    const p = `${path}/takenByOperatorAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'isLostSession')) checkType(value.isLostSession, `${path}/isLostSession`, issues, 'boolean', 'null');
}

function validate_UserRole(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'company_id')) checkType(value.company_id, `${path}/company_id`, issues, 'integer', 'null');
}

function validate_IamFile(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
  if (has(value, 'isPrivate')) checkType(value.isPrivate, `${path}/isPrivate`, issues, 'boolean', 'null');
  if (has(value, 'createdAt')) {
    const v = value.createdAt;
    const p = `${path}/createdAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'contentType')) checkType(value.contentType, `${path}/contentType`, issues, 'string', 'null');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'baseName')) checkType(value.baseName, `${path}/baseName`, issues, 'string', 'null');
  if (has(value, 'extension')) checkType(value.extension, `${path}/extension`, issues, 'string', 'null');
  if (has(value, 'suggestedExtension')) checkType(value.suggestedExtension, `${path}/suggestedExtension`, issues, 'string', 'null');
  if (has(value, 'path')) checkType(value.path, `${path}/path`, issues, 'string', 'null');
  if (has(value, 'size')) {
    const v = value.size;
    const p = `${path}/size`;
    if (checkType(v, p, issues, 'integer', 'null') && typeof v === 'number' && v < 0) issues.push(`${p}: expected >= 0, got a number that is not`);
  }
  if (has(value, 'url')) checkType(value.url, `${path}/url`, issues, 'string', 'null');
  if (has(value, 'downloadLink')) checkType(value.downloadLink, `${path}/downloadLink`, issues, 'string', 'null');
  if (has(value, 'ownerId')) checkType(value.ownerId, `${path}/ownerId`, issues, 'integer', 'null');
}

function validate_SessionOperator(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'integer');
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'type')) checkType(value.type, `${path}/type`, issues, 'string', 'null');
  if (has(value, 'assigned_at')) {
    const v = value.assigned_at;
    const p = `${path}/assigned_at`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
}

function validate_Message(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
  if (has(value, 'authorId')) checkType(value.authorId, `${path}/authorId`, issues, 'string', 'null');
  if (has(value, 'authorType')) checkType(value.authorType, `${path}/authorType`, issues, 'string', 'null');
  if (has(value, 'authorName')) checkType(value.authorName, `${path}/authorName`, issues, 'string', 'null');
  if (has(value, 'type')) checkType(value.type, `${path}/type`, issues, 'string', 'null');
  if (has(value, 'body')) checkType(value.body, `${path}/body`, issues, 'string', 'null');
  if (has(value, 'answers')) checkType(value.answers, `${path}/answers`, issues, 'array', 'null');
  if (has(value, 'keyboard')) checkType(value.keyboard, `${path}/keyboard`, issues, 'array', 'null');
  if (has(value, 'readAt')) {
    const v = value.readAt;
    const p = `${path}/readAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'createdAt')) {
    const v = value.createdAt;
    const p = `${path}/createdAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'updatedAt')) {
    const v = value.updatedAt;
    const p = `${path}/updatedAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'sessionId')) checkType(value.sessionId, `${path}/sessionId`, issues, 'string', 'null');
  if (has(value, 'attachments')) {
    const v = value.attachments;
    const p = `${path}/attachments`;
    if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_MessageAttachment(item, `${p}/${n}`, issues));
  }
  if (has(value, 'replyTo')) validate_Message_replyTo(value.replyTo, `${path}/replyTo`, issues);
}

function validate_Message_replyTo(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object', 'null')) return;
  if (isObject(value)) {
    if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
    if (has(value, 'sessionId')) checkType(value.sessionId, `${path}/sessionId`, issues, 'string', 'null');
    if (has(value, 'userId')) checkType(value.userId, `${path}/userId`, issues, 'string', 'null');
    if (has(value, 'botId')) checkType(value.botId, `${path}/botId`, issues, 'string', 'null');
    if (has(value, 'clientId')) checkType(value.clientId, `${path}/clientId`, issues, 'string', 'null');
    if (has(value, 'body')) checkType(value.body, `${path}/body`, issues, 'string', 'null');
    if (has(value, 'authorType')) checkType(value.authorType, `${path}/authorType`, issues, 'string', 'null');
    if (has(value, 'authorName')) checkType(value.authorName, `${path}/authorName`, issues, 'string', 'null');
    if (has(value, 'type')) checkType(value.type, `${path}/type`, issues, 'string', 'null');
    if (has(value, 'createdAt')) {
      const v = value.createdAt;
      const p = `${path}/createdAt`;
      if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
    }
    if (has(value, 'attachments')) {
      const v = value.attachments;
      const p = `${path}/attachments`;
      if (checkType(v, p, issues, 'array', 'null') && Array.isArray(v)) v.forEach((item, n) => validate_MessageAttachment(item, `${p}/${n}`, issues));
    }
    if (has(value, 'answers')) checkType(value.answers, `${path}/answers`, issues, 'array', 'null');
    if (has(value, 'keyboard')) checkType(value.keyboard, `${path}/keyboard`, issues, 'array', 'null');
    if (has(value, 'actions')) checkType(value.actions, `${path}/actions`, issues, 'array', 'null');
  }
}

function validate_MessageAttachment(value: unknown, path: string, issues: string[]): void {
  if (!checkType(value, path, issues, 'object') || !isObject(value)) return;
  if (has(value, 'id')) checkType(value.id, `${path}/id`, issues, 'string', 'null');
  if (has(value, 'isPrivate')) checkType(value.isPrivate, `${path}/isPrivate`, issues, 'boolean', 'null');
  if (has(value, 'createdAt')) {
    const v = value.createdAt;
    const p = `${path}/createdAt`;
    if (checkType(v, p, issues, 'string', 'null') && typeof v === 'string' && !isDateTime(v)) issues.push(`${p}: expected date-time (RFC 3339), got a ${typeName(v)} that is not one`);
  }
  if (has(value, 'name')) checkType(value.name, `${path}/name`, issues, 'string', 'null');
  if (has(value, 'baseName')) checkType(value.baseName, `${path}/baseName`, issues, 'string', 'null');
  if (has(value, 'extension')) checkType(value.extension, `${path}/extension`, issues, 'string', 'null');
  if (has(value, 'sugestedExtension')) checkType(value.sugestedExtension, `${path}/sugestedExtension`, issues, 'string', 'null');
  if (has(value, 'path')) checkType(value.path, `${path}/path`, issues, 'string', 'null');
  if (has(value, 'size')) {
    const v = value.size;
    const p = `${path}/size`;
    if (checkType(v, p, issues, 'integer', 'null') && typeof v === 'number' && v < 0) issues.push(`${p}: expected >= 0, got a number that is not`);
  }
  if (has(value, 'url')) checkType(value.url, `${path}/url`, issues, 'string', 'null');
  if (has(value, 'downloadLink')) checkType(value.downloadLink, `${path}/downloadLink`, issues, 'string', 'null');
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

/** String length as JSON Schema counts it: code points, not UTF-16 units. */
function codePoints(text: string): number {
  return [...text].length;
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
