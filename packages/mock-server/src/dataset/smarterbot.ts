/**
 * SmarterBot's dataset: a few chatbots, their chat sessions (each with its turns) and the leads and
 * appointments captured in those sessions, served through LeadList, ChatContentHistory and
 * GetMessageCountByChatbot (specs/smarterbot/openapi.yaml).
 *
 * Vendor facts modelled here (all from the spec unless marked otherwise):
 * - Every read is a `POST` with a JSON body and every answer is the `{Data, Version, Success, Code,
 *   Message}` envelope (info.description "Quirks").
 * - Nothing pages: LeadList and ChatContentHistory return every match in one array, and the only
 *   bound is a window of whole UTC calendar days, `YYYY-MM-DD` (both operations' descriptions). So
 *   there is no page size, default or cap to honour; the oldest session still holds `records`
 *   turns, which all come back inside that one session.
 * - Timestamps carry microseconds and either `Z` or a UTC offset such as `-08:00` (`LeadRecord.
 *   CreateTime`, `ChatSessionRecord.CreateTime`); each chatbot writes its own offset here.
 * - Sessions have integer ids shared with LeadList's `SessionID` (`ChatSessionRecord.SessionID`);
 *   messages carry only `Type` (`AI`/`User`) and `Content`, no id or timestamp.
 */

import { buildSmarterBotState, type SmarterBotState } from './smarterbot/build.js';
import { SMARTERBOT_OPERATIONS } from './smarterbot/operations.js';
import type {
  SmarterBotChatMessageRecord,
  SmarterBotDatasetChatbot,
  SmarterBotDatasetLead,
  SmarterBotDatasetSession,
} from './smarterbot/records.js';
import { bodyOf, failure } from './smarterbot/wire.js';
import type { DatasetOptions, DatasetRequest, DatasetResponse, VendorDataset } from './types.js';

export type {
  SmarterBotChatMessageRecord,
  SmarterBotChatSessionRecord,
  SmarterBotDatasetChatbot,
  SmarterBotDatasetLead,
  SmarterBotDatasetSession,
  SmarterBotLeadRecord,
} from './smarterbot/records.js';

/** The SmarterBot dataset: the `VendorDataset` plus its records, read-only, for expected answers. */
export interface SmarterBotDataset extends VendorDataset {
  /**
   * The chatbots. The first three hold every session and lead; the last one is new and has no
   * history at all (the spec's `zero` and `empty` examples).
   */
  readonly chatbots: readonly SmarterBotDatasetChatbot[];
  /** `records` sessions over all chatbots, oldest first; SessionIDs increase with time. */
  readonly sessions: readonly SmarterBotDatasetSession[];
  /** `records` leads and appointments over all chatbots, oldest first. */
  readonly leads: readonly SmarterBotDatasetLead[];
  /** The turns of a session in order; `[]` for an unknown id or a session without turns. */
  messagesOf(sessionId: number): readonly SmarterBotChatMessageRecord[];
  /** The leads captured in a session, oldest first; `[]` for an unknown id. */
  leadsOf(sessionId: number): readonly SmarterBotDatasetLead[];
  /** What GetMessageCountByChatbot answers: all turns of the chatbot; `undefined` if unknown. */
  messageCountOf(serialNumber: string): number | undefined;
}

/**
 * Creates the SmarterBot dataset for a seed and size. Deterministic: timestamps derive from
 * `DATASET_EPOCH` through the seeded source, and no token or clock is involved (SmarterBot has no
 * login; `now`, `tokenTtlSeconds` and `refreshTtlSeconds` are unused).
 */
export function createSmarterBotDataset(options: DatasetOptions): SmarterBotDataset {
  const state = buildSmarterBotState(options);
  return {
    chatbots: state.chatbots,
    sessions: state.sessions,
    leads: state.leads,
    messagesOf: (sessionId) => state.sessionById.get(sessionId)?.record.Messages ?? [],
    leadsOf: (sessionId) => state.leadsBySession.get(sessionId) ?? [],
    messageCountOf: (serialNumber) => state.messageCounts.get(serialNumber),
    respond: (request) => respond(state, request),
  };
}

/** Checks the key and the body every operation needs, then answers the operation. */
function respond(state: SmarterBotState, request: DatasetRequest): DatasetResponse | undefined {
  const operation = SMARTERBOT_OPERATIONS[request.operationId];
  if (operation === undefined) return undefined;
  // The secret key travels as the bare `Authorization` value (components.securitySchemes).
  // Any key is accepted (the mock has no accounts); a missing one gets the spec's 401.
  if ((request.headers.authorization ?? '').trim() === '') {
    return failure(401, 'The secret key is missing or not valid.');
  }
  const body = bodyOf(request);
  if (body === undefined) {
    return failure(400, 'The request body must be a JSON object with a serial number.');
  }
  return operation(state, body);
}
