/**
 * Bots: GET /bot and GET /bot/{id}.
 * https://developers.closebot.com/api-reference/bot/list-bots
 */
import { argumentChecks, type CallOptions } from '@botbridge/core';
import { type CloseBotContext, rememberBot } from '../context.js';
import type { components } from '../generated/schema.js';
import { readArray, readFound } from '../normalize/envelope.js';
import { VENDOR } from '../normalize/vendor.js';

/**
 * A CloseBot bot. Its `sources[].key` is a CRM credential: do not log or display it. The fields of
 * the current docs page that the vendor's Swagger document lacks are typed too: `followUpStates`,
 * and `tagFilterConfig` and `flowVariableValues` (an open map) on `sources[]`.
 * https://developers.closebot.com/api-reference/bot/get-a-bot
 */
export type BotDto = components['schemas']['BotDto'];

/** The bot methods of `CloseBotClient`. */
export interface BotsResource {
  /** Every bot of the account. Bots embed CRM credentials (`sources[].key`): never log them. */
  listBots(options?: CallOptions): Promise<BotDto[]>;
  /**
   * One bot by id. Bots embed CRM credentials (`sources[].key`): never log them. The id
   * `nodeDescriptors` (in any case) is refused with `VendorArgumentError` before any request: that
   * path is CloseBot's node catalogue (GET /bot/nodeDescriptors), never a bot.
   */
  getBot(id: string, options?: CallOptions): Promise<BotDto>;
}

/** The literal path segment of GET /bot/nodeDescriptors, lower-cased. */
const NODE_DESCRIPTORS = 'nodedescriptors';

export async function listBots(
  context: CloseBotContext,
  options: CallOptions = {},
): Promise<BotDto[]> {
  const body = await context.call('listBots', () =>
    context.api.GET('/bot', { signal: options.signal, headers: options.headers }),
  );
  const bots = readArray(body, 'listBots');
  for (const bot of bots) rememberBot(context, bot);
  return bots;
}

export async function getBot(
  context: CloseBotContext,
  id: string,
  options: CallOptions = {},
): Promise<BotDto> {
  const check = argumentChecks(VENDOR, 'getBot');
  const botId = check.id('id', id);
  // GET /bot/nodeDescriptors is a literal route beside GET /bot/{id}, and ASP.NET matches routes
  // ignoring case: this id would read the node catalogue, not a bot (see the spec's
  // getNodeDescriptors).
  if (botId.toLowerCase() === NODE_DESCRIPTORS) {
    check.fail('id', 'a bot id (`nodeDescriptors` is the path of the node catalogue, not a bot)');
  }
  const body = await context.call('getBot', () =>
    context.api.GET('/bot/{id}', {
      params: { path: { id: botId } },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  const bot = readFound(
    body,
    'getBot',
    'bot',
    'https://developers.closebot.com/api-reference/bot/get-a-bot',
  );
  rememberBot(context, bot);
  return bot;
}
