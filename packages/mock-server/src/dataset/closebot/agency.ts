/**
 * The agency's sources and bots, and which bot answers on which source. Every value is drawn from
 * the seed's streams in a fixed order, so the same seed always yields the same records.
 */
import { DATASET_EPOCH, person, type Random } from '../random.js';
import type {
  CloseBotAgencyRecord,
  CloseBotBotRecord,
  CloseBotBotVersionRecord,
  CloseBotContactTagRecord,
  CloseBotFollowUpRecord,
  CloseBotFollowUpStateRecord,
  CloseBotSourceRecord,
  CloseBotTagFilterConfigRecord,
  CloseBotToolRecord,
  CloseBotWalletRecord,
} from './records.js';
import { type Mutable, shuffle, type UniqueId } from './state.js';
import {
  BOT_CATEGORIES,
  BOT_NAMES,
  BUSINESSES,
  CHANNELS,
  SOURCE_CATEGORIES,
  STREETS,
  WEEKDAYS,
} from './vocabulary.js';
import { DAY, HOUR, naive } from './wire.js';

/** One bot answering on one source, with the channels and tags of that bot on that source. */
export interface CloseBotLink {
  readonly botIndex: number;
  readonly sourceIndex: number;
  readonly channels: string[];
  readonly tags: CloseBotContactTagRecord[];
  readonly personaNameOverride: string | null;
}

/** The agency's records; indexes into `bots` and `sources` are the links' indexes. */
export interface CloseBotAgency {
  readonly agencyId: string;
  /** The agency itself, as `getCurrentAgency` answers it. */
  readonly agency: CloseBotAgencyRecord;
  readonly sources: Mutable<CloseBotSourceRecord>[];
  readonly bots: CloseBotBotRecord[];
  readonly links: readonly CloseBotLink[];
}

/** What the sources and bots are built from, drawn before either of them. */
interface AgencyPlan {
  readonly uniqueId: UniqueId;
  readonly agencyId: string;
  /** Account ids of the agency's users. */
  readonly accounts: readonly string[];
  /** Display names of the agency's admins, who edit the bots. */
  readonly admins: readonly string[];
  readonly businesses: readonly string[];
  readonly sourceIds: readonly string[];
  readonly botNames: readonly string[];
  readonly botIds: readonly string[];
  readonly personaIds: readonly string[];
  readonly links: readonly CloseBotLink[];
}

/** Generates the agency: three sources, one per category, and three bots linked to them. */
export function generateAgency(root: Random, uniqueId: UniqueId): CloseBotAgency {
  const agencyRandom = root.fork('agency');
  const agencyId = uniqueId(agencyRandom, 'agy_', 12);
  const accounts = [uniqueId(agencyRandom, 'acc_', 8), uniqueId(agencyRandom, 'acc_', 8)];
  const admins = [person(agencyRandom), person(agencyRandom)].map((p) => `${p.first} ${p.last}`);

  const sourceRandom = root.fork('sources');
  const businesses = shuffle(sourceRandom, BUSINESSES).slice(0, SOURCE_CATEGORIES.length);
  const sourceIds = SOURCE_CATEGORIES.map(() => uniqueId(sourceRandom, 'src_', 16));
  const botRandom = root.fork('bots');
  const botNames = shuffle(botRandom, BOT_NAMES).slice(0, 3);
  const botIds = botNames.map(() => uniqueId(botRandom, 'bot_', 16));
  const personaIds = botNames.map(() => uniqueId(botRandom, 'per_', 12));
  const links = generateLinks(root.fork('links'), uniqueId, botIds.length, sourceIds.length);

  const plan: AgencyPlan = {
    uniqueId,
    agencyId,
    accounts,
    admins,
    businesses,
    sourceIds,
    botNames,
    botIds,
    personaIds,
    links,
  };
  const sources = SOURCE_CATEGORIES.map((category, s) =>
    sourceRecord(plan, sourceRandom.fork(`source:${s}`), category, s),
  );
  const bots = botNames.map((name, b) =>
    botRecord(plan, botRandom.fork(`bot:${b}`), sources, name, b),
  );
  return { agencyId, agency: agencyRecord(plan), sources, bots, links };
}

/** The agency's name: one for every seed, so drawing it takes nothing from the seed's streams. */
const AGENCY_NAME = 'Springfield Growth Partners';

/**
 * The agency as `getCurrentAgency` answers it: its users are the accounts with access to its
 * sources, named after the admins who edit its bots. Built from the plan alone (no draws), so the
 * records generated before this read existed are unchanged.
 */
function agencyRecord(plan: AgencyPlan): CloseBotAgencyRecord {
  return {
    id: plan.agencyId,
    name: AGENCY_NAME,
    members: plan.accounts.map((accountId, i) => {
      const name = plan.admins[i] ?? `User ${i + 1}`;
      return {
        accountId,
        role: i === 0 ? 'owner' : 'member',
        authId: `auth_${accountId.slice('acc_'.length).toLowerCase()}`,
        name,
        email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
        status: 'active',
      };
    }),
  };
}

/**
 * A link's tags as rules (`TagFilterConfigDto`, newer docs): one group, every tag a rule, `present`
 * for an approved tag and `absent` for a denied one. The words are ours: the vendor documents none.
 */
function tagFilterConfig(tags: readonly CloseBotContactTagRecord[]): CloseBotTagFilterConfigRecord {
  return {
    operator: 'and',
    groups: [
      {
        operator: 'and',
        rules: tags.map((tag) => ({
          tagName: tag.name,
          tagId: tag.id,
          condition: tag.approveDeny ? 'present' : 'absent',
        })),
      },
    ],
  };
}

/** A bot's follow-up plans (newer docs): its sequences as the one default plan, if any. */
function followUpStates(
  b: number,
  sequences: readonly CloseBotFollowUpRecord[],
  repeatFinal: boolean,
  extraPrompt: string | null,
): CloseBotFollowUpStateRecord[] {
  if (sequences.length === 0) return [];
  return [
    { id: b + 1, name: 'Default', isDefault: true, sequences, repeatFinal, extraPrompt, order: 0 },
  ];
}

/** The links of one bot, in source order. */
function linksOfBot(links: readonly CloseBotLink[], b: number): CloseBotLink[] {
  return links.filter((link) => link.botIndex === b);
}

/** The links of one source, in bot order. */
export function linksOfSource(links: readonly CloseBotLink[], s: number): CloseBotLink[] {
  return links.filter((link) => link.sourceIndex === s);
}

/**
 * Bot i always answers on source i, so every bot and every source has a partner; other pairs
 * are linked at random.
 */
function generateLinks(
  linkRandom: Random,
  uniqueId: UniqueId,
  botCount: number,
  sourceCount: number,
): CloseBotLink[] {
  const links: CloseBotLink[] = [];
  for (let b = 0; b < botCount; b++) {
    for (let s = 0; s < sourceCount; s++) {
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
  return links;
}

/** Source `s` of the agency, drawn from its own stream `random`. */
function sourceRecord(
  plan: AgencyPlan,
  random: Random,
  category: (typeof SOURCE_CATEGORIES)[number],
  s: number,
): Mutable<CloseBotSourceRecord> {
  const name = plan.businesses[s] ?? `Source ${s + 1}`;
  const sourceId = plan.sourceIds[s] as string;
  const crm = category !== 'WebHook';
  const domain = `www.${name.toLowerCase().replace(/[^a-z]+/g, '')}.example.com`;
  const scriptInstalled = random.chance(0.6);
  return {
    agencyId: plan.agencyId,
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
    bots: linksOfSource(plan.links, s).map((link) => ({
      id: plan.botIds[link.botIndex] as string,
      botName: plan.botNames[link.botIndex] as string,
      tags: link.tags,
      tagFilterConfig: tagFilterConfig(link.tags),
      channels: link.channels,
      personaNameOverride: link.personaNameOverride,
      enabled: true,
    })),
    accountsWithAccess: plan.accounts.slice(0, random.int(1, plan.accounts.length)),
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
    scriptLastSeenAt: scriptInstalled ? naive(DATASET_EPOCH - random.int(1, 7 * 24) * HOUR) : null,
    scriptLastSeenDomain: scriptInstalled ? domain : null,
    scriptLastSeenEndpoint: scriptInstalled ? random.pick(['/', '/pricing', '/contact']) : null,
    scriptDomainAllowList: scriptInstalled ? [domain] : [],
    wallet: crm ? sourceWallet(random, category) : null,
    hubSpotOwnerId: category === 'HubSpot' ? String(random.int(10_000_000, 99_999_999)) : null,
  };
}

/** The re-billing wallet of a CRM source; only GHL sources re-bill through Stripe. */
function sourceWallet(random: Random, category: string): CloseBotWalletRecord {
  return {
    reBilling: category === 'GHL',
    autoRefill: random.chance(0.5),
    topUpAmount: random.pick([0, 25, 50, 100]),
    refillThreshold: random.pick([0, 5, 10]),
    stripeCustomerId: category === 'GHL' ? `cus_${random.base32(14)}` : null,
    currency: 'usd',
    responseUnitCostOverride: random.chance(0.3) ? '0.02' : null,
    storageUnitCostOverride: null,
    userUnitCostOverride: null,
  };
}

/** Bot `b` of the agency, drawn from its own stream `random`; `sources` are the agency's. */
function botRecord(
  plan: AgencyPlan,
  random: Random,
  sources: readonly CloseBotSourceRecord[],
  name: string,
  b: number,
): CloseBotBotRecord {
  const versions = botVersions(random, plan.admins);
  const followUpActive = random.chance(0.8);
  const bot = {
    id: plan.botIds[b] as string,
    name,
    modifiedAt: (versions[versions.length - 1] as CloseBotBotVersionRecord).modifiedAt,
    modifiedBy: random.pick(plan.admins),
    versions,
    sources: linksOfBot(plan.links, b).map((link) => {
      const source = sources[link.sourceIndex] as CloseBotSourceRecord;
      return {
        id: source.sourceId,
        category: source.category,
        key: source.key,
        name: source.name,
        tags: link.tags,
        tagFilterConfig: tagFilterConfig(link.tags),
        channelList: link.channels,
        personaNameOverride: link.personaNameOverride,
        enabled: true,
        flowVariableValues: { businessName: source.name, usesCrm: source.category !== 'WebHook' },
      };
    }),
    personaIds: [plan.personaIds[b] as string],
    favorited: random.chance(0.4),
    // Locked means deactivated in the app (vendor notes); every bot here is live.
    locked: false,
    reschedulingEnabled: random.chance(0.6),
    category: random.pick(BOT_CATEGORIES),
    folderId: random.chance(0.5) ? plan.uniqueId(random, 'fld_', 8) : null,
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
    tools: botTools(random, plan.uniqueId),
  };
  return {
    ...bot,
    followUpStates: followUpStates(
      b,
      bot.followUpSequences,
      bot.followUpRepeat,
      bot.followUpExtraPrompt,
    ),
  };
}

/** One to three saved versions of a bot, a month or so apart; exactly one is published. */
function botVersions(random: Random, admins: readonly string[]): CloseBotBotVersionRecord[] {
  const versionCount = random.int(1, 3);
  const published = random.int(0, versionCount - 1);
  return Array.from({ length: versionCount }, (_, v) => ({
    version: `1.${v}.0`,
    name: random.pick(['Launch', 'Spring promo', 'Holiday hours', 'Summer draft', 'Tone update']),
    published: v === published,
    modifiedAt: naive(DATASET_EPOCH - (120 - v * 20) * DAY + random.int(0, 20 * HOUR)),
    modifiedBy: random.chance(0.8) ? random.pick(admins) : null,
  }));
}

/** A calendar tool on every bot, and on some a disabled webhook tool. */
function botTools(random: Random, uniqueId: UniqueId): CloseBotToolRecord[] {
  return [
    {
      id: uniqueId(random, 'tool_', 6),
      type: 'calendar',
      enabled: true,
      options: { calendarId: `cal_${random.base32(8)}`, bufferMinutes: 15 },
    },
    ...(random.chance(0.5)
      ? [{ id: uniqueId(random, 'tool_', 6), type: 'webhook', enabled: false, options: null }]
      : []),
  ];
}
