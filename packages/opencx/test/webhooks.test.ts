import { readFileSync } from 'node:fs';
import { isVendorWebhookError, type VendorWebhookError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import {
  type ChatSession,
  normalizeChatSession,
  OPENCX_OPEN_WEBHOOK_EVENTS,
  OPENCX_WEBHOOK_EVENTS,
  type OpenCxWebhookDelivery,
  type OpenCxWebhookEvent,
  type OpenCxWebhookOptions,
  parseOpenCxWebhook,
  parseOpenCxWebhookRequest,
} from '../src/index.js';

// The OpenCX webhook receiver. OpenCX documents no signature, so the only check is the caller's
// `verify` hook; the rest is reading the `{event, organization_id, data}` envelope and building
// the same conversation records the REST reads build.

const ORG = 'org_5f2d9c';
const SESSION = JSON.parse(
  readFileSync(new URL('./fixtures/chat-session.typical.json', import.meta.url), 'utf8'),
) as ChatSession;
const SESSION_ID = SESSION.id; // 6f1c2d3e-…
const CONTACT_ID = SESSION.contact?.id as string;

const STARTED = {
  event: 'conversation.started',
  organization_id: ORG,
  data: {
    conversation_id: SESSION_ID,
    assignee: { id: '4187', type: 'human', name: 'Jonas Meyer', avatar_url: null },
    contact: {
      id: CONTACT_ID,
      name: 'Maria Okafor',
      enriched_data: {
        address: null,
        phone_number: '+15555550123',
        email: 'maria.okafor@example.com',
      },
      custom_data: { plan: 'pro' },
    },
    channel: 'Web',
    first_message: 'Hi, my invoice for March shows 14 seats.',
    timestamp: '2026-03-14T09:12:45Z',
  },
};

const CLOSED_NEWEST = {
  event: 'conversation.closed',
  organization_id: ORG,
  data: {
    conversation_id: SESSION_ID,
    timestamp: '2026-03-14T10:31:10+01:00',
    contact_id: CONTACT_ID,
    contact: {
      id: CONTACT_ID,
      name: 'Maria Okafor',
      email: 'maria.okafor@example.com',
      phone_number: '+15555550123',
    },
    human_resolution_status: null,
    ai_resolution_status: 'resolved',
    ai_billing_tier: null,
    closed_by: { type: 'AI', name: 'Ava' },
    is_from_third_party: false,
    third_party_name: null,
    summary: '  Seat correction on the March invoice.\nDone.',
    contact_reason: 'billing',
  },
};

const CLOSED_2024_LIST = {
  event: 'conversation.closed',
  organization_id: ORG,
  data: [
    {
      conversation_id: SESSION_ID,
      timestamp: '2026-03-15T16:02:44Z',
      resolution_status: 'resolved',
      resolution_type: 'hard',
      closed_by: { id: 4187, type: 'human', email: 'jonas.meyer@example.com' },
      summary: 'Refund issued.',
      user_sentiment: 'happy',
      language: 'en',
      message_count: 9,
    },
    {
      conversation_id: '9c8b7a65-4321-4fed-8cba-987654321fed',
      timestamp: 'not a time',
      resolution_status: 'not_resolved',
      user_sentiment: 'angry',
      message_count: -1,
      contact_id: 'c-2',
    },
  ],
};

const HANDOFF = {
  event: 'conversation.handoff_to_human',
  organization_id: ORG,
  data: [
    {
      conversation_id: SESSION_ID,
      timestamp: '2026-03-14T09:13:02.123456Z',
      customer_id: CONTACT_ID,
      reason: 'ai_decided_to_handoff_the_conversation',
      summary: 'The contact disputes the number of billed seats.',
      user_sentiment: 'neutral',
      was_handedoff_to_third_party: false,
      language: 'en',
      message_count: 3,
    },
  ],
};

const THIRD_PARTY = {
  event: 'conversation.third_party_agent_response',
  organization_id: ORG,
  data: {
    conversation_id: SESSION_ID,
    timestamp: '2026-03-14T09:20:15Z',
    customer_id: CONTACT_ID,
    third_party_name: 'zendesk',
    response: 'I have credited two seats.',
    message_count: 6,
    language: 'en',
  },
};

const json = (value: unknown) => JSON.stringify(value);
const parse = (value: unknown, options?: OpenCxWebhookOptions) =>
  parseOpenCxWebhook(json(value), { 'content-type': 'application/json' }, options);

async function refusal(run: () => Promise<unknown>): Promise<VendorWebhookError> {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isVendorWebhookError(error)) throw new Error(`expected a VendorWebhookError, got ${error}`);
  expect(error.vendor).toBe('opencx');
  return error;
}

function narrow<T extends OpenCxWebhookEvent['type']>(
  event: OpenCxWebhookEvent,
  type: T,
): Extract<OpenCxWebhookEvent, { type: T }> {
  expect(event.type).toBe(type);
  return event as Extract<OpenCxWebhookEvent, { type: T }>;
}

describe('parseOpenCxWebhook: conversation.started', () => {
  it('gives the conversation with the id, contact and assignee getChatSession gives', async () => {
    const event = narrow(await parse(STARTED), 'conversation.started');
    const rest = normalizeChatSession(SESSION);
    expect(event.organizationId).toBe(ORG);
    expect(event.raw).toEqual(STARTED);
    expect(event.conversation.id).toBe(rest.id);
    expect(event.conversation.contact).toEqual(rest.contact);
    expect(event.conversation.assigneeId).toBe(rest.assigneeId);
    expect(event.conversation).toEqual({
      vendor: 'opencx',
      id: SESSION_ID,
      status: 'open',
      channel: 'web',
      contact: {
        id: CONTACT_ID,
        name: 'Maria Okafor',
        email: 'maria.okafor@example.com',
        phone: '+15555550123',
      },
      assigneeId: '4187',
      createdAt: '2026-03-14T09:12:45.000Z',
      occurredAt: '2026-03-14T09:12:45.000Z',
      tags: [],
      raw: STARTED.data,
    });
  });

  it('reads an AI assignee as no assignee and a contact of the 2024 shape', async () => {
    const event = narrow(
      await parse({
        ...STARTED,
        data: {
          conversation_id: SESSION_ID,
          assignee: { type: 'AI', name: 'Ava' },
          contact: { id: CONTACT_ID, name: null, custom_objects: {} },
          channel: 'phone',
          language: 'de',
        },
      }),
      'conversation.started',
    );
    expect(event.conversation).toEqual({
      vendor: 'opencx',
      id: SESSION_ID,
      status: 'open',
      channel: 'phone',
      contact: { id: CONTACT_ID },
      language: 'de',
      tags: [],
      raw: expect.any(Object),
    });
  });
});

describe('parseOpenCxWebhook: conversation.closed', () => {
  it('reads the newest shape (one object) as one closed conversation', async () => {
    const event = narrow(await parse(CLOSED_NEWEST), 'conversation.closed');
    const rest = normalizeChatSession(SESSION);
    expect(event.organizationId).toBe(ORG);
    expect(event.conversations).toHaveLength(1);
    expect(event.conversation).toBe(event.conversations[0]);
    expect(event.conversation.id).toBe(rest.id);
    expect(event.conversation.contact).toEqual(rest.contact);
    expect(event.conversation).toEqual({
      vendor: 'opencx',
      id: SESSION_ID,
      status: 'closed',
      contact: rest.contact,
      closedAt: '2026-03-14T09:31:10.000Z',
      occurredAt: '2026-03-14T09:31:10.000Z',
      summary: '  Seat correction on the March invoice.\nDone.',
      tags: [],
      raw: CLOSED_NEWEST.data,
    });
  });

  it('reads the 2024 shape (a list) as one conversation per element, in order', async () => {
    const event = narrow(await parse(CLOSED_2024_LIST), 'conversation.closed');
    expect(event.conversations.map((c) => c.id)).toEqual([
      SESSION_ID,
      '9c8b7a65-4321-4fed-8cba-987654321fed',
    ]);
    expect(event.conversation).toBe(event.conversations[0]);
    const [first, second] = event.conversations;
    // Sentiments map as the REST reads map them.
    const restSentiment = (sentiment: string) =>
      normalizeChatSession({ ...SESSION, sentiment } as ChatSession).sentiment;
    expect(first).toMatchObject({
      status: 'closed',
      sentiment: restSentiment('happy'),
      vendorSentiment: 'happy',
      language: 'en',
      messageCount: 9,
      closedAt: '2026-03-15T16:02:44.000Z',
      summary: 'Refund issued.',
    });
    expect(first?.sentiment).toBe('positive');
    expect(first?.raw).toEqual(CLOSED_2024_LIST.data[0]);
    // An unreadable time and a negative count are absent; `contact_id` alone is the contact.
    expect(second).toEqual({
      vendor: 'opencx',
      id: '9c8b7a65-4321-4fed-8cba-987654321fed',
      status: 'closed',
      contact: { id: 'c-2' },
      sentiment: 'negative',
      vendorSentiment: 'angry',
      tags: [],
      raw: CLOSED_2024_LIST.data[1],
    });
  });
});

describe('parseOpenCxWebhook: conversation.handoff_to_human', () => {
  it('marks the conversation handed off, leaves its status unknown and maps no contact', async () => {
    const event = narrow(await parse(HANDOFF), 'conversation.handoff_to_human');
    expect(event.conversations).toHaveLength(1);
    expect(event.conversation).toEqual({
      vendor: 'opencx',
      id: normalizeChatSession(SESSION).id,
      status: 'unknown',
      handedOff: true,
      sentiment: 'neutral',
      vendorSentiment: 'neutral',
      language: 'en',
      messageCount: 3,
      summary: 'The contact disputes the number of billed seats.',
      occurredAt: '2026-03-14T09:13:02.123Z',
      tags: [],
      raw: HANDOFF.data[0],
    });
  });

  it('reads one object as well as a list', async () => {
    const event = narrow(
      await parse({ ...HANDOFF, data: HANDOFF.data[0] }),
      'conversation.handoff_to_human',
    );
    expect(event.conversations.map((c) => c.id)).toEqual([SESSION_ID]);
  });
});

describe('parseOpenCxWebhook: events without normalized records', () => {
  it('conversation.third_party_agent_response carries its data as sent', async () => {
    const event = narrow(await parse(THIRD_PARTY), 'conversation.third_party_agent_response');
    expect(event).toEqual({
      type: 'conversation.third_party_agent_response',
      organizationId: ORG,
      data: THIRD_PARTY.data,
      raw: THIRD_PARTY,
    });
  });

  it.each(OPENCX_OPEN_WEBHOOK_EVENTS)('%s carries its open data as sent', async (name) => {
    const payload = { event: name, organization_id: ORG, data: { conversation_id: 'x', n: 1 } };
    expect(await parse(payload)).toEqual({
      type: name,
      organizationId: ORG,
      data: payload.data,
      raw: payload,
    });
  });

  it('declares every event of the spec (thirteen names)', () => {
    const spec = readFileSync(
      new URL('../../../specs/opencx/openapi.yaml', import.meta.url),
      'utf8',
    );
    const webhooks = spec.slice(spec.indexOf('\nwebhooks:\n'), spec.indexOf('\ncomponents:\n'));
    const declared = [...webhooks.matchAll(/^ {2}([a-z_.]+):$/gm)].map((match) => match[1]);
    expect([...declared].sort()).toEqual([...OPENCX_WEBHOOK_EVENTS].sort());
    expect(OPENCX_WEBHOOK_EVENTS).toHaveLength(13);
  });
});

describe('parseOpenCxWebhook: unknown events', () => {
  it.each([
    [
      'a new event name',
      { event: 'phone_call.ended', organization_id: ORG, data: {} },
      'phone_call.ended',
    ],
    [
      'a name in another case',
      { ...STARTED, event: 'Conversation.Started' },
      'Conversation.Started',
    ],
    ['no event', { organization_id: ORG, data: {} }, undefined],
    ['a numeric event', { event: 7, data: [] }, undefined],
    ['an object key as event', { event: 'constructor' }, 'constructor'],
  ])('%s is unknown, not an error', async (_name, payload, vendorType) => {
    expect(await parse(payload)).toEqual({ type: 'unknown', vendorType, raw: payload });
  });
});

describe('ids: a record received by webhook is the one the REST reads give', () => {
  it('an integer conversation id reads as its digits, as getChatSession reads it', async () => {
    const event = narrow(
      await parse({ ...STARTED, data: { ...STARTED.data, conversation_id: 48213 } }),
      'conversation.started',
    );
    const rest = normalizeChatSession({ ...SESSION, id: 48213 } as unknown as ChatSession);
    expect(event.conversation.id).toBe('48213');
    expect(event.conversation.id).toBe(rest.id);
  });

  it('an integer past 2^53 − 1 keeps its exact digits, as the REST client keeps them', async () => {
    const text = `{"event":"conversation.closed","organization_id":"${ORG}","data":[{"conversation_id":9007199254740993,"contact_id":18014398509481985}]}`;
    const event = narrow(await parseOpenCxWebhook(text, {}), 'conversation.closed');
    // The REST client hands the normalizer such integers as strings of their digits.
    const rest = normalizeChatSession({
      ...SESSION,
      id: '9007199254740993',
      contact: { id: '18014398509481985' },
    } as unknown as ChatSession);
    expect(event.conversation.id).toBe('9007199254740993');
    expect(event.conversation.id).toBe(rest.id);
    expect(event.conversation.contact?.id).toBe(rest.contact?.id);
  });

  it('ids are trimmed as the REST reads trim them', async () => {
    const event = narrow(
      await parse({ ...STARTED, data: { ...STARTED.data, conversation_id: ` ${SESSION_ID}\n` } }),
      'conversation.started',
    );
    expect(event.conversation.id).toBe(
      normalizeChatSession({ ...SESSION, id: ` ${SESSION_ID}\n` }).id,
    );
  });
});

describe('the verify hook', () => {
  it('gets the exact bytes, text and headers, and true accepts the delivery', async () => {
    // Spacing no JSON.stringify would write: the hook sees the bytes as sent.
    const text = `{ "event" : "csat.requested", "organization_id": "${ORG}", "data": {"é": 1} }`;
    const bytes = new TextEncoder().encode(text);
    const headers = new Headers({ 'x-gateway-token': 't0k' });
    const seen: OpenCxWebhookDelivery[] = [];
    const event = await parseOpenCxWebhook(bytes, headers, {
      verify: (delivery) => {
        seen.push(delivery);
        return true;
      },
    });
    expect(event.type).toBe('csat.requested');
    expect(seen).toHaveLength(1);
    expect([...(seen[0]?.bytes ?? [])]).toEqual([...bytes]);
    expect(seen[0]?.text).toBe(text);
    expect(seen[0]?.headers).toBe(headers);
  });

  it('a promise of true accepts; false, a promise of false and non-true values refuse', async () => {
    expect((await parse(STARTED, { verify: async () => true })).type).toBe('conversation.started');
    for (const verdict of [false, undefined, 1, 'true', {}]) {
      const sync = await refusal(() => parse(STARTED, { verify: () => verdict as boolean }));
      expect(sync.reason).toBe('signature');
      const async = await refusal(() =>
        parse(STARTED, { verify: () => Promise.resolve(verdict as boolean) }),
      );
      expect(async.reason).toBe('signature');
    }
  });

  it('a hook that throws or rejects refuses with reason signature', async () => {
    const thrown = await refusal(() =>
      parse(STARTED, {
        verify: () => {
          throw new TypeError('boom');
        },
      }),
    );
    expect(thrown.reason).toBe('signature');
    expect(thrown.message).toMatch(/verify hook threw or rejected/);
    const rejected = await refusal(() => parse(STARTED, { verify: () => Promise.reject(5) }));
    expect(rejected.reason).toBe('signature');
  });

  it('runs before the body is parsed: junk a hook refuses is a signature failure', async () => {
    let calls = 0;
    const error = await refusal(() =>
      parseOpenCxWebhook(
        'not json at all',
        {},
        {
          verify: () => {
            calls++;
            return false;
          },
        },
      ),
    );
    expect(error.reason).toBe('signature');
    expect(calls).toBe(1);
  });

  it('is not called when the options or the body are refused first', async () => {
    let calls = 0;
    const verify = () => {
      calls++;
      return true;
    };
    await refusal(() => parseOpenCxWebhook({ event: 'x' } as unknown as string, {}, { verify }));
    await refusal(() => parseOpenCxWebhook('{}', 5 as unknown as Headers, { verify }));
    expect(calls).toBe(0);
  });
});

describe('error reasons', () => {
  // The reasons this receiver can raise: options, malformed, signature. OpenCX documents no
  // header, timestamp or callback token, so missing-header, timestamp and callback-data never
  // occur (checked over every case below).
  const raised = new Set<string>();

  it.each<[string, () => Promise<unknown>, string, RegExp]>([
    [
      'options not an object',
      () => parse(STARTED, 'x' as unknown as OpenCxWebhookOptions),
      'options',
      /options must be an object/,
    ],
    [
      'options null',
      () => parse(STARTED, null as unknown as OpenCxWebhookOptions),
      'options',
      /options must be an object/,
    ],
    [
      'verify not a function',
      () => parse(STARTED, { verify: true } as unknown as OpenCxWebhookOptions),
      'options',
      /verify must be a function/,
    ],
    [
      'verify false',
      () => parse(STARTED, { verify: () => false }),
      'signature',
      /refused the delivery/,
    ],
    [
      'a parsed object as body',
      () => parseOpenCxWebhook(STARTED as unknown as string, {}),
      'malformed',
      /raw request body/,
    ],
    [
      'bytes that are not UTF-8',
      () => parseOpenCxWebhook(new Uint8Array([0x7b, 0xff, 0x7d]), {}),
      'malformed',
      /not UTF-8/,
    ],
    [
      'text that is not JSON',
      () => parseOpenCxWebhook('{"event":', {}),
      'malformed',
      /not JSON \(9 characters\)/,
    ],
    [
      'headers that are not headers',
      () => parseOpenCxWebhook(json(STARTED), 'h' as unknown as Headers),
      'malformed',
      /headers must be/,
    ],
    [
      'a JSON array body',
      () => parse([STARTED]),
      'malformed',
      /the body is an array, expected a JSON object/,
    ],
    ['a JSON null body', () => parseOpenCxWebhook('null', {}), 'malformed', /the body is null/],
    [
      'no organization_id',
      () => parse({ event: 'conversation.ai_response', data: {} }),
      'malformed',
      /conversation.ai_response: `organization_id` is absent/,
    ],
    [
      'a blank organization_id',
      () => parse({ ...STARTED, organization_id: '  ' }),
      'malformed',
      /`organization_id` is a blank string/,
    ],
    [
      'an object organization_id',
      () => parse({ ...STARTED, organization_id: { id: 1 } }),
      'malformed',
      /`organization_id` is an object/,
    ],
    [
      'no data',
      () => parse({ event: 'csat.score_submitted', organization_id: ORG }),
      'malformed',
      /csat.score_submitted: `data` is absent, expected an object/,
    ],
    [
      'a list as started data',
      () => parse({ ...STARTED, data: [STARTED.data] }),
      'malformed',
      /conversation.started: `data` is an array, expected an object/,
    ],
    [
      'a list as open data',
      () => parse({ event: 'workflow.run.failed', organization_id: ORG, data: [] }),
      'malformed',
      /`data` is an array/,
    ],
    [
      'a string as closed data',
      () => parse({ ...CLOSED_NEWEST, data: 'x' }),
      'malformed',
      /`data` is a string, expected an object or a list of objects/,
    ],
    [
      'an empty closed list',
      () => parse({ ...CLOSED_NEWEST, data: [] }),
      'malformed',
      /`data` is an empty list/,
    ],
    [
      'a closed list with a non-object',
      () => parse({ ...CLOSED_NEWEST, data: [CLOSED_NEWEST.data, 3] }),
      'malformed',
      /`data\[1\]` is a number, expected an object/,
    ],
    [
      'started without conversation_id',
      () => parse({ ...STARTED, data: { ...STARTED.data, conversation_id: undefined } }),
      'malformed',
      /conversation.started: `data.conversation_id` is missing/,
    ],
    [
      'closed with a null conversation_id',
      () => parse({ ...CLOSED_NEWEST, data: { ...CLOSED_NEWEST.data, conversation_id: null } }),
      'malformed',
      /`data.conversation_id` is missing/,
    ],
    [
      'handoff element without conversation_id',
      () => parse({ ...HANDOFF, data: [HANDOFF.data[0], { summary: 's' }] }),
      'malformed',
      /conversation.handoff_to_human: `data\[1\].conversation_id` is missing/,
    ],
    [
      'a conversation_id that is an object',
      () => parse({ ...STARTED, data: { ...STARTED.data, conversation_id: { id: SESSION_ID } } }),
      'malformed',
      /`data.conversation_id` is missing, null, blank or not an id/,
    ],
    // Integers past 2^53 − 1 are kept as digits, except when written with a fraction or exponent.
    [
      'an id past 2^53 − 1 written as 1e20',
      () => parseOpenCxWebhook(json(STARTED).replace(`"${SESSION_ID}"`, '1e20'), {}),
      'malformed',
      /^opencx parseOpenCxWebhook: conversation.started: `conversation_id` is an integer beyond 2\^53 − 1/,
    ],
    [
      'a contact id past 2^53 − 1 written with a fraction',
      () =>
        parseOpenCxWebhook(
          json(CLOSED_NEWEST).replaceAll(`"${CONTACT_ID}"`, '9007199254740993.0'),
          {},
        ),
      'malformed',
      /conversation.closed: `contact.id` is an integer beyond/,
    ],
  ])('%s', async (_name, run, reason, message) => {
    const error = await refusal(run);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith('opencx parseOpenCxWebhook: ')).toBe(true);
    raised.add(error.reason);
  });

  it('raises exactly options, malformed and signature', () => {
    expect([...raised].sort()).toEqual(['malformed', 'options', 'signature']);
  });
});

describe('parseOpenCxWebhookRequest', () => {
  const request = (body: BodyInit, headers: HeadersInit = { 'content-type': 'application/json' }) =>
    new Request('https://hooks.example.com/opencx', { method: 'POST', body, headers });

  it('reads the body once, as bytes, and passes the request headers to verify', async () => {
    let header: string | null | undefined;
    const event = await parseOpenCxWebhookRequest(request(json(HANDOFF), { 'x-token': 'abc' }), {
      verify: ({ headers }) => {
        header = (headers as Headers).get('x-token');
        return true;
      },
    });
    expect(event.type).toBe('conversation.handoff_to_human');
    expect(header).toBe('abc');
  });

  it('refuses a used body, a non-Request and bad options', async () => {
    const used = request(json(STARTED));
    await used.text();
    const usedError = await refusal(() => parseOpenCxWebhookRequest(used));
    expect(usedError.reason).toBe('malformed');
    expect(usedError.message).toMatch(/^opencx parseOpenCxWebhookRequest: .*already read/);
    const notRequest = await refusal(() =>
      parseOpenCxWebhookRequest({ body: json(STARTED) } as unknown as Request),
    );
    expect(notRequest.message).toMatch(/expected a web Request/);
    const options = await refusal(() =>
      parseOpenCxWebhookRequest(request(json(STARTED)), { verify: 1 } as never),
    );
    expect(options.reason).toBe('options');
  });
});

describe('secret hunt: no error carries the secret, the hook error or the body', () => {
  const SECRET = 'ocx-hook-SECRET-9f3a1c77';
  const MARK = 'BODY-MARK-5e2b';

  function expectClean(error: unknown, forbidden: readonly string[]) {
    const seen: string[] = [];
    for (let at: unknown = error, depth = 0; at !== undefined && depth < 10; depth++) {
      if (at instanceof Error) {
        seen.push(at.message, String(at), JSON.stringify(at), at.stack ?? '');
        at = (at as { cause?: unknown }).cause;
      } else {
        seen.push(String(at), JSON.stringify(at) ?? '');
        at = undefined;
      }
    }
    for (const text of seen) for (const word of forbidden) expect(text).not.toContain(word);
  }

  const marked = (value: Record<string, unknown>) =>
    json({ ...value, [MARK]: MARK, secret: SECRET });

  const hooks: [string, OpenCxWebhookOptions['verify']][] = [
    ['returns false', () => false],
    ['returns the secret', () => SECRET as unknown as boolean],
    [
      'throws an Error quoting the secret',
      () => {
        throw new Error(`expected ${SECRET}`, { cause: new Error(SECRET) });
      },
    ],
    [
      'throws the secret itself',
      () => {
        throw SECRET;
      },
    ],
    ['rejects with an Error quoting the body', (d) => Promise.reject(new Error(d.text))],
  ];

  it.each(hooks)('hook path: a hook that %s', async (_name, verify) => {
    const error = await refusal(() =>
      parseOpenCxWebhook(marked(STARTED), { authorization: SECRET }, { verify }),
    );
    expect(error.reason).toBe('signature');
    expectClean(error, [SECRET, MARK]);
  });

  const malformed: [string, string | Uint8Array][] = [
    ['not JSON', `{"${MARK}": "${SECRET}"`],
    ['not UTF-8', new Uint8Array([...new TextEncoder().encode(`${MARK}${SECRET}`), 0xff])],
    ['a JSON string', json(`${MARK} ${SECRET}`)],
    ['a JSON array', json([MARK, SECRET])],
    ['no organization_id', marked({ event: 'conversation.closed', data: {} })],
    [
      'organization_id is an object holding the secret',
      marked({ ...STARTED, organization_id: { SECRET } }),
    ],
    ['data is the secret', marked({ ...STARTED, data: SECRET })],
    ['no conversation_id', marked({ ...CLOSED_NEWEST, data: [{ summary: SECRET }] })],
    ['an element that is the secret', marked({ ...HANDOFF, data: [SECRET] })],
  ];

  it.each(malformed)('malformed path: %s', async (_name, body) => {
    const error = await refusal(() => parseOpenCxWebhook(body, { authorization: SECRET }));
    expect(error.reason).toBe('malformed');
    expectClean(error, [SECRET, MARK]);
  });

  it('options path: a verify that is the secret', async () => {
    const error = await refusal(() =>
      parseOpenCxWebhook(marked(STARTED), {}, { verify: SECRET } as never),
    );
    expect(error.reason).toBe('options');
    expectClean(error, [SECRET, MARK]);
  });
});
