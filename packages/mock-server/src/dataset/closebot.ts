/**
 * CloseBot's dataset: an agency with three bots and three sources (connected CRM sub-accounts),
 * `records` leads spread across them, every lead's message history, and a few test sessions per
 * bot, served through the ten operations of specs/closebot/openapi.yaml.
 *
 * Vendor facts modelled here (from the spec unless marked otherwise):
 * - A lead is its own conversation thread: `/botMetric/messages?leadId=…` is the only way to read a
 *   lead's messages (listMessages description), and the botbridge client uses the lead id as the
 *   conversation id (packages/closebot/src/normalize.ts).
 * - Timestamps are written without a UTC offset, e.g. `2026-07-22T00:49:17`, and mean UTC
 *   (info.description "Quirks"; every example). Messages are at least two seconds apart within a
 *   lead, so whole seconds always tell them apart.
 * - Four paging rules: `/lead` and `/agency/source` use a 0-based `page` and `pageSize` (default 20)
 *   with `{total, results, page, pageSize}`; `/lead/search` uses body `offset`/`count` with
 *   `{leads, total}`; test sessions use `offset`/`maxCount` (default 100); `/botMetric/messages`
 *   has no paging at all and caps an answer at 100 rows whatever `maxCount` says.
 * - Test sessions are synthetic leads (tag BotTesting): they are served by the test-session
 *   operations and by `getLead`/`listMessages`, but not by the `/lead` listing or the search, which
 *   hold the account's real contacts (our reading; the spec does not say either way).
 * - Unknown ids get 404 with problem details shaped like the spec's `BotNotFound`/`LeadNotFound`/
 *   `SourceNotFound` examples. The vendor is also seen answering some with 200 and `null`; the
 *   declared 404 is the one modelled.
 * - One bot answers its test-session listing with a bare array instead of the `{leads, total}`
 *   envelope, as observed on the real API (`TestSessionList` schema); see `bareArrayBotIds`.
 */
import { createRandom, DATASET_EPOCH, instants, person, type Random } from './random.js';
import type { DatasetOptions, DatasetRequest, DatasetResponse, VendorDataset } from './types.js';

/** A lead's short source reference (`LeadSourceDto`): note `id`, where a source says `sourceId`. */
export interface CloseBotLeadSourceRecord {
  readonly id: string;
  readonly name: string;
}

/** One contact field of a lead (`LeadFieldDto`); `value` is always a string. */
export interface CloseBotLeadFieldRecord {
  readonly field: string;
  readonly name: string;
  readonly value: string;
  /** Whether the bot extracted the value from the conversation. */
  readonly aiProduced: boolean;
}

/** A bot's state in a lead's conversation (`BotInstanceDto`). Times are naive UTC strings. */
export interface CloseBotBotInstanceRecord {
  readonly botId: string;
  /** The bot's published version; `null` on test sessions, as always observed there. */
  readonly botVersion: string | null;
  readonly followUpTimezoneKind: string | null;
  readonly followUpTimezone: string | null;
  /** When the next follow-up is due; non-null means "follow-up scheduled" for the search. */
  readonly followUpTime: string | null;
  readonly isSmartFollowUpTime: boolean;
  readonly scheduleRespondTime: string | null;
}

/** A lead exactly as `listLeads`, `searchLeads`, `getLead` and `listTestSessions` send it (`LeadDto`). */
export interface CloseBotLeadRecord {
  /** `lead_` followed by 12 upper-case base-32 characters (the shape of the spec's examples). */
  readonly id: string;
  readonly name: string | null;
  readonly contactId: string | null;
  /** Time of the lead's newest message (naive UTC), `null` when it has none. */
  readonly lastMessageTime: string | null;
  readonly lastMessage: string | null;
  /** `to_bot` or `from_bot` (the observed vocabulary), `null` without messages. */
  readonly lastMessageDirection: string | null;
  readonly lastMessageBotId: string | null;
  /** `ai_off` (the one observed value) or `null`. */
  readonly mostRecentFailureReason: string | null;
  /** Test sessions only: the source whose settings the session imitates. */
  readonly mimicSourceId: string | null;
  readonly starred: boolean;
  readonly unread: boolean;
  readonly source: CloseBotLeadSourceRecord;
  readonly wontRespondUntil: string | null;
  readonly tags: readonly string[];
  /** The fields served without `includeExternal`. */
  readonly fields: readonly CloseBotLeadFieldRecord[];
  readonly instances: readonly CloseBotBotInstanceRecord[];
}

/** A file attached to a message (`BotMetricAttachment`). */
export interface CloseBotAttachmentRecord {
  readonly url: string;
}

/** An activity shown next to a message (`BotMetricActivity`), here a tracked page visit. */
export interface CloseBotActivityRecord {
  readonly activity: string;
  readonly data: string;
  readonly timeData: string;
  readonly faviconUrl: string;
}

/** A message exactly as `listMessages` sends it (`BotMetricMessage`). */
export interface CloseBotMessageRecord {
  /** `msg_` followed by 14 upper-case base-32 characters. */
  readonly messageId: string;
  readonly sourceId: string;
  /** The lead, i.e. the conversation, the message belongs to. */
  readonly leadId: string;
  /** The lead's bot on bot messages, `null` on the contact's (as in the spec's example). */
  readonly botId: string | null;
  /** The persona the bot spoke as on bot messages, `null` on the contact's. */
  readonly personaId: string | null;
  readonly channel: string;
  readonly fromBot: boolean;
  /** `from_bot` or `to_bot`, the observed vocabulary. */
  readonly direction: string;
  readonly message: string;
  readonly attachments: readonly CloseBotAttachmentRecord[];
  /** Naive UTC with whole seconds, e.g. `2026-04-02T09:15:07`. */
  readonly timestamp: string;
  readonly activities: readonly CloseBotActivityRecord[];
}

/** A CRM tag that gates whether a bot answers a contact (`ContactTag`). */
export interface CloseBotContactTagRecord {
  readonly name: string;
  readonly approveDeny: boolean;
  readonly id: string;
}

/** One saved version of a bot (`BotVersionDto`); exactly one version per bot is published. */
export interface CloseBotBotVersionRecord {
  readonly version: string;
  readonly name: string;
  readonly published: boolean;
  readonly modifiedAt: string;
  readonly modifiedBy: string | null;
}

/** A source as embedded in a bot (`BotSourceDto`); `key` is a (fake) CRM credential. */
export interface CloseBotBotSourceRecord {
  readonly id: string;
  readonly category: string;
  readonly key: string | null;
  readonly name: string;
  readonly tags: readonly CloseBotContactTagRecord[];
  /** Channels the bot answers on for this source; a lead's channel is one of them. */
  readonly channelList: readonly string[];
  readonly personaNameOverride: string | null;
  readonly enabled: boolean;
}

/** One follow-up step of a bot (`FollowUpSequenceDto`). */
export interface CloseBotFollowUpRecord {
  readonly order: number;
  readonly duration: number;
  readonly unit: string;
}

/** A tool configured on a bot (`BotToolDto`). */
export interface CloseBotToolRecord {
  readonly id: string;
  readonly type: string;
  readonly enabled: boolean;
  readonly options: Readonly<Record<string, string | number | boolean>> | null;
}

/** A bot exactly as `listBots` and `getBot` send it (`BotDto`). */
export interface CloseBotBotRecord {
  /** `bot_` followed by 16 upper-case base-32 characters (the observed shape). */
  readonly id: string;
  readonly name: string;
  readonly modifiedAt: string;
  readonly modifiedBy: string;
  readonly versions: readonly CloseBotBotVersionRecord[];
  readonly sources: readonly CloseBotBotSourceRecord[];
  /** One persona per bot here; bot messages carry it as `personaId`. */
  readonly personaIds: readonly string[];
  readonly favorited: boolean;
  readonly locked: boolean;
  readonly reschedulingEnabled: boolean;
  readonly category: string;
  readonly folderId: string | null;
  readonly followUpActive: boolean;
  readonly followUpSequences: readonly CloseBotFollowUpRecord[];
  readonly smartFollowUp: boolean;
  readonly followUpRepeat: boolean;
  readonly followUpVarianceMinutes: number;
  readonly followUpExtraPrompt: string | null;
  readonly tools: readonly CloseBotToolRecord[];
}

/** A bot as embedded in a source (`SourceBotDto`); mirrors the bot's `CloseBotBotSourceRecord`. */
export interface CloseBotSourceBotRecord {
  readonly id: string;
  readonly botName: string;
  readonly tags: readonly CloseBotContactTagRecord[];
  readonly channels: readonly string[];
  readonly personaNameOverride: string | null;
  readonly enabled: boolean;
}

/** A weekly reply window (`SourceAvailabilityDto`): .NET weekday name and time spans. */
export interface CloseBotAvailabilityRecord {
  readonly dayOfWeekUtc: string;
  readonly startTimeUtc: string;
  readonly duration: string;
}

/** A per-channel weekly window (`BotSourceAvailabilityDto`). */
export interface CloseBotChannelAvailabilityRecord extends CloseBotAvailabilityRecord {
  readonly channel: string;
}

/** An absolute silent period (`SourceDoNotRespondWindowDto`), naive UTC bounds. */
export interface CloseBotDoNotRespondRecord {
  readonly start: string;
  readonly end: string;
}

/** A source's re-billing wallet (`SourceWalletDto`). */
export interface CloseBotWalletRecord {
  readonly reBilling: boolean;
  readonly autoRefill: boolean;
  readonly topUpAmount: number;
  readonly refillThreshold: number;
  readonly stripeCustomerId: string | null;
  readonly currency: string | null;
  readonly responseUnitCostOverride: string | null;
  readonly storageUnitCostOverride: string | null;
  readonly userUnitCostOverride: string | null;
}

/** A source exactly as `listSources` and `getSource` send it (`SourceDto`). */
export interface CloseBotSourceRecord {
  readonly agencyId: string;
  /** `src_` followed by 16 upper-case base-32 characters (the observed shape). */
  readonly sourceId: string;
  readonly name: string;
  /** `GHL`, `HubSpot` or `WebHook`. */
  readonly category: string;
  readonly key: string | null;
  /** Fake CRM token; replaced when a listing asks for `forceTokenRefresh=true`. */
  readonly accessToken: string | null;
  readonly address: string;
  readonly connected: boolean;
  readonly autoShutoff: boolean;
  readonly gracefulGoodbye: boolean;
  readonly bots: readonly CloseBotSourceBotRecord[];
  readonly accountsWithAccess: readonly string[];
  readonly isAvailabilityContactTimezone: boolean;
  readonly respondWindows: readonly CloseBotAvailabilityRecord[];
  readonly doNotRespondWindows: readonly CloseBotDoNotRespondRecord[];
  readonly botRespondWindows: readonly CloseBotChannelAvailabilityRecord[];
  readonly isBotRespondWindowsQuietHours: boolean;
  readonly summarizeAttachments: boolean;
  readonly respondToReactions: boolean;
  readonly markConversationAsUnread: boolean;
  readonly webhookCallback: string | null;
  readonly scriptInstalled: boolean;
  readonly scriptLastSeenAt: string | null;
  readonly scriptLastSeenDomain: string | null;
  readonly scriptLastSeenEndpoint: string | null;
  readonly scriptDomainAllowList: readonly string[];
  readonly wallet: CloseBotWalletRecord | null;
  readonly hubSpotOwnerId: string | null;
}

/** What the wire lead does not say about its conversation, used by the search filters. */
export interface CloseBotThread {
  readonly leadId: string;
  readonly botId: string;
  readonly sourceId: string;
  /** The persona the bot speaks as (the search's `personaIds` filter). */
  readonly personaId: string;
  /** The channel of the conversation (the search's `channels` filter). */
  readonly channel: string;
  /** Messages the contact sent (the search's `minimumResponses` filter). */
  readonly contactMessages: number;
  /** CRM fields added by `getLead?includeExternal=true`; none for webhook sources. */
  readonly externalFields: readonly CloseBotLeadFieldRecord[];
  /** True for a test session. */
  readonly testSession: boolean;
}

/** The CloseBot dataset: `respond()` plus the generated records, read-only. */
export interface CloseBotDataset extends VendorDataset {
  readonly agencyId: string;
  /** Three bots, in generation order (also the order of `listBots`). */
  readonly bots: readonly CloseBotBotRecord[];
  /** Three sources, in generation order; `listSources` sorts them (by `sourceId` by default). */
  readonly sources: readonly CloseBotSourceRecord[];
  /** The `records` leads, oldest conversation first; `leads[0]` holds `records` messages. */
  readonly leads: readonly CloseBotLeadRecord[];
  /** The same leads in the order `listLeads` and `searchLeads` return them (newest activity first). */
  readonly leadsByActivity: readonly CloseBotLeadRecord[];
  /** Every message (leads and test sessions), oldest first, ties by `messageId`. */
  readonly messages: readonly CloseBotMessageRecord[];
  /** The messages of one lead or test session, oldest first; `[]` for an unknown id. */
  messagesOf(leadId: string): readonly CloseBotMessageRecord[];
  /** A bot's test sessions in listing order (oldest first, created ones last); `[]` if unknown. */
  testSessionsOf(botId: string): readonly CloseBotLeadRecord[];
  /** The hidden facts of a lead's or test session's conversation, `undefined` if unknown. */
  threadOf(leadId: string): CloseBotThread | undefined;
  /** Bots whose test-session listing is a bare array instead of the `{leads, total}` envelope. */
  readonly bareArrayBotIds: readonly string[];
}

/**
 * Rows one `/botMetric/messages` answer holds at most, whatever `maxCount` asks: the cap the spec
 * reports as observed ("about 100"), also the answer size when `maxCount` is absent (no default is
 * documented).
 */
export const CLOSEBOT_MESSAGES_CAP = 100;

/** `pageSize` of `/lead` and `/agency/source` when none is sent (both parameters' `default`). */
const DEFAULT_PAGE_SIZE = 20;
/** `maxCount` of the test-session listing when none is sent (its `default`). */
const DEFAULT_TEST_SESSION_COUNT = 100;
/** Documented maximum `pageSize` of `/agency/source`; the server validates it, we clamp anyway. */
const SOURCE_PAGE_SIZE_CAP = 100;
/**
 * `count` of `/lead/search` when the body has none. The spec documents no default (and tells
 * clients to always send it); we use the sibling `/lead` listing's default page size, which is
 * also what the botbridge client sends by default.
 */
const DEFAULT_SEARCH_COUNT = 20;
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Naive UTC with whole seconds, as CloseBot writes timestamps: `2026-07-22T00:49:17`. */
const naive = (ms: number) => new Date(ms).toISOString().slice(0, 19);
/** Reads a naive timestamp as UTC. */
const naiveToMs = (value: string) => Date.parse(`${value}Z`);

const BOT_NAMES = [
  'Front Desk Assistant',
  'After-hours Helper',
  'Lead Qualifier',
  'Booking Concierge',
  'Win-back Bot',
  'Quote Request Bot',
] as const;
const BOT_CATEGORIES = ['booking', 'qualification', 'support', 'reactivation'] as const;
const BUSINESSES = [
  'Northside Fitness Studio',
  'Lakeview Dental Clinic',
  'Maple Street Auto Care',
  'Harbor Yoga Loft',
  'Summit Roofing Co',
  'Brightsmile Orthodontics',
  'Riverbend Pet Grooming',
  'Cedar Lane Spa',
] as const;
const STREETS = ['Example Avenue', 'Sample Road', 'Demo Street', 'Placeholder Lane'] as const;
/** One source per category the spec names (GHL, HubSpot, WebHook), so each shape is served. */
const SOURCE_CATEGORIES = ['GHL', 'HubSpot', 'WebHook'] as const;
/** Channel names observed on `/agency/source/{id}/channels` (vendor notes). */
const CHANNELS = ['SMS', 'Email', 'FB', 'IG', 'Live_Chat', 'WhatsApp'] as const;
const TIMEZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'Europe/London',
] as const;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const LEAD_TAGS = ['new lead', 'booking intent', 'price question', 'returning', 'vip'] as const;
const CONTACT_LINES = [
  'Hi, I saw your ad. Do you have any openings this week?',
  'How much does a first visit cost?',
  'Could I come in on Saturday morning?',
  'Is there parking close to you?',
  'Thanks! Anything I should bring along?',
  'Can we move it to a bit later in the day?',
  'Do you take walk-ins?',
  'That works, please book me in.',
  'What time do you close on Fridays?',
  'Is there a discount for new customers?',
] as const;
const BOT_LINES = [
  'Hi there! Happy to help. Which day suits you best?',
  'I can offer Tuesday at 10am or Thursday at 3pm. Would either of those work?',
  'You are all set. A confirmation text is on its way.',
  'The first visit is on the house, no strings attached.',
  'We are open 8am to 6pm on weekdays and 9am to 1pm on Saturdays.',
  'Just checking in: would you still like to book a visit?',
  'No problem, I have moved your appointment. See you then!',
  'There is free parking right behind the building.',
] as const;
const AI_FIELDS = [
  { field: 'preferred_time', name: 'Preferred time', values: ['Mornings', 'Evenings', 'Weekends'] },
  { field: 'service_interest', name: 'Service interest', values: ['Trial', 'Membership', 'Quote'] },
] as const;
const PIPELINE_STAGES = ['New', 'Contacted', 'Booked', 'Won', 'Lost'] as const;

/** Mutable twins of the read-only records: only this module changes them. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface MessageEntry {
  readonly record: CloseBotMessageRecord;
  /** `timestamp` in epoch milliseconds. */
  readonly at: number;
}

/**
 * Builds the CloseBot dataset for `options.seed` and `options.records`. Pure apart from the state
 * later changed by writes (`createTestSession`, `listSources?forceTokenRefresh=true`); never reads
 * the clock (`options.now` is unused: CloseBot issues no tokens).
 */
export function createCloseBotDataset(options: DatasetOptions): CloseBotDataset {
  const root = createRandom(options.seed);
  const records = Math.max(0, Math.floor(options.records));
  const used = new Set<string>();
  /** A fresh id `prefix` + `length` base-32 characters, never handed out twice. */
  const uniqueId = (random: Random, prefix: string, length: number): string => {
    for (;;) {
      const id = `${prefix}${random.base32(length)}`;
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };

  const agencyRandom = root.fork('agency');
  const agencyId = uniqueId(agencyRandom, 'agy_', 12);
  const accounts = [uniqueId(agencyRandom, 'acc_', 8), uniqueId(agencyRandom, 'acc_', 8)];
  const admins = [person(agencyRandom), person(agencyRandom)].map((p) => `${p.first} ${p.last}`);

  // --- Sources and bots, and which bot answers on which source. ---
  const sourceRandom = root.fork('sources');
  const businesses = shuffle(sourceRandom, BUSINESSES).slice(0, SOURCE_CATEGORIES.length);
  const sourceIds = SOURCE_CATEGORIES.map(() => uniqueId(sourceRandom, 'src_', 16));
  const botRandom = root.fork('bots');
  const botNames = shuffle(botRandom, BOT_NAMES).slice(0, 3);
  const botIds = botNames.map(() => uniqueId(botRandom, 'bot_', 16));
  const personaIds = botNames.map(() => uniqueId(botRandom, 'per_', 12));

  // Bot i always answers on source i, so every bot and every source has a partner; other pairs
  // are linked at random. A link carries the channels and tags of that bot on that source.
  interface Link {
    botIndex: number;
    sourceIndex: number;
    channels: string[];
    tags: CloseBotContactTagRecord[];
    personaNameOverride: string | null;
  }
  const linkRandom = root.fork('links');
  const links: Link[] = [];
  for (let b = 0; b < botIds.length; b++) {
    for (let s = 0; s < sourceIds.length; s++) {
      if (b !== s && !linkRandom.chance(0.35)) continue;
      // Webhook sources have no CRM inbox of their own: their bots answer on a custom chat channel.
      const channels =
        SOURCE_CATEGORIES[s] === 'WebHook'
          ? ['Live_Chat']
          : shuffle(linkRandom, CHANNELS).slice(0, linkRandom.int(1, 3));
      const tags: CloseBotContactTagRecord[] = [
        { name: 'new lead', approveDeny: true, id: uniqueId(linkRandom, 'tag_', 8) },
      ];
      if (linkRandom.chance(0.5)) {
        tags.push({
          name: 'do not contact',
          approveDeny: false,
          id: uniqueId(linkRandom, 'tag_', 8),
        });
      }
      const personaNameOverride = linkRandom.chance(0.4) ? person(linkRandom).first : null;
      links.push({ botIndex: b, sourceIndex: s, channels, tags, personaNameOverride });
    }
  }
  const linksOfBot = (b: number) => links.filter((link) => link.botIndex === b);
  const linksOfSource = (s: number) => links.filter((link) => link.sourceIndex === s);

  const sources: Mutable<CloseBotSourceRecord>[] = SOURCE_CATEGORIES.map((category, s) => {
    const random = sourceRandom.fork(`source:${s}`);
    const name = businesses[s] ?? `Source ${s + 1}`;
    const sourceId = sourceIds[s] as string;
    const crm = category !== 'WebHook';
    const domain = `www.${name.toLowerCase().replace(/[^a-z]+/g, '')}.example.com`;
    const scriptInstalled = random.chance(0.6);
    return {
      agencyId,
      sourceId,
      name,
      category,
      key: crm
        ? category === 'HubSpot'
          ? `hs-portal-${random.int(1_000_000, 9_999_999)}`
          : `loc-${random.base32(20)}`
        : null,
      accessToken: crm ? `example-oauth-token-${random.hex(24)}` : null,
      address: `${random.int(10, 990)} ${random.pick(STREETS)}, Springfield, IL 627${random.int(10, 99)}`,
      connected: crm ? random.chance(0.9) : false,
      autoShutoff: random.chance(0.5),
      gracefulGoodbye: random.chance(0.5),
      bots: linksOfSource(s).map((link) => ({
        id: botIds[link.botIndex] as string,
        botName: botNames[link.botIndex] as string,
        tags: link.tags,
        channels: link.channels,
        personaNameOverride: link.personaNameOverride,
        enabled: true,
      })),
      accountsWithAccess: accounts.slice(0, random.int(1, accounts.length)),
      isAvailabilityContactTimezone: random.chance(0.3),
      respondWindows: WEEKDAYS.slice(0, 5).map((dayOfWeekUtc) => ({
        dayOfWeekUtc,
        startTimeUtc: '13:00:00',
        duration: '09:00:00',
      })),
      doNotRespondWindows: random.chance(0.5)
        ? [{ start: '2026-12-24T00:00:00', end: '2026-12-26T00:00:00' }]
        : [],
      botRespondWindows: random.chance(0.4)
        ? [
            {
              dayOfWeekUtc: 'Sunday',
              startTimeUtc: '16:00:00',
              duration: '1.00:00:00',
              channel: 'SMS',
            },
          ]
        : [],
      isBotRespondWindowsQuietHours: random.chance(0.3),
      summarizeAttachments: random.chance(0.5),
      respondToReactions: random.chance(0.3),
      markConversationAsUnread: random.chance(0.5),
      webhookCallback: crm ? null : `https://hooks.example.com/closebot/${sourceId}`,
      scriptInstalled,
      scriptLastSeenAt: scriptInstalled
        ? naive(DATASET_EPOCH - random.int(1, 7 * 24) * HOUR)
        : null,
      scriptLastSeenDomain: scriptInstalled ? domain : null,
      scriptLastSeenEndpoint: scriptInstalled ? random.pick(['/', '/pricing', '/contact']) : null,
      scriptDomainAllowList: scriptInstalled ? [domain] : [],
      wallet: crm
        ? {
            reBilling: category === 'GHL',
            autoRefill: random.chance(0.5),
            topUpAmount: random.pick([0, 25, 50, 100]),
            refillThreshold: random.pick([0, 5, 10]),
            stripeCustomerId: category === 'GHL' ? `cus_${random.base32(14)}` : null,
            currency: 'usd',
            responseUnitCostOverride: random.chance(0.3) ? '0.02' : null,
            storageUnitCostOverride: null,
            userUnitCostOverride: null,
          }
        : null,
      hubSpotOwnerId: category === 'HubSpot' ? String(random.int(10_000_000, 99_999_999)) : null,
    };
  });

  const bots: CloseBotBotRecord[] = botNames.map((name, b) => {
    const random = botRandom.fork(`bot:${b}`);
    const versionCount = random.int(1, 3);
    const published = random.int(0, versionCount - 1);
    const versions = Array.from({ length: versionCount }, (_, v) => ({
      version: `1.${v}.0`,
      name: random.pick(['Launch', 'Spring promo', 'Holiday hours', 'Summer draft', 'Tone update']),
      published: v === published,
      modifiedAt: naive(DATASET_EPOCH - (120 - v * 20) * DAY + random.int(0, 20 * HOUR)),
      modifiedBy: random.chance(0.8) ? random.pick(admins) : null,
    }));
    const followUpActive = random.chance(0.8);
    return {
      id: botIds[b] as string,
      name,
      modifiedAt: (versions[versions.length - 1] as CloseBotBotVersionRecord).modifiedAt,
      modifiedBy: random.pick(admins),
      versions,
      sources: linksOfBot(b).map((link) => {
        const source = sources[link.sourceIndex] as CloseBotSourceRecord;
        return {
          id: source.sourceId,
          category: source.category,
          key: source.key,
          name: source.name,
          tags: link.tags,
          channelList: link.channels,
          personaNameOverride: link.personaNameOverride,
          enabled: true,
        };
      }),
      personaIds: [personaIds[b] as string],
      favorited: random.chance(0.4),
      // Locked means deactivated in the app (vendor notes); every bot here is live.
      locked: false,
      reschedulingEnabled: random.chance(0.6),
      category: random.pick(BOT_CATEGORIES),
      folderId: random.chance(0.5) ? uniqueId(random, 'fld_', 8) : null,
      followUpActive,
      followUpSequences: followUpActive
        ? [
            { order: 0, duration: random.pick([30, 60, 120]), unit: 'minutes' },
            { order: 1, duration: random.int(1, 3), unit: 'days' },
          ]
        : [],
      smartFollowUp: random.chance(0.5),
      followUpRepeat: random.chance(0.3),
      followUpVarianceMinutes: random.pick([0, 10, 15]),
      followUpExtraPrompt: random.chance(0.4) ? 'Mention the free first visit.' : null,
      tools: [
        {
          id: uniqueId(random, 'tool_', 6),
          type: 'calendar',
          enabled: true,
          options: { calendarId: `cal_${random.base32(8)}`, bufferMinutes: 15 },
        },
        ...(random.chance(0.5)
          ? [{ id: uniqueId(random, 'tool_', 6), type: 'webhook', enabled: false, options: null }]
          : []),
      ],
    };
  });
  const publishedVersion = (bot: CloseBotBotRecord) =>
    bot.versions.find((version) => version.published)?.version ?? null;

  // --- Leads and their conversations. ---
  const entries: MessageEntry[] = [];
  const messagesByLead = new Map<string, MessageEntry[]>();
  const threads = new Map<string, CloseBotThread>();

  /**
   * `count` messages of one conversation from `startAt` on: the contact writes first, then the
   * turns mostly alternate. Gaps are whole seconds, at least 2 s and at most `maxGap` s, so within
   * a lead no two messages share a second and no message falls after `DATASET_EPOCH` (unless a
   * conversation starts too close to it to fit, when 2 s gaps are kept regardless).
   */
  function conversation(
    random: Random,
    thread: Omit<CloseBotThread, 'contactMessages' | 'externalFields' | 'testSession'>,
    startAt: number,
    count: number,
    maxGapSeconds: number,
  ): MessageEntry[] {
    const gapLimit = Math.max(
      2,
      Math.min(maxGapSeconds, Math.floor((DATASET_EPOCH - startAt) / SECOND / (count + 1))),
    );
    const out: MessageEntry[] = [];
    let at = Math.floor(startAt / SECOND) * SECOND;
    let fromBot = false;
    for (let k = 0; k < count; k++) {
      if (k > 0) {
        at += random.int(2, gapLimit) * SECOND;
        fromBot = random.chance(0.75) ? !fromBot : fromBot;
      }
      const messageId = uniqueId(random, 'msg_', 14);
      const attachments =
        !fromBot && random.chance(0.08)
          ? [{ url: `https://files.example.com/attachments/${messageId.toLowerCase()}.jpg` }]
          : [];
      const activities =
        !fromBot && random.chance(0.06)
          ? [
              {
                activity: 'page_visit',
                data: `https://www.example.com/${random.pick(['pricing', 'contact', 'book'])}`,
                timeData: naive(at - random.int(30, 600) * SECOND),
                faviconUrl: 'https://www.example.com/favicon.ico',
              },
            ]
          : [];
      const record: CloseBotMessageRecord = {
        messageId,
        sourceId: thread.sourceId,
        leadId: thread.leadId,
        botId: fromBot ? thread.botId : null,
        personaId: fromBot ? thread.personaId : null,
        channel: thread.channel,
        fromBot,
        direction: fromBot ? 'from_bot' : 'to_bot',
        message: random.pick(fromBot ? BOT_LINES : CONTACT_LINES),
        attachments,
        timestamp: naive(at),
        activities,
      };
      out.push({ record, at });
    }
    return out;
  }

  /** Registers a conversation's messages and hidden facts. */
  function register(thread: CloseBotThread, messages: MessageEntry[]) {
    messagesByLead.set(thread.leadId, messages);
    threads.set(thread.leadId, thread);
    entries.push(...messages);
  }

  const leadStarts = instants(root.fork('lead-starts'), records);
  const leads: CloseBotLeadRecord[] = leadStarts.map((startAt, i) => {
    const random = root.fork(`lead:${i}`);
    const sourceIndex = random.int(0, sources.length - 1);
    const source = sources[sourceIndex] as CloseBotSourceRecord;
    const link = random.pick(linksOfSource(sourceIndex));
    const bot = bots[link.botIndex] as CloseBotBotRecord;
    const who = person(random);
    const id = uniqueId(random, 'lead_', 12);
    const base = {
      leadId: id,
      botId: bot.id,
      sourceId: source.sourceId,
      personaId: bot.personaIds[0] as string,
      channel: random.pick(link.channels),
    };
    // The oldest conversation holds `records` messages so that message reads span many windows;
    // its gaps shrink to fit them all before the epoch. The others hold 0–8, up to 15 min apart.
    const messages = conversation(random, base, startAt, i === 0 ? records : random.int(0, 8), 900);
    const last = messages[messages.length - 1];
    const fields: CloseBotLeadFieldRecord[] = [
      { field: 'email', name: 'Email', value: who.email, aiProduced: false },
      { field: 'phone', name: 'Phone', value: who.phone, aiProduced: random.chance(0.2) },
      { field: 'first_name', name: 'First Name', value: who.first, aiProduced: false },
    ];
    if (messages.length > 2 && random.chance(0.5)) {
      const extra = random.pick(AI_FIELDS);
      fields.push({
        field: extra.field,
        name: extra.name,
        value: random.pick(extra.values),
        aiProduced: true,
      });
    }
    const externalFields: CloseBotLeadFieldRecord[] =
      source.category === 'WebHook'
        ? []
        : [
            {
              field: 'pipeline_stage',
              name: 'Pipeline stage',
              value: random.pick(PIPELINE_STAGES),
              aiProduced: false,
            },
          ];
    const followUp =
      last !== undefined && bot.followUpActive && random.chance(0.45)
        ? naive(last.at + random.int(1, 3) * DAY)
        : null;
    register(
      {
        ...base,
        contactMessages: messages.filter((m) => !m.record.fromBot).length,
        externalFields,
        testSession: false,
      },
      messages,
    );
    return {
      id,
      name: random.chance(0.92) ? `${who.first} ${who.last}` : null,
      contactId: `crm-contact-${random.base32(10).toLowerCase()}`,
      lastMessageTime: last ? last.record.timestamp : null,
      lastMessage: last ? last.record.message : null,
      lastMessageDirection: last ? last.record.direction : null,
      lastMessageBotId: last ? bot.id : null,
      mostRecentFailureReason: random.chance(0.06) ? 'ai_off' : null,
      mimicSourceId: null,
      starred: random.chance(0.15),
      unread: last?.record.fromBot === false && random.chance(0.6),
      source: { id: source.sourceId, name: source.name },
      wontRespondUntil: last && random.chance(0.1) ? naive(last.at + 6 * HOUR) : null,
      tags: shuffle(random, LEAD_TAGS).slice(0, random.int(0, 2)),
      fields,
      instances: [
        {
          botId: bot.id,
          botVersion: publishedVersion(bot),
          followUpTimezoneKind: random.pick(['contact', 'source']),
          followUpTimezone: random.pick(TIMEZONES),
          followUpTime: followUp,
          isSmartFollowUpTime: followUp !== null && bot.smartFollowUp,
          scheduleRespondTime:
            last?.record.fromBot === false && random.chance(0.3)
              ? naive(last.at + random.int(20, 90) * SECOND)
              : null,
        },
      ],
    };
  });
  const leadsById = new Map(leads.map((lead) => [lead.id, lead]));

  // Newest activity first, as a third-party client describes CloseBot's lead listing (the spec
  // calls the order undocumented); leads without messages come last. Ties go by id, so pages are
  // stable. Naive timestamps of one format sort correctly as strings.
  const leadsByActivity = [...leads].sort((a, b) => {
    if (a.lastMessageTime !== b.lastMessageTime) {
      if (a.lastMessageTime === null) return 1;
      if (b.lastMessageTime === null) return -1;
      return a.lastMessageTime < b.lastMessageTime ? 1 : -1;
    }
    return compareIds(a.id, b.id);
  });

  // --- Test sessions: 2–4 synthetic leads per bot, started in the last week. ---
  const sessionsByBot = new Map<string, CloseBotLeadRecord[]>();
  const sessionsById = new Map<string, CloseBotLeadRecord>();
  const sessionRandom = root.fork('sessions');
  bots.forEach((bot, b) => {
    const count = sessionRandom.int(2, 4);
    const starts = instants(sessionRandom.fork(`starts:${b}`), count, 7);
    const list = starts.map((startAt, j) => {
      const random = sessionRandom.fork(`session:${b}:${j}`);
      const botSource = random.pick(bot.sources);
      const id = uniqueId(random, 'lead_', 12);
      const who = person(random);
      const base = {
        leadId: id,
        botId: bot.id,
        sourceId: botSource.id,
        personaId: bot.personaIds[0] as string,
        channel: botSource.channelList[0] as string,
      };
      const messages = conversation(random, base, startAt, random.int(0, 3), 120);
      const last = messages[messages.length - 1];
      register(
        {
          ...base,
          contactMessages: messages.filter((m) => !m.record.fromBot).length,
          externalFields: [],
          testSession: true,
        },
        messages,
      );
      return sessionLead({
        id,
        name: `${who.first} Tester`,
        contactId: `crm-contact-${random.base32(10).toLowerCase()}`,
        botId: bot.id,
        source: { id: botSource.id, name: botSource.name },
        mimicSourceId: random.chance(0.5) ? botSource.id : null,
        last: last?.record ?? null,
        email: who.email,
      });
    });
    sessionsByBot.set(bot.id, list);
    for (const session of list) sessionsById.set(session.id, session);
  });
  // The bot observed answering with a bare array is modelled by the last bot (TestSessionList).
  const bareArrayBotIds = bots.slice(-1).map((bot) => bot.id);

  // Every message, oldest first; the listing reads it backwards (newest first).
  entries.sort((a, b) => a.at - b.at || compareIds(a.record.messageId, b.record.messageId));
  const messages = entries.map((entry) => entry.record);
  const botsById = new Map(bots.map((bot) => [bot.id, bot]));
  const sourcesById = new Map(sources.map((source) => [source.sourceId, source]));
  const createdRandom = root.fork('created-sessions');
  const refreshRandom = root.fork('token-refresh');

  // --- Operations. ---

  function listTestSessions(request: DatasetRequest): DatasetResponse {
    const botId = request.pathParams.botId ?? '';
    const sessions = sessionsByBot.get(botId);
    if (!sessions) return notFound('Bot', botId, request.path);
    // Offset paging with the spec's defaults (offset 0, maxCount 100); no maximum is documented,
    // so none is applied. Oldest first (order undocumented): created sessions are appended, so an
    // offset sweep stays stable while sessions are being created.
    const offset = intParam(request.query, 'offset', 0);
    const maxCount = intParam(request.query, 'maxCount', DEFAULT_TEST_SESSION_COUNT);
    const page = clone(sessions.slice(offset, offset + maxCount));
    if (bareArrayBotIds.includes(botId)) return ok(page);
    return ok({ leads: page, total: sessions.length });
  }

  function createTestSession(request: DatasetRequest): DatasetResponse {
    const botId = request.pathParams.botId ?? '';
    const bot = botsById.get(botId);
    const sessions = sessionsByBot.get(botId);
    if (!bot || !sessions) return notFound('Bot', botId, request.path);
    // A fresh session has no messages yet; it belongs to the bot's first source. Ids come from
    // their own seeded stream, so the same sequence of calls yields the same sessions.
    const botSource = bot.sources[0] as CloseBotBotSourceRecord;
    const id = uniqueId(createdRandom, 'lead_', 12);
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
    sessionsById.set(id, session);
    messagesByLead.set(id, []);
    threads.set(id, {
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

  function listLeads(request: DatasetRequest): DatasetResponse {
    const page = intParam(request.query, 'page', 0);
    // No maximum is documented for leads, so none is applied (the spec declares none either).
    const pageSize = intParam(request.query, 'pageSize', DEFAULT_PAGE_SIZE);
    const sourceId = request.query.get('sourceId');
    const leadId = request.query.get('leadId');
    // Both filters are exact matches; `leadId` narrows the listing to that one lead (the spec's
    // reading of an otherwise undescribed parameter). Test sessions are not part of this listing.
    const matching = leadsByActivity.filter(
      (lead) =>
        (sourceId === null || lead.source.id === sourceId) &&
        (leadId === null || lead.id === leadId),
    );
    return ok({
      total: matching.length,
      page,
      pageSize,
      results: pageResults(matching, page, pageSize),
    });
  }

  function searchLeads(request: DatasetRequest): DatasetResponse {
    const body = isObject(request.body) ? request.body : {};
    const offset = optionalInt(body.offset) ?? 0;
    const count = optionalInt(body.count) ?? DEFAULT_SEARCH_COUNT;
    const text = typeof body.search === 'string' ? body.search.trim().toLowerCase() : '';
    const sourceIds = stringList(body.sourceIds);
    const channels = stringList(body.channels);
    const wantedBots = stringList(body.botIds);
    const wantedPersonas = stringList(body.personaIds);
    const minimumResponses = optionalInt(body.minimumResponses);
    const direction = directionFilter(body.lastMessageDirection);
    const followUpScheduled =
      typeof body.followUpScheduled === 'boolean' ? body.followUpScheduled : undefined;
    // Every filter narrows (AND); an empty or null list means "any" (SearchQueryInput).
    const matching = leadsByActivity.filter((lead) => {
      const thread = threads.get(lead.id) as CloseBotThread;
      if (text !== '' && !searchText(lead).includes(text)) return false;
      if (sourceIds && !sourceIds.has(lead.source.id)) return false;
      if (channels && !channels.has(thread.channel)) return false;
      if (wantedBots && !lead.instances.some((instance) => wantedBots.has(instance.botId))) {
        return false;
      }
      if (wantedPersonas && !wantedPersonas.has(thread.personaId)) return false;
      if (minimumResponses !== undefined && thread.contactMessages < minimumResponses) return false;
      if (direction !== undefined && lead.lastMessageDirection !== direction) return false;
      if (followUpScheduled !== undefined) {
        const scheduled = lead.instances.some((instance) => instance.followUpTime !== null);
        if (scheduled !== followUpScheduled) return false;
      }
      return true;
    });
    if (body.totalOnly === true) return ok({ leads: null, total: matching.length });
    return ok({ leads: clone(matching.slice(offset, offset + count)), total: matching.length });
  }

  function getLead(request: DatasetRequest): DatasetResponse {
    const leadId = request.pathParams.leadId ?? '';
    const lead = leadsById.get(leadId) ?? sessionsById.get(leadId);
    if (!lead) return notFound('Lead', leadId, request.path);
    const body = clone(lead);
    // `includeExternal=true` adds the fields fetched live from the connected CRM (getLead).
    if (request.query.get('includeExternal') === 'true') {
      body.fields = [...body.fields, ...clone(threads.get(leadId)?.externalFields ?? [])];
    }
    return ok(body);
  }

  function listMessages(request: DatasetRequest): DatasetResponse {
    const leadId = request.query.get('leadId');
    const sourceId = request.query.get('sourceId');
    const start = timeParam(request.query, 'start');
    const end = timeParam(request.query, 'end');
    // Whether the bounds are inclusive is undocumented; we use a half-open window [start, end),
    // so adjacent windows tile time without a message appearing in both. An end before the start
    // yields [], as observed on a sibling endpoint (the `end` parameter).
    const maxCount = Math.min(
      optionalInt(request.query.get('maxCount')) ?? CLOSEBOT_MESSAGES_CAP,
      CLOSEBOT_MESSAGES_CAP,
    );
    // Newest first, and truncation keeps the newest rows: the spec's paging advice (move `end`
    // back to the oldest timestamp received) presumes exactly that.
    const pool = leadId === null ? entries : (messagesByLead.get(leadId) ?? []);
    const rows: CloseBotMessageRecord[] = [];
    for (let k = pool.length - 1; k >= 0 && rows.length < maxCount; k--) {
      const entry = pool[k] as MessageEntry;
      if (start !== undefined && entry.at < start) continue;
      if (end !== undefined && entry.at >= end) continue;
      if (sourceId !== null && entry.record.sourceId !== sourceId) continue;
      rows.push(entry.record);
    }
    return ok(clone(rows));
  }

  function listSources(request: DatasetRequest): DatasetResponse {
    const page = intParam(request.query, 'page', 0);
    // The spec declares `maximum: 100` (the server rejects more); clamp too, as the vendor would.
    const pageSize = Math.min(
      intParam(request.query, 'pageSize', DEFAULT_PAGE_SIZE),
      SOURCE_PAGE_SIZE_CAP,
    );
    const text = (request.query.get('query') ?? '').trim().toLowerCase();
    const category = request.query.get('category')?.toLowerCase();
    // `query` matches a part of the name and `category` the whole category, both ignoring case
    // (the spec gives no rule; category spellings such as `WebHook` vary in the vendor's docs).
    const matching = sources
      .filter((source) => text === '' || source.name.toLowerCase().includes(text))
      .filter((source) => category === undefined || source.category.toLowerCase() === category)
      .sort(sourceOrder(request.query.get('order')));
    const results = pageResults(matching, page, pageSize);
    // `forceTokenRefresh` refreshes the CRM tokens of the returned sources, a side effect that
    // later reads see (listSources description).
    if (request.query.get('forceTokenRefresh') === 'true' && results) {
      for (const row of results) {
        const source = sourcesById.get(row.sourceId);
        if (source?.accessToken) {
          source.accessToken = `example-oauth-token-${refreshRandom.hex(24)}`;
          row.accessToken = source.accessToken;
        }
      }
    }
    return ok({ total: matching.length, page, pageSize, results });
  }

  return {
    agencyId,
    bots,
    sources,
    leads,
    leadsByActivity,
    messages,
    messagesOf: (leadId) => (messagesByLead.get(leadId) ?? []).map((entry) => entry.record),
    testSessionsOf: (botId) => [...(sessionsByBot.get(botId) ?? [])],
    threadOf: (leadId) => threads.get(leadId),
    bareArrayBotIds,
    respond(request) {
      switch (request.operationId) {
        case 'listTestSessions':
          return listTestSessions(request);
        case 'createTestSession':
          return createTestSession(request);
        case 'listLeads':
          return listLeads(request);
        case 'searchLeads':
          return searchLeads(request);
        case 'getLead':
          return getLead(request);
        case 'listMessages':
          return listMessages(request);
        case 'listBots':
          return ok(clone(bots));
        case 'getBot': {
          const bot = botsById.get(request.pathParams.id ?? '');
          return bot ? ok(clone(bot)) : notFound('Bot', request.pathParams.id ?? '', request.path);
        }
        case 'listSources':
          return listSources(request);
        case 'getSource': {
          const source = sourcesById.get(request.pathParams.id ?? '');
          return source
            ? ok(clone(source))
            : notFound('Source', request.pathParams.id ?? '', request.path);
        }
        default:
          return undefined;
      }
    },
  };
}

/** A test-session lead: tagged, never starred, and its bot instance has a null `botVersion`. */
function sessionLead(facts: {
  id: string;
  name: string | null;
  contactId: string | null;
  botId: string;
  source: CloseBotLeadSourceRecord;
  mimicSourceId: string | null;
  last: CloseBotMessageRecord | null;
  email: string | null;
}): CloseBotLeadRecord {
  const { last } = facts;
  return {
    id: facts.id,
    name: facts.name,
    contactId: facts.contactId,
    lastMessageTime: last ? last.timestamp : null,
    lastMessage: last ? last.message : null,
    lastMessageDirection: last ? last.direction : null,
    lastMessageBotId: last ? facts.botId : null,
    mostRecentFailureReason: null,
    mimicSourceId: facts.mimicSourceId,
    starred: false,
    unread: last?.fromBot === false,
    source: facts.source,
    wontRespondUntil: null,
    tags: ['test session'],
    fields:
      facts.email === null
        ? []
        : [{ field: 'email', name: 'Email', value: facts.email, aiProduced: false }],
    // `botVersion` was null on every observed test-session row (listTestSessions description).
    instances: [
      {
        botId: facts.botId,
        botVersion: null,
        followUpTimezoneKind: null,
        followUpTimezone: null,
        followUpTime: null,
        isSmartFollowUpTime: false,
        scheduleRespondTime: null,
      },
    ],
  };
}

/** The text a free-text search looks in: name, CRM contact id, field values and tags. */
function searchText(lead: CloseBotLeadRecord): string {
  return [lead.name ?? '', lead.contactId ?? '', ...lead.fields.map((f) => f.value), ...lead.tags]
    .join('\n')
    .toLowerCase();
}

/**
 * The `lastMessageDirection` to match, ignoring case. The docs' `inbound`/`outbound` are read as
 * the observed `to_bot`/`from_bot`, since the spec says both vocabularies are in use.
 */
function directionFilter(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const word = value.trim().toLowerCase();
  return word === 'inbound' ? 'to_bot' : word === 'outbound' ? 'from_bot' : word;
}

/**
 * The comparator of a source listing's `order` (`+field` ascending, `-field` descending; default
 * `+id`, the spec's `default`). `id` means `sourceId`; other fields are any scalar `SourceDto`
 * property, matched ignoring case; an unknown field falls back to `id` (the vendor documents no
 * list of sortable fields). Ties always go by `sourceId`, so pages are stable.
 */
function sourceOrder(
  order: string | null,
): (a: CloseBotSourceRecord, b: CloseBotSourceRecord) => number {
  const match = /^([+-])(\w+)$/.exec(order ?? '+id');
  const descending = match?.[1] === '-';
  const wanted = (match?.[2] ?? 'id').toLowerCase();
  const field =
    wanted === 'id'
      ? 'sourceId'
      : (SORTABLE_SOURCE_FIELDS.find((name) => name.toLowerCase() === wanted) ?? 'sourceId');
  return (a, b) => {
    const primary = compareValues(a[field], b[field]);
    const byId = compareIds(a.sourceId, b.sourceId);
    return (descending ? -primary : primary) || (descending ? -byId : byId);
  };
}

const SORTABLE_SOURCE_FIELDS = [
  'sourceId',
  'name',
  'category',
  'address',
  'connected',
  'autoShutoff',
  'gracefulGoodbye',
  'scriptInstalled',
  'scriptLastSeenAt',
] as const satisfies readonly (keyof CloseBotSourceRecord)[];

/** Orders strings, booleans and nulls (nulls last). */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return String(a) < String(b) ? -1 : 1;
}

/** Ordinal string order (not locale-aware), so every machine sorts the same way. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One page of a `page`/`pageSize` listing. `results` is `null` when nothing matches at all (the
 * spec's `noLeads`/`noSources` examples) and `[]` past the last page (`emptyPage`).
 */
function pageResults<T>(
  rows: readonly T[],
  page: number,
  pageSize: number,
): DeepMutable<T>[] | null {
  if (rows.length === 0) return null;
  return clone(rows.slice(page * pageSize, (page + 1) * pageSize));
}

/** A 200 JSON answer. */
function ok(body: unknown): DatasetResponse {
  return { status: 200, headers: { 'content-type': 'application/json' }, body };
}

/**
 * CloseBot's 404: ASP.NET problem details, shaped like the spec's `BotNotFound`, `LeadNotFound`
 * and `SourceNotFound` examples, with `instance` the request path.
 */
function notFound(what: 'Bot' | 'Lead' | 'Source', id: string, path: string): DatasetResponse {
  return {
    status: 404,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
      title: 'Not Found',
      status: 404,
      detail: `${what} ${id} was not found.`,
      instance: path,
    },
  };
}

/** An integer query parameter, or `fallback` when absent (the server has validated its type). */
function intParam(query: URLSearchParams, name: string, fallback: number): number {
  return optionalInt(query.get(name)) ?? fallback;
}

/** An integer from a query string or a JSON value; `undefined` when absent, null or not one. */
function optionalInt(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}

/** A date-time query parameter in epoch milliseconds (naive values read as UTC). */
function timeParam(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  const parsed = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? Date.parse(value) : naiveToMs(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** A list filter of the search body; `undefined` (no filter) for null, absent or empty lists. */
function stringList(value: unknown): Set<string> | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return new Set(value.filter((item): item is string => typeof item === 'string'));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy with mutable types, so answers never share objects with the dataset's state. */
function clone<T>(value: T): DeepMutable<T> {
  return structuredClone(value) as DeepMutable<T>;
}

type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** A seeded Fisher–Yates shuffle of a copy. */
function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
