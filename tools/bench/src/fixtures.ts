/**
 * Vendor-shaped records for the benchmark. Each vendor's records rotate over the records of one
 * example of its spec (copied here, so the load stays the same when an example is edited), with
 * the ids, times and contact details varied per record so that every record is distinct and passes
 * the vendor's normalizer: the shapes the vendors really send, at any count.
 */

const MINUTE = 60_000;

/** 2026-01-01T00:00:00Z: the first record's time; record `i` is `i` minutes later. */
const BASE = Date.UTC(2026, 0, 1);

/** `i` as `width` upper-case base-36 digits, so ids keep the vendor's length. */
function code(i: number, width: number): string {
  return i.toString(36).toUpperCase().padStart(width, '0');
}

/** `i` as `width` lower-case hex digits (the last group of a UUID). */
function hex(i: number, width: number): string {
  return i.toString(16).padStart(width, '0');
}

/** An ISO instant without the zone (`2026-07-22T00:49:17`), as CloseBot sends times. */
function naive(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

// --- CloseBot: the two leads of the `onlyPage` example of GET /lead -----------------------------

const CLOSEBOT_LEADS = [
  {
    name: 'Dana Example',
    lastMessage: 'Great, Tuesday at 10am works for me.',
    lastMessageDirection: 'to_bot',
    starred: true,
    unread: false,
    wontRespondUntil: null,
    tags: ['new lead', 'booking intent'],
    extraField: { field: 'preferred_class', name: 'Preferred class', value: 'Morning yoga' },
    instance: {
      followUpTimezoneKind: 'contact',
      followUpTimezone: 'America/Chicago',
      followUpTime: '2026-07-23T15:00:00',
      isSmartFollowUpTime: true,
      scheduleRespondTime: null,
    },
  },
  {
    name: 'Morgan Sample',
    lastMessage: 'Thanks for reaching out! Would you like to try a free class?',
    lastMessageDirection: 'from_bot',
    starred: false,
    unread: false,
    wontRespondUntil: '2026-07-22T14:00:00',
    tags: ['new lead'],
    extraField: undefined,
    instance: {
      followUpTimezoneKind: 'source',
      followUpTimezone: 'America/New_York',
      followUpTime: '2026-07-24T13:30:00',
      isSmartFollowUpTime: false,
      scheduleRespondTime: '2026-07-22T14:00:05',
    },
  },
] as const;

/** CloseBot's `LeadDto` number `i` (GET /lead, GET /bot/{botId}/testSession). */
export function closeBotLead(i: number) {
  const t = CLOSEBOT_LEADS[i % CLOSEBOT_LEADS.length] as (typeof CLOSEBOT_LEADS)[number];
  const [first] = t.name.split(' ');
  const fields: { field: string; name: string; value: string; aiProduced: boolean }[] = [
    {
      field: 'email',
      name: 'Email',
      value: `${first?.toLowerCase()}.${i}@example.com`,
      aiProduced: false,
    },
    {
      field: 'phone',
      name: 'Phone',
      value: `+1555${String(i).padStart(7, '0')}`,
      aiProduced: false,
    },
  ];
  if (t.extraField) fields.push({ ...t.extraField, aiProduced: true });
  return {
    id: `lead_${code(i, 12)}`,
    name: t.name,
    contactId: `crm-contact-${i}`,
    lastMessageTime: naive(BASE + i * MINUTE),
    lastMessage: t.lastMessage,
    lastMessageDirection: t.lastMessageDirection,
    lastMessageBotId: 'bot_7QH2KD9W0ZP4MX1C',
    mostRecentFailureReason: null,
    mimicSourceId: null,
    starred: t.starred,
    unread: t.unread,
    source: { id: 'src_4GJ8T2QW9M0NB6XA', name: 'Example Fitness Studio' },
    wontRespondUntil: t.wontRespondUntil,
    tags: [...t.tags],
    fields,
    instances: [{ botId: 'bot_7QH2KD9W0ZP4MX1C', botVersion: '1.3.0', ...t.instance }],
  };
}

// --- OpenCX: the three sessions of the `firstPage` example of GET /chat/sessions ----------------

/** OpenCX's `ChatSession` number `i` (GET /chat/sessions). */
export function openCxSession(i: number) {
  const created = BASE + i * MINUTE;
  const id = `6f1c2d3e-4a5b-4c6d-8e7f-${hex(i, 12)}`;
  const contactId = `0b7e9a12-3c45-4d67-89ab-${hex(i, 12)}`;
  const at = (ms: number) => `${naive(ms)}Z`;
  switch (i % 3) {
    case 0:
      return {
        id,
        status: 'open',
        ai_closure_type: null,
        sentiment: 'neutral',
        channel: { type: 'web' },
        ticket_number: 4521 + i,
        assist_mode: false,
        created_at: at(created),
        updated_at: at(created + 317_000),
        contact: {
          id: contactId,
          email: `maria.okafor.${i}@example.com`,
          phone_number: '+15555550123',
          name: 'Maria Okafor',
          custom_data: { plan: 'pro', seats: 12 },
        },
        language: 'en',
        assignee_id: 'ai-agent',
        custom_data: { page_url: 'https://shop.example.com/checkout' },
        team: {
          id: '2d4f6a8c-1b3e-4f5a-9c7d-0e1f2a3b4c5d',
          name: 'Billing',
          description: 'Invoices, refunds and payment method questions',
        },
      };
    case 1:
      return {
        id,
        status: 'closed_unresolved',
        ai_closure_type: 'handed_off',
        sentiment: 'angry',
        channel: { type: 'email' },
        ticket_number: 4521 + i,
        assist_mode: false,
        created_at: at(created),
        updated_at: at(created + 55_531_000),
        contact: {
          id: contactId,
          email: `dev.patel.${i}@example.org`,
          phone_number: null,
          name: 'Dev Patel',
          custom_data: {},
        },
        language: 'en',
        assignee_id: '4187',
        custom_data: {},
        handoff: {
          summary: 'Customer was charged twice for the March invoice and wants a refund.',
          sentiment: 'angry',
        },
        ticketing_system: { name: 'zendesk', external_id: String(88213 + i), id_type: 'ticket_id' },
      };
    default:
      return {
        id,
        status: 'closed_resolved',
        ai_closure_type: 'resolved',
        sentiment: 'happy',
        channel: { type: 'whatsapp' },
        ticket_number: 4521 + i,
        assist_mode: true,
        // Milliseconds, as the third session of the example has them.
        created_at: new Date(created + 481).toISOString(),
        updated_at: new Date(created + 277_421).toISOString(),
        contact: {
          id: contactId,
          email: null,
          phone_number: '+15555550187',
          name: null,
          custom_data: {},
          non_verified_name: 'Lucas Brandt',
          non_verified_email: `lucas.brandt.${i}@example.com`,
          non_verified_custom_data: { order_id: `ORD-${20931 + i}` },
        },
        language: 'de',
        assignee_id: 555,
      };
  }
}

// --- SmarterBot: the three records of the `leadsAndAppointments` example of LeadList ------------

const SMARTERBOT_LEADS = [
  {
    Type: 'Lead',
    Name: 'Priya Natarajan',
    PhoneNumber: '+15550142871',
    Content: 'Interested in the annual plan for a team of 12.',
    URI: 'www.example.com/pricing',
    Count: 3,
  },
  {
    Type: 'Appointment',
    Name: 'Marcus Webb',
    PhoneNumber: '',
    Content: 'Demo call requested for Friday 10:00, prefers video.',
    URI: 'www.example.com/contact',
    Count: 7,
  },
  {
    Type: 'Lead',
    Name: 'Elena Fischer',
    PhoneNumber: '+15550199034',
    Content: 'Asked whether the widget supports German.',
    URI: 'www.example.com/',
    Count: 2,
  },
] as const;

/**
 * SmarterBot's `LeadRecord` number `i`. `CreateTime` in the vendor's usual form: microseconds and
 * the account's local offset (`2025-02-03T10:04:11.123456-08:00`).
 */
export function smarterBotLead(i: number) {
  const t = SMARTERBOT_LEADS[i % SMARTERBOT_LEADS.length] as (typeof SMARTERBOT_LEADS)[number];
  const local = naive(BASE + i * MINUTE - 8 * 60 * MINUTE);
  const micros = String((i * 7919) % 1_000_000).padStart(6, '0');
  const [first, last] = t.Name.toLowerCase().split(' ');
  return {
    Type: t.Type,
    Name: t.Name,
    Email: `${first}.${last}.${i}@example.com`,
    PhoneNumber: t.PhoneNumber,
    CreateTime: `${local}.${micros}-08:00`,
    Content: t.Content,
    SessionID: 40_000 + i,
    URI: t.URI,
    Count: t.Count,
  };
}

// --- Bodies -------------------------------------------------------------------------------------

function range<T>(from: number, to: number, make: (i: number) => T): T[] {
  const out: T[] = [];
  for (let i = from; i < to; i++) out.push(make(i));
  return out;
}

/** The GET /lead page `page` (0-based) of `records` leads in pages of `pageSize`. */
export function closeBotLeadPage(records: number, pageSize: number, page: number) {
  const from = Math.min(records, page * pageSize);
  const to = Math.min(records, from + pageSize);
  return { total: records, page, pageSize, results: range(from, to, closeBotLead) };
}

/** The GET /bot/{botId}/testSession envelope of `count` sessions. */
export function closeBotTestSessions(count: number) {
  return { leads: range(0, count, closeBotLead), total: count };
}

/** The cursor OpenCX answers for the page after `page`: opaque, like the vendor's. */
export function openCxCursor(page: number): string {
  return Buffer.from(JSON.stringify({ page })).toString('base64url');
}

/** The page number of a cursor made by `openCxCursor`, or `undefined`. */
export function openCxPageOf(cursor: string): number | undefined {
  try {
    const { page } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Number.isSafeInteger(page) ? page : undefined;
  } catch {
    return undefined;
  }
}

/** The GET /chat/sessions page `page` (0-based) of `records` sessions in pages of `pageSize`. */
export function openCxSessionPage(records: number, pageSize: number, page: number) {
  const from = Math.min(records, page * pageSize);
  const to = Math.min(records, from + pageSize);
  return {
    items: range(from, to, openCxSession),
    next: to < records ? openCxCursor(page + 1) : null,
  };
}

/** The LeadList envelope holding `records` records: SmarterBot does not page. */
export function smarterBotLeadList(records: number) {
  return {
    Data: range(0, records, smarterBotLead),
    Version: '1.0.0',
    Success: true,
    Code: 200,
    Message: '',
  };
}
