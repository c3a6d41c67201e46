/**
 * Generates the SmarterBot records and the indexes the operations read them through. Every value
 * is drawn from the seed's streams in a fixed order, so the same seed always yields the same
 * records; the records are frozen once built.
 */
import { createRandom, instants, person, type Random } from '../random.js';
import type { DatasetOptions } from '../types.js';
import type {
  SmarterBotChatMessageRecord,
  SmarterBotDatasetChatbot,
  SmarterBotDatasetLead,
  SmarterBotDatasetSession,
} from './records.js';
import { MINUTE, utcIso, vendorTime } from './wire.js';

// Fixed offsets per chatbot (daylight saving is not modelled). The spec's examples use `-08:00`
// and `Z`; a third offset shows that the day filter works on the UTC day, not the local one.
const OFFSETS = ['-08:00', 'Z', '-05:00', 'Z'] as const;
/** Chatbots that have history; the last entry of OFFSETS is the new chatbot without any. */
const ACTIVE_CHATBOTS = 3;
const MAX_TURNS = 8;

const PAGES = [
  'www.example.com/',
  'www.example.com/pricing',
  'www.example.com/contact',
  'www.example.com/blog/launch',
  'https://www.example.org/book',
] as const;

const GREETINGS = [
  'Hi there! How can I help you today?',
  'Welcome! What brings you here today?',
  'Hello! Ask me anything about our plans or book a call.',
] as const;

const QUESTIONS = [
  'Do you offer an annual plan for teams?',
  'Does the widget support German?',
  'Can I book a demo this week?',
  'How long is the free trial?',
  'Can it hand the chat over to a person?',
  'Where is my data stored?',
] as const;

const ANSWERS = [
  'Yes. Annual plans start at five seats and include priority support.',
  'It does, along with about thirty other languages.',
  'Certainly. Which day and time suit you best?',
  'The trial lasts fourteen days and needs no card.',
  'Yes, a team member can take over at any point in the chat.',
  'In the region you pick when you sign up.',
  'Could you share an email address so we can follow up?',
] as const;

const LEAD_NOTES = [
  'Interested in the annual plan for a team of 12.',
  'Asked whether the widget supports German.',
  'Wants a quote for three chatbots.',
  'Asked about data residency in the EU.',
  'Comparing plans; wants a call back next week.',
] as const;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
const CHANNELS = ['video', 'phone', 'in person'] as const;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The turns of a session: the bot greets, then visitor and bot alternate. */
function turnsOf(random: Random, count: number): SmarterBotChatMessageRecord[] {
  return Array.from({ length: count }, (_, turn) =>
    turn === 0
      ? { Type: 'AI' as const, Content: random.pick(GREETINGS) }
      : turn % 2 === 1
        ? { Type: 'User' as const, Content: random.pick(QUESTIONS) }
        : { Type: 'AI' as const, Content: random.pick(ANSWERS) },
  );
}

/** The SmarterBot dataset's state: frozen records and the indexes over them. */
export interface SmarterBotState {
  readonly chatbots: readonly SmarterBotDatasetChatbot[];
  /** Oldest first; SessionIDs increase with time. */
  readonly sessions: readonly SmarterBotDatasetSession[];
  /** Oldest first. */
  readonly leads: readonly SmarterBotDatasetLead[];
  readonly sessionById: ReadonlyMap<number, SmarterBotDatasetSession>;
  /** The leads of each session that has any, oldest first. */
  readonly leadsBySession: ReadonlyMap<number, readonly SmarterBotDatasetLead[]>;
  /** All turns of each chatbot, by serial number; also the set of known serial numbers. */
  readonly messageCounts: ReadonlyMap<string, number>;
}

/** Generates the state for `options.seed` and `options.records`. */
export function buildSmarterBotState(options: DatasetOptions): SmarterBotState {
  const random = createRandom(options.seed);
  const records = Math.max(0, Math.floor(options.records));

  const botRandom = random.fork('chatbots');
  const chatbots: SmarterBotDatasetChatbot[] = OFFSETS.map((utcOffset) => ({
    serialNumber: botRandom.hex(32),
    utcOffset,
  }));
  const sessions = generateSessions(random.fork('sessions'), chatbots, records);
  const leads = generateLeads(random.fork('leads'), chatbots, sessions);

  const sessionById = new Map(sessions.map(({ session }) => [session.record.SessionID, session]));
  const leadsBySession = new Map<number, SmarterBotDatasetLead[]>();
  for (const lead of leads) {
    const list = leadsBySession.get(lead.record.SessionID) ?? [];
    list.push(lead);
    leadsBySession.set(lead.record.SessionID, list);
  }
  const messageCounts = new Map(chatbots.map((c) => [c.serialNumber, 0]));
  for (const { session: s } of sessions) {
    const count = messageCounts.get(s.serialNumber) ?? 0;
    messageCounts.set(s.serialNumber, count + (s.record.Messages?.length ?? 0));
  }
  const state: SmarterBotState = {
    chatbots,
    sessions: sessions.map(({ session }) => session),
    leads,
    sessionById,
    leadsBySession,
    messageCounts,
  };
  deepFreeze(state.chatbots);
  deepFreeze(state.sessions);
  deepFreeze(state.leads);
  for (const list of leadsBySession.values()) Object.freeze(list);
  return state;
}

/** A session and its start in epoch microseconds, which the wire record only shows rounded. */
interface TimedSession {
  readonly session: SmarterBotDatasetSession;
  readonly micros: number;
}

/**
 * `records` sessions spread over the dataset window, oldest first. SessionIDs grow with time with
 * gaps, like an account-wide counter that other chatbots also draw from (the spec's examples show
 * ids such as 39954 < 40187 < 40211 in time order).
 */
function generateSessions(
  sessionRandom: Random,
  chatbots: readonly SmarterBotDatasetChatbot[],
  records: number,
): TimedSession[] {
  const sessionTimes = instants(sessionRandom, records);
  let nextSessionId = sessionRandom.int(30_000, 40_000);
  return sessionTimes.map((at, index) => {
    // The oldest session goes to the first chatbot and holds `records` turns.
    const chatbot = chatbots[index === 0 ? 0 : sessionRandom.int(0, ACTIVE_CHATBOTS - 1)];
    const { serialNumber, utcOffset } = chatbot as SmarterBotDatasetChatbot;
    const turns = index === 0 ? records : sessionRandom.int(0, MAX_TURNS);
    const micros = at * 1000 + sessionRandom.int(0, 999);
    const SessionID = nextSessionId;
    nextSessionId += sessionRandom.int(1, 9);
    const messages = turnsOf(sessionRandom.fork(`turns-${index}`), turns);
    const session: SmarterBotDatasetSession = {
      serialNumber,
      createdAt: utcIso(micros),
      day: utcIso(micros).slice(0, 10),
      record: {
        SessionID,
        CreateTime: vendorTime(micros, utcOffset),
        URI: sessionRandom.pick(PAGES),
        // A session without turns comes as `Messages: null` (the spec's `nullMessages` example).
        Messages: messages.length === 0 ? null : messages,
      },
    };
    return { session, micros };
  });
}

/**
 * Leads: captured during a session, a few minutes after it started, oldest first. Most sessions
 * yield one, some yield several (a lead and later an appointment) and some none.
 */
function generateLeads(
  leadRandom: Random,
  chatbots: readonly SmarterBotDatasetChatbot[],
  sessions: readonly TimedSession[],
): SmarterBotDatasetLead[] {
  const offsetOf = new Map(chatbots.map((c) => [c.serialNumber, c.utcOffset]));
  const taken = new Set<number>();
  const captured: { micros: number; lead: SmarterBotDatasetLead }[] = [];
  for (let index = 0; index < sessions.length; index++) {
    const at = leadRandom.chance(0.8) ? index : leadRandom.int(0, index);
    const { session, micros: start } = sessions[at] as TimedSession;
    let micros = start + leadRandom.int(1, 20) * MINUTE * 1000 + leadRandom.int(0, 59_999_999);
    // Distinct capture times keep every record distinct (botbridge derives lead ids from them).
    while (taken.has(micros)) micros++;
    taken.add(micros);
    const offset = offsetOf.get(session.serialNumber) ?? 'Z';
    captured.push({ micros, lead: captureLead(leadRandom, session, micros, offset) });
  }
  // Oldest first in generation order, like the sessions.
  return captured.sort((a, b) => a.micros - b.micros).map(({ lead }) => lead);
}

/** A lead or appointment captured in `session` at `micros`, written in the chatbot's `offset`. */
function captureLead(
  leadRandom: Random,
  session: SmarterBotDatasetSession,
  micros: number,
  offset: string,
): SmarterBotDatasetLead {
  const who = person(leadRandom);
  const appointment = leadRandom.chance(0.3);
  const note = appointment
    ? `Demo call requested for ${leadRandom.pick(WEEKDAYS)} ${leadRandom.int(9, 16)}:00, prefers ${leadRandom.pick(CHANNELS)}.`
    : leadRandom.chance(0.1)
      ? null
      : leadRandom.pick(LEAD_NOTES);
  return {
    serialNumber: session.serialNumber,
    createdAt: utcIso(micros),
    day: utcIso(micros).slice(0, 10),
    record: {
      Type: appointment ? 'Appointment' : 'Lead',
      Name: leadRandom.chance(0.1) ? null : `${who.first} ${who.last}`,
      Email: who.email,
      // The vendor typically sends an empty string for a phone number it did not collect.
      PhoneNumber: leadRandom.chance(0.35) ? '' : who.phone,
      CreateTime: vendorTime(micros, offset),
      Content: note,
      SessionID: session.record.SessionID,
      URI: session.record.URI,
      Count: session.record.Messages?.length ?? 0,
    },
  };
}
