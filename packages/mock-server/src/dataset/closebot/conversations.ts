/**
 * The leads, the bots' test sessions and every message of their conversations. Every value is
 * drawn from the seed's streams in a fixed order, so the same seed always yields the same records.
 */
import { DATASET_EPOCH, instants, person, type Random } from '../random.js';
import { type CloseBotLink, linksOfSource } from './agency.js';
import type {
  CloseBotBotRecord,
  CloseBotLeadFieldRecord,
  CloseBotLeadRecord,
  CloseBotLeadSourceRecord,
  CloseBotMessageRecord,
  CloseBotSourceRecord,
  CloseBotThread,
} from './records.js';
import { type CloseBotConversations, type MessageEntry, shuffle, type UniqueId } from './state.js';
import {
  AI_FIELDS,
  BOT_LINES,
  CONTACT_LINES,
  LEAD_TAGS,
  PIPELINE_STAGES,
  TIMEZONES,
} from './vocabulary.js';
import { DAY, HOUR, naive, SECOND } from './wire.js';

/** What generating conversations needs: the id registry and where the conversations go. */
export interface ConversationContext {
  readonly uniqueId: UniqueId;
  readonly conversations: CloseBotConversations;
}

/** A conversation's facts known before its messages are drawn. */
type ThreadBase = Omit<CloseBotThread, 'contactMessages' | 'externalFields' | 'testSession'>;

/**
 * `count` messages of one conversation from `startAt` on: the contact writes first, then the
 * turns mostly alternate. Gaps are whole seconds, at least 2 s and at most `maxGap` s, so within
 * a lead no two messages share a second and no message falls after `DATASET_EPOCH` (unless a
 * conversation starts too close to it to fit, when 2 s gaps are kept regardless).
 */
function conversation(
  uniqueId: UniqueId,
  random: Random,
  thread: ThreadBase,
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
function register(
  conversations: CloseBotConversations,
  thread: CloseBotThread,
  messages: MessageEntry[],
) {
  conversations.messagesByLead.set(thread.leadId, messages);
  conversations.threads.set(thread.leadId, thread);
  conversations.entries.push(...messages);
}

/** The agency's records the leads are spread over. */
export interface LeadOwners {
  readonly sources: readonly CloseBotSourceRecord[];
  readonly bots: readonly CloseBotBotRecord[];
  readonly links: readonly CloseBotLink[];
}

/** `records` leads, oldest conversation first, each with its conversation registered. */
export function generateLeads(
  context: ConversationContext,
  root: Random,
  owners: LeadOwners,
  records: number,
): CloseBotLeadRecord[] {
  const leadStarts = instants(root.fork('lead-starts'), records);
  return leadStarts.map((startAt, i) =>
    generateLead(context, root.fork(`lead:${i}`), owners, startAt, i === 0 ? records : undefined),
  );
}

/**
 * One lead and its conversation. The oldest conversation holds `records` messages (`fixedCount`)
 * so that message reads span many windows; its gaps shrink to fit them all before the epoch. The
 * others hold 0–8, up to 15 min apart.
 */
function generateLead(
  context: ConversationContext,
  random: Random,
  owners: LeadOwners,
  startAt: number,
  fixedCount: number | undefined,
): CloseBotLeadRecord {
  const sourceIndex = random.int(0, owners.sources.length - 1);
  const source = owners.sources[sourceIndex] as CloseBotSourceRecord;
  const link = random.pick(linksOfSource(owners.links, sourceIndex));
  const bot = owners.bots[link.botIndex] as CloseBotBotRecord;
  const who = person(random);
  const id = context.uniqueId(random, 'lead_', 12);
  const base: ThreadBase = {
    leadId: id,
    botId: bot.id,
    sourceId: source.sourceId,
    personaId: bot.personaIds[0] as string,
    channel: random.pick(link.channels),
  };
  const count = fixedCount ?? random.int(0, 8);
  const messages = conversation(context.uniqueId, random, base, startAt, count, 900);
  const last = messages[messages.length - 1];
  const fields = leadFields(random, who, messages.length);
  const externalFields = crmFields(random, source);
  const followUp =
    last !== undefined && bot.followUpActive && random.chance(0.45)
      ? naive(last.at + random.int(1, 3) * DAY)
      : null;
  register(
    context.conversations,
    {
      ...base,
      contactMessages: messages.filter((m) => !m.record.fromBot).length,
      externalFields,
      testSession: false,
    },
    messages,
  );
  return leadRecord(random, { id, who, source, bot, last, fields, followUp });
}

/** A lead's contact fields; with a longer conversation, sometimes one the bot extracted. */
function leadFields(
  random: Random,
  who: ReturnType<typeof person>,
  messageCount: number,
): CloseBotLeadFieldRecord[] {
  const fields: CloseBotLeadFieldRecord[] = [
    { field: 'email', name: 'Email', value: who.email, aiProduced: false },
    { field: 'phone', name: 'Phone', value: who.phone, aiProduced: random.chance(0.2) },
    { field: 'first_name', name: 'First Name', value: who.first, aiProduced: false },
  ];
  if (messageCount > 2 && random.chance(0.5)) {
    const extra = random.pick(AI_FIELDS);
    fields.push({
      field: extra.field,
      name: extra.name,
      value: random.pick(extra.values),
      aiProduced: true,
    });
  }
  return fields;
}

/** The fields `getLead?includeExternal=true` adds from the connected CRM; none for webhooks. */
function crmFields(random: Random, source: CloseBotSourceRecord): CloseBotLeadFieldRecord[] {
  return source.category === 'WebHook'
    ? []
    : [
        {
          field: 'pipeline_stage',
          name: 'Pipeline stage',
          value: random.pick(PIPELINE_STAGES),
          aiProduced: false,
        },
      ];
}

/** A lead's wire record, from its conversation's facts and the rest of `random`. */
function leadRecord(
  random: Random,
  facts: {
    id: string;
    who: ReturnType<typeof person>;
    source: CloseBotSourceRecord;
    bot: CloseBotBotRecord;
    last: MessageEntry | undefined;
    fields: CloseBotLeadFieldRecord[];
    followUp: string | null;
  },
): CloseBotLeadRecord {
  const { who, bot, last, followUp } = facts;
  return {
    id: facts.id,
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
    source: { id: facts.source.sourceId, name: facts.source.name },
    wontRespondUntil: last && random.chance(0.1) ? naive(last.at + 6 * HOUR) : null,
    tags: shuffle(random, LEAD_TAGS).slice(0, random.int(0, 2)),
    fields: facts.fields,
    instances: [
      {
        botId: bot.id,
        botVersion: bot.versions.find((version) => version.published)?.version ?? null,
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
}

/** The bots' test sessions, by bot id, each with its conversation registered. */
export function generateTestSessions(
  context: ConversationContext,
  root: Random,
  bots: readonly CloseBotBotRecord[],
): Map<string, CloseBotLeadRecord[]> {
  // 2–4 synthetic leads per bot, started in the last week.
  const sessionsByBot = new Map<string, CloseBotLeadRecord[]>();
  const sessionRandom = root.fork('sessions');
  bots.forEach((bot, b) => {
    const count = sessionRandom.int(2, 4);
    const starts = instants(sessionRandom.fork(`starts:${b}`), count, 7);
    const list = starts.map((startAt, j) =>
      generateTestSession(context, sessionRandom.fork(`session:${b}:${j}`), bot, startAt),
    );
    sessionsByBot.set(bot.id, list);
  });
  return sessionsByBot;
}

/** One test session of `bot` and its short conversation, a few minutes at most. */
function generateTestSession(
  context: ConversationContext,
  random: Random,
  bot: CloseBotBotRecord,
  startAt: number,
): CloseBotLeadRecord {
  const botSource = random.pick(bot.sources);
  const id = context.uniqueId(random, 'lead_', 12);
  const who = person(random);
  const base: ThreadBase = {
    leadId: id,
    botId: bot.id,
    sourceId: botSource.id,
    personaId: bot.personaIds[0] as string,
    channel: botSource.channelList[0] as string,
  };
  const messages = conversation(context.uniqueId, random, base, startAt, random.int(0, 3), 120);
  const last = messages[messages.length - 1];
  register(
    context.conversations,
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
}

/** A test-session lead: tagged, never starred, and its bot instance has a null `botVersion`. */
export function sessionLead(facts: {
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
