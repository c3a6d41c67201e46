/** The OpenCX dataset's factory and the routing of each operation to its handler. */
import type { DatasetOptions, DatasetRequest, DatasetResponse } from '../types.js';
import { listContacts } from './contacts.js';
import { UNAUTHORIZED } from './errors.js';
import { getOrg } from './organization.js';
import {
  filterChatSessions,
  getChatSession,
  listChatHistory,
  listChatSessions,
} from './sessions.js';
import { createOpenCxState, type OpenCxState } from './state.js';
import type { OpenCxDataset } from './types.js';

type Handler = (state: OpenCxState, request: DatasetRequest) => DatasetResponse;

/** The operations this dataset answers: every operation of the spec (all reads). */
const OPERATIONS: Readonly<Record<string, Handler>> = {
  listChatSessions,
  filterChatSessions,
  getChatSession,
  listChatHistory,
  listContacts,
  getOrg,
};

function respond(state: OpenCxState, request: DatasetRequest): DatasetResponse | undefined {
  const handler = Object.hasOwn(OPERATIONS, request.operationId)
    ? OPERATIONS[request.operationId]
    : undefined;
  if (!handler) return undefined;
  // Every operation needs an API key as a bearer token (spec: `bearerAuth`); which key does
  // not matter to a mock, so any non-empty one is accepted.
  if (!/^Bearer\s+\S+/i.test(request.headers.authorization ?? '')) {
    return { status: UNAUTHORIZED.status, body: structuredClone(UNAUTHORIZED.body) };
  }
  const response = handler(state, request);
  // A copy, so nothing downstream (serializing, validating) can change the dataset.
  return { ...response, body: structuredClone(response.body) };
}

/**
 * Creates the OpenCX dataset: `options.records` chat sessions spread over the 90 days before
 * `DATASET_EPOCH`, their histories, and the contacts they share. Same seed and size, same dataset.
 */
export function createOpenCxDataset(options: DatasetOptions): OpenCxDataset {
  const state = createOpenCxState(options);
  return {
    sessions: state.sessions,
    contacts: state.contacts,
    organization: state.organization,
    historyOf: (sessionId) => state.rowById.get(sessionId.toLowerCase())?.history ?? [],
    respond: (request) => respond(state, request),
  };
}
