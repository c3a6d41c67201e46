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
import { createRandom, instants, person, type Random } from './random.js';
import type { DatasetOptions, DatasetRequest, DatasetResponse, VendorDataset } from './types.js';

/** One lead or appointment exactly as LeadList sends it (`LeadRecord` in the spec). */
export interface SmarterBotLeadRecord {
  readonly Type: 'Lead' | 'Appointment';
  /** `null` when the visitor gave no name (the spec's `nullFields` example). */
  readonly Name: string | null;
  readonly Email: string;
  /** `''` when no phone number was collected, as the vendor usually sends it. */
  readonly PhoneNumber: string;
  /** Microseconds and the chatbot's offset, e.g. `2026-03-02T10:04:11.123456-08:00`. */
  readonly CreateTime: string;
  /** `null` for some plain leads (the spec's `nullFields` example). */
  readonly Content: string | null;
  /** The session the record was captured in; always one of the same chatbot's sessions. */
  readonly SessionID: number;
  /** The page of that session (scheme often missing, as in the spec's examples). */
  readonly URI: string;
  /** Undocumented by the vendor; here the number of turns of the session (our reading). */
  readonly Count: number;
}

/** One turn of a session exactly as ChatContentHistory sends it (`ChatMessageRecord`). */
export interface SmarterBotChatMessageRecord {
  readonly Type: 'AI' | 'User';
  readonly Content: string;
}

/** One session exactly as ChatContentHistory sends it (`ChatSessionRecord`). */
export interface SmarterBotChatSessionRecord {
  readonly SessionID: number;
  /** When the session started: microseconds and the chatbot's offset. */
  readonly CreateTime: string;
  readonly URI: string;
  /** The turns in order; `null` for a session without turns (the spec's `nullMessages` example). */
  readonly Messages: readonly SmarterBotChatMessageRecord[] | null;
}

/** A chatbot of the dataset. The API cannot list chatbots, so clients must know the serial number. */
export interface SmarterBotDatasetChatbot {
  /** 32 lower-case hex characters, like the LeadList examples. */
  readonly serialNumber: string;
  /** The UTC offset its timestamps are written in: `Z`, `-08:00` or `-05:00`. */
  readonly utcOffset: string;
}

/** A session with what the wire record does not say: its chatbot and its instant. */
export interface SmarterBotDatasetSession {
  readonly serialNumber: string;
  /** The start as a UTC ISO instant with milliseconds (what the botbridge normalizer yields). */
  readonly createdAt: string;
  /** The start's UTC calendar day, `YYYY-MM-DD`: what the day window filters on. */
  readonly day: string;
  readonly record: SmarterBotChatSessionRecord;
}

/** A lead or appointment with its chatbot and instant. */
export interface SmarterBotDatasetLead {
  readonly serialNumber: string;
  /** The capture time as a UTC ISO instant with milliseconds. */
  readonly createdAt: string;
  /** The capture time's UTC calendar day, `YYYY-MM-DD`. */
  readonly day: string;
  readonly record: SmarterBotLeadRecord;
}

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

// Fixed offsets per chatbot (daylight saving is not modelled). The spec's examples use `-08:00`
// and `Z`; a third offset shows that the day filter works on the UTC day, not the local one.
const OFFSETS = ['-08:00', 'Z', '-05:00', 'Z'] as const;
/** Chatbots that have history; the last entry of OFFSETS is the new chatbot without any. */
const ACTIVE_CHATBOTS = 3;
const MAX_TURNS = 8;
const MINUTE = 60_000;

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

const VERSION = '1.0.0';

function ok(Data: unknown): DatasetResponse {
  return { status: 200, body: { Data, Version: VERSION, Success: true, Code: 200, Message: '' } };
}

/**
 * A failure as the spec's shared error responses define it: the envelope with `Success: false`,
 * `Data: null` and `Code` equal to the HTTP status (components.responses).
 */
function failure(status: number, Message: string): DatasetResponse {
  return { status, body: { Data: null, Version: VERSION, Success: false, Code: status, Message } };
}

/** Minutes east of UTC of an offset such as `-08:00`, `+05:30` or `Z`. */
function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/**
 * An instant in epoch microseconds written the vendor's way: local wall time in `offset`, six
 * fractional digits, then the offset (`2025-02-03T10:04:11.123456-08:00`).
 */
function vendorTime(micros: number, offset: string): string {
  const millis = Math.floor(micros / 1000);
  const local = new Date(millis + offsetMinutes(offset) * MINUTE).toISOString();
  return `${local.slice(0, 23)}${String(micros % 1000).padStart(3, '0')}${offset}`;
}

/** The UTC instant with milliseconds, as `toUtcTimestamp` of botbridge core reads vendorTime. */
function utcIso(micros: number): string {
  return new Date(Math.floor(micros / 1000)).toISOString();
}

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

/** The body of a request as an object, or `undefined` when it is not one. */
function bodyOf(request: DatasetRequest): Record<string, unknown> | undefined {
  const { body } = request;
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day filter value: `undefined` when absent, `null` when present but not `YYYY-MM-DD`. */
function dayOf(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === 'string' && DAY.test(value) ? value : null;
}

/**
 * Creates the SmarterBot dataset for a seed and size. Deterministic: timestamps derive from
 * `DATASET_EPOCH` through the seeded source, and no token or clock is involved (SmarterBot has no
 * login; `now`, `tokenTtlSeconds` and `refreshTtlSeconds` are unused).
 */
export function createSmarterBotDataset(options: DatasetOptions): SmarterBotDataset {
  const random = createRandom(options.seed);
  const records = Math.max(0, Math.floor(options.records));

  const botRandom = random.fork('chatbots');
  const chatbots: SmarterBotDatasetChatbot[] = OFFSETS.map((utcOffset) => ({
    serialNumber: botRandom.hex(32),
    utcOffset,
  }));

  // Sessions: spread over the dataset window, oldest first. SessionIDs grow with time with gaps,
  // like an account-wide counter that other chatbots also draw from (the spec's examples show
  // ids such as 39954 < 40187 < 40211 in time order).
  const sessionRandom = random.fork('sessions');
  const sessionTimes = instants(sessionRandom, records);
  let nextSessionId = sessionRandom.int(30_000, 40_000);
  /** Start of each session in epoch microseconds, by index. */
  const sessionMicros: number[] = [];
  const sessions: SmarterBotDatasetSession[] = sessionTimes.map((at, index) => {
    // The oldest session goes to the first chatbot and holds `records` turns.
    const chatbot = chatbots[index === 0 ? 0 : sessionRandom.int(0, ACTIVE_CHATBOTS - 1)];
    const { serialNumber, utcOffset } = chatbot as SmarterBotDatasetChatbot;
    const turns = index === 0 ? records : sessionRandom.int(0, MAX_TURNS);
    const micros = at * 1000 + sessionRandom.int(0, 999);
    sessionMicros.push(micros);
    const SessionID = nextSessionId;
    nextSessionId += sessionRandom.int(1, 9);
    const messages = turnsOf(sessionRandom.fork(`turns-${index}`), turns);
    return {
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
  });

  // Leads: captured during a session, a few minutes after it started. Most sessions yield one,
  // some yield several (a lead and later an appointment) and some none.
  const leadRandom = random.fork('leads');
  const offsetOf = new Map(chatbots.map((c) => [c.serialNumber, c.utcOffset]));
  const taken = new Set<number>();
  const captured: { micros: number; lead: SmarterBotDatasetLead }[] = [];
  for (let index = 0; index < sessions.length; index++) {
    const at = leadRandom.chance(0.8) ? index : leadRandom.int(0, index);
    const session = sessions[at] as SmarterBotDatasetSession;
    const start = sessionMicros[at] as number;
    let micros = start + leadRandom.int(1, 20) * MINUTE * 1000 + leadRandom.int(0, 59_999_999);
    // Distinct capture times keep every record distinct (botbridge derives lead ids from them).
    while (taken.has(micros)) micros++;
    taken.add(micros);
    const who = person(leadRandom);
    const appointment = leadRandom.chance(0.3);
    const note = appointment
      ? `Demo call requested for ${leadRandom.pick(WEEKDAYS)} ${leadRandom.int(9, 16)}:00, prefers ${leadRandom.pick(CHANNELS)}.`
      : leadRandom.chance(0.1)
        ? null
        : leadRandom.pick(LEAD_NOTES);
    const offset = offsetOf.get(session.serialNumber) ?? 'Z';
    const lead: SmarterBotDatasetLead = {
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
    captured.push({ micros, lead });
  }
  // Oldest first in generation order, like the sessions.
  const leads = captured.sort((a, b) => a.micros - b.micros).map(({ lead }) => lead);

  const sessionById = new Map(sessions.map((s) => [s.record.SessionID, s]));
  const leadsBySession = new Map<number, SmarterBotDatasetLead[]>();
  for (const lead of leads) {
    const list = leadsBySession.get(lead.record.SessionID) ?? [];
    list.push(lead);
    leadsBySession.set(lead.record.SessionID, list);
  }
  const messageCounts = new Map(chatbots.map((c) => [c.serialNumber, 0]));
  for (const s of sessions) {
    const count = messageCounts.get(s.serialNumber) ?? 0;
    messageCounts.set(s.serialNumber, count + (s.record.Messages?.length ?? 0));
  }
  deepFreeze(chatbots);
  deepFreeze(sessions);
  deepFreeze(leads);
  for (const list of leadsBySession.values()) Object.freeze(list);

  /** Whether a UTC day lies in the request's window; both ends inclusive (see listLeads). */
  const inWindow = (day: string, start: string | undefined, end: string | undefined) =>
    (start === undefined || day >= start) && (end === undefined || day <= end);

  /**
   * The chatbot a request names. An unknown serial number gets HTTP 404 with the `NotFound`
   * envelope (`Code: 404`): the spec documents that response for exactly this case
   * (components.responses.NotFound). The vendor may also report failures inside an HTTP 200
   * (`businessFailure` examples), but the spec does not tie any case to that form, so the explicit
   * status is the one modelled; the botbridge client treats both alike.
   */
  const chatbotFor = (serialNumber: unknown): DatasetResponse | string =>
    typeof serialNumber === 'string' && messageCounts.has(serialNumber)
      ? serialNumber
      : failure(404, 'No chatbot matches that serial number.');

  /** The days of a request, or a 400 when one is not `YYYY-MM-DD` (the server checks this first). */
  const windowOf = (
    start: unknown,
    end: unknown,
  ): DatasetResponse | { start: string | undefined; end: string | undefined } => {
    const startDay = dayOf(start);
    const endDay = dayOf(end);
    if (startDay === null || endDay === null) {
      return failure(400, 'Dates must be calendar days in YYYY-MM-DD form.');
    }
    return { start: startDay, end: endDay };
  };

  function listLeads(body: Record<string, unknown>): DatasetResponse {
    // LeadList's body is camelCase with `sessionID` (LeadListRequest); the server rejects any
    // other property, so the exact spellings are all that arrive.
    const serialNumber = chatbotFor(body.serialNumber);
    if (typeof serialNumber !== 'string') return serialNumber;
    const days = windowOf(body.startTime, body.endTime);
    if ('status' in days) return days;
    const { sessionID } = body;
    if (
      sessionID !== undefined &&
      (typeof sessionID !== 'number' || !Number.isInteger(sessionID))
    ) {
      return failure(400, 'sessionID must be an integer.');
    }
    // Days are UTC calendar days (the spec, after the NewOaks sibling docs). The spec calls
    // `endTime` the window's last day but leaves its inclusivity open; both ends are inclusive
    // here, which is what "last day" says, and the botbridge client asks for a day that covers
    // its range under either reading. A start after the end selects nothing.
    // A `sessionID` that names no session of this chatbot is not an error: the spec documents a
    // failure only for an unknown chatbot, so the filter simply matches nothing (`empty`).
    // Order: newest first, as in the spec's `leadsAndAppointments` example (the vendor says
    // nothing else about order).
    const matching = leads.filter(
      (lead) =>
        lead.serialNumber === serialNumber &&
        inWindow(lead.day, days.start, days.end) &&
        (sessionID === undefined || lead.record.SessionID === sessionID),
    );
    return ok(matching.reverse().map((lead) => lead.record));
  }

  function getChatHistory(body: Record<string, unknown>): DatasetResponse {
    // PascalCase as in the vendor's JSON sample (ChatHistoryRequest). The operation has no session
    // filter: the whole window comes back, every session with all of its turns.
    const serialNumber = chatbotFor(body.SerialNumber);
    if (typeof serialNumber !== 'string') return serialNumber;
    const days = windowOf(body.StartTime, body.EndTime);
    if ('status' in days) return days;
    // Filtered by the session's start day, inclusive at both ends as for LeadList. Oldest first,
    // as in the spec's `twoSessions` and `nullMessages` examples (ascending start and id).
    const matching = sessions.filter(
      (s) => s.serialNumber === serialNumber && inWindow(s.day, days.start, days.end),
    );
    return ok(matching.map((s) => s.record));
  }

  function getMessageCount(body: Record<string, unknown>): DatasetResponse {
    const serialNumber = chatbotFor(body.SerialNumber);
    if (typeof serialNumber !== 'string') return serialNumber;
    // Whole history, no date filter (the spec documents none); both AI and User turns are counted,
    // since the vendor does not say which it counts.
    return ok(messageCounts.get(serialNumber) ?? 0);
  }

  const handlers: Record<string, (body: Record<string, unknown>) => DatasetResponse> = {
    listLeads,
    getChatHistory,
    getMessageCount,
  };

  return {
    chatbots,
    sessions,
    leads,
    messagesOf: (sessionId) => sessionById.get(sessionId)?.record.Messages ?? [],
    leadsOf: (sessionId) => leadsBySession.get(sessionId) ?? [],
    messageCountOf: (serialNumber) => messageCounts.get(serialNumber),
    respond(request) {
      const handler = handlers[request.operationId];
      if (handler === undefined) return undefined;
      // The secret key travels as the bare `Authorization` value (components.securitySchemes).
      // Any key is accepted (the mock has no accounts); a missing one gets the spec's 401.
      if ((request.headers.authorization ?? '').trim() === '') {
        return failure(401, 'The secret key is missing or not valid.');
      }
      const body = bodyOf(request);
      if (body === undefined) {
        return failure(400, 'The request body must be a JSON object with a serial number.');
      }
      return handler(body);
    },
  };
}
