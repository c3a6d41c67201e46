/** The Twin dataset's factory and the routing of each operation to its handler. */
import { createTokenIssuer, type TokenIssuer } from '../../tokens.js';
import type { DatasetOptions, DatasetRequest, DatasetResponse } from '../types.js';
import { createTwinAuth, type TwinAuth } from './auth.js';
import { badRequest, InputError } from './errors.js';
import { searchChatSessions } from './search.js';
import { getSession, listSessionMessages, listSessions } from './sessions.js';
import { createTwinState, type TwinState } from './state.js';
import type { Twin24Dataset } from './types.js';
import { currentUser } from './users.js';

/** A data operation; `user` is the email the caller's access token was issued for. */
type Handler = (state: TwinState, request: DatasetRequest, user: string) => DatasetResponse;

/** The data operations; each needs an access token from `login`. */
const HANDLERS: Readonly<Record<string, Handler>> = {
  listSessions,
  getSession,
  listSessionMessages,
  searchChatSessions,
  getCurrentUser: (state, _request, user) => currentUser(state, user),
};

/** The subject of the bearer token `authorize` accepted. */
function userOf(issuer: TokenIssuer, request: DatasetRequest): string {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const access = issuer.check(token, 'access');
  return access.state === 'invalid' ? '' : access.subject;
}

function respond(
  state: TwinState,
  auth: TwinAuth,
  issuer: TokenIssuer,
  request: DatasetRequest,
): DatasetResponse | undefined {
  if (request.operationId === 'login') return auth.login(request);
  if (request.operationId === 'refreshToken') return auth.refresh(request);
  const handler = Object.hasOwn(HANDLERS, request.operationId)
    ? HANDLERS[request.operationId]
    : undefined;
  if (!handler) return undefined;
  const denied = auth.authorize(request);
  if (denied) return denied;
  try {
    return handler(state, request, userOf(issuer, request));
  } catch (error) {
    if (error instanceof InputError) return badRequest(error);
    throw error;
  }
}

/**
 * Creates the Twin dataset: `records` chat sessions spread over the 90 days before
 * `DATASET_EPOCH`, each with 0–8 messages except the oldest, which has `records`. All sessions
 * belong to one company, the caller's. Tokens are signed with a key derived from the seed.
 */
export function createTwin24Dataset(options: DatasetOptions): Twin24Dataset {
  const state = createTwinState(options.seed, options.records);
  const issuer = createTokenIssuer(`twin24-dataset-${options.seed}`, options.now);
  const auth = createTwinAuth({
    issuer,
    tokenTtlSeconds: options.tokenTtlSeconds,
    refreshTtlSeconds: options.refreshTtlSeconds,
  });
  return {
    companyId: state.companyId,
    sessions: state.sessions.map((s) => s.session),
    searchItems: state.sessions.map((s) => s.search),
    messagesOf: (sessionId) => state.byId.get(sessionId)?.messages.map((m) => m.message) ?? [],
    auth,
    respond: (request) => respond(state, auth, issuer, request),
  };
}
