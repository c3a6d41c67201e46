/** The agency's bots: `listBots` and `getBot`. */
import type { DatasetRequest, DatasetResponse } from '../types.js';
import type { CloseBotState } from './state.js';
import { clone, notFound, ok } from './wire.js';

export function listBots(state: CloseBotState): DatasetResponse {
  return ok(clone(state.bots));
}

export function getBot(state: CloseBotState, request: DatasetRequest): DatasetResponse {
  const bot = state.botsById.get(request.pathParams.id ?? '');
  return bot ? ok(clone(bot)) : notFound('Bot', request.pathParams.id ?? '', request.path);
}
