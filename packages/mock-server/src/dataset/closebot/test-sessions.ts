/** The bots' test sessions: `listTestSessions` and `createTestSession`. */
import type { DatasetRequest, DatasetResponse } from '../types.js';
import { sessionLead } from './conversations.js';
import type { CloseBotBotSourceRecord } from './records.js';
import type { CloseBotState } from './state.js';
import { clone, intParam, notFound, ok } from './wire.js';

/** `maxCount` of the test-session listing when none is sent (its `default`). */
const DEFAULT_TEST_SESSION_COUNT = 100;

export function listTestSessions(state: CloseBotState, request: DatasetRequest): DatasetResponse {
  const botId = request.pathParams.botId ?? '';
  const sessions = state.sessionsByBot.get(botId);
  if (!sessions) return notFound('Bot', botId, request.path);
  // Offset paging with the spec's defaults (offset 0, maxCount 100); no maximum is documented,
  // so none is applied. Oldest first (order undocumented): created sessions are appended, so an
  // offset sweep stays stable while sessions are being created.
  const offset = intParam(request.query, 'offset', 0);
  const maxCount = intParam(request.query, 'maxCount', DEFAULT_TEST_SESSION_COUNT);
  const page = clone(sessions.slice(offset, offset + maxCount));
  if (state.bareArrayBotIds.includes(botId)) return ok(page);
  return ok({ leads: page, total: sessions.length });
}

export function createTestSession(state: CloseBotState, request: DatasetRequest): DatasetResponse {
  const botId = request.pathParams.botId ?? '';
  const bot = state.botsById.get(botId);
  const sessions = state.sessionsByBot.get(botId);
  if (!bot || !sessions) return notFound('Bot', botId, request.path);
  // A fresh session has no messages yet; it belongs to the bot's first source. Ids come from
  // their own seeded stream, so the same sequence of calls yields the same sessions.
  const botSource = bot.sources[0] as CloseBotBotSourceRecord;
  const id = state.uniqueId(state.createdRandom, 'lead_', 12);
  const session = sessionLead({
    id,
    name: null,
    contactId: null,
    botId,
    source: { id: botSource.id, name: botSource.name },
    mimicSourceId: null,
    last: null,
    email: null,
  });
  sessions.push(session);
  state.sessionsById.set(id, session);
  state.messagesByLead.set(id, []);
  state.threads.set(id, {
    leadId: id,
    botId,
    sourceId: botSource.id,
    personaId: bot.personaIds[0] as string,
    channel: botSource.channelList[0] as string,
    contactMessages: 0,
    externalFields: [],
    testSession: true,
  });
  return ok({ leadId: id, sourceId: botSource.id });
}
