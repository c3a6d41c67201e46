import type { ApiClient, Call } from '@botbridge/core';
import type { paths } from './generated/schema.js';
import type { BotDto } from './resources/bots.js';
import type { SourceDto } from './resources/sources.js';

/**
 * What every CloseBot resource function receives: the typed client, the `call` that unwraps its
 * answers into data or typed errors, and the client's settings. Built by `createCloseBotClient`.
 * @internal
 */
export interface CloseBotContext {
  readonly api: ApiClient<paths>;
  readonly call: Call;
  /** Leads per request when `leads()` and `conversations()` page through GET /lead. */
  readonly pageSize: number;
  /** Messages asked for per time window when `messages()` reads GET /botMetric/messages. */
  readonly messagesPageSize: number;
  /**
   * Every CRM credential this client has handed out, scrubbed from errors and logs with the key.
   * Sources and bots carry CRM credentials (`SourceDto.accessToken`/`key`, `BotSourceDto.key`).
   * Property names already get them redacted from error bodies; remembering every value this client
   * has handed out also scrubs them where CloseBot echoes one in free text (a title, a URL).
   */
  readonly crmCredentials: Set<string>;
}

function remember(context: CloseBotContext, ...values: Array<string | null | undefined>): void {
  for (const value of values) {
    if (typeof value === 'string' && value !== '') context.crmCredentials.add(value);
  }
}

// Responses may break the spec (a null item, `sources` that is not an array): skip what is not
// an object rather than fail the call over a credential we only remember to scrub it.

/** Remembers the CRM credentials of a source (`accessToken`, `key`). @internal */
export function rememberSource(
  context: CloseBotContext,
  source: SourceDto | null | undefined,
): void {
  if (typeof source === 'object' && source !== null) {
    remember(context, source.accessToken, source.key);
  }
}

/** Remembers the CRM credentials of a bot's source links (`sources[].key`). @internal */
export function rememberBot(context: CloseBotContext, bot: BotDto | null | undefined): void {
  const links: unknown = typeof bot === 'object' && bot !== null ? bot.sources : undefined;
  if (!Array.isArray(links)) return;
  for (const link of links as Array<{ key?: string | null } | null>) remember(context, link?.key);
}
