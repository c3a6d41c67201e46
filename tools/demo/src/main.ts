// `npm start`: the whole product in one run, with no credentials and no network. It starts the
// embedded Prism mocks of all four vendor APIs, calls each vendor's seed endpoint through its own
// package, and prints the normalized leads and conversations side by side.
import { createCloseBotClient } from '@botbridge/closebot';
import { collect, createHub, type Message, type Source } from '@botbridge/core';
import { startMockServers } from '@botbridge/mock-server';
import { createOpenCxClient } from '@botbridge/opencx';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { createTwin24Client } from '@botbridge/twin24';
import { renderTable, TABLE_WIDTH } from './table.js';

/** A section title; rules instead of blank lines, which some task runners swallow. */
function heading(title: string): void {
  const rule = '═'.repeat(Math.min(title.length, TABLE_WIDTH));
  console.log(`\n${rule}\n${title}\n${rule}`);
}

/** A UTC timestamp to the minute (`2026-07-22 00:49`): the seconds do not fit the tables. */
function minute(utc: string | undefined): string {
  return utc === undefined ? '' : `${utc.slice(0, 10)} ${utc.slice(11, 16)}`;
}

/**
 * What a message without text shows: the kind of event it records (OpenCX history events such as
 * a handoff or a status change carry no text, only their type and context in `raw`).
 */
function textOf(message: Message): string {
  if (message.text !== undefined) return message.text.replace(/\s+/g, ' ');
  const event = (message.raw as { event?: { type?: unknown } } | undefined)?.event;
  return typeof event?.type === 'string' ? `(${event.type.replaceAll('_', ' ')})` : '';
}

// The mocks accept any credential that is present; these placeholders only satisfy the schemes.
const MOCK_CREDENTIAL = 'mock-credential';

console.log('Starting the embedded vendor mocks (Prism)…');
const mocks = await startMockServers({
  ports: { closebot: 0, opencx: 0, twin24: 0, smarterbot: 0 },
});
try {
  for (const [vendor, url] of Object.entries(mocks.urls))
    console.log(`  ${vendor.padEnd(11)} ${url}`);
  const url = (vendor: keyof typeof mocks.urls) => mocks.urls[vendor] ?? '';

  // Every vendor client is a `Source`: the same four listings, normalized to the same records.
  const sources: Source[] = [
    createCloseBotClient({ apiKey: MOCK_CREDENTIAL, baseUrl: url('closebot') }),
    createOpenCxClient({ apiKey: MOCK_CREDENTIAL, baseUrl: url('opencx') }),
    // One base URL for all of Twin's services (IAM, chat, analyse): the mock serves them together.
    createTwin24Client({ token: MOCK_CREDENTIAL, baseUrl: url('twin24') }),
    createSmarterBotClient({
      apiKey: MOCK_CREDENTIAL,
      baseUrl: url('smarterbot'),
      serialNumber: '3254a9d0424c4806b9ea3d0763ccf001',
    }),
  ];
  const hub = createHub(sources);

  // One loop per resource across every vendor that has it.
  const leads = await collect(hub.leads());
  const conversations = await collect(hub.conversations());
  const messages: Message[] = [];
  for (const source of sources) {
    const first = conversations.find((c) => c.vendor === source.vendor);
    if (source.capabilities.messages && first) {
      messages.push(...(await collect(hub.messages(first, { limit: 6 }))));
    }
  }

  heading('Capabilities: what each vendor can list (the same calls on every Source)');
  console.log(
    renderTable(
      ['vendor', 'listings'],
      sources.map((s) => [
        s.vendor,
        Object.entries(s.capabilities)
          .filter(([, v]) => v !== false)
          .map(([k]) => k)
          .join(', '),
      ]),
    ),
  );
  heading(`Leads (${leads.length}): every vendor that has leads`);
  console.log(
    renderTable(
      ['vendor', 'kind', 'id', 'name', 'email', 'phone', 'conversation', 'created (UTC)', 'tags'],
      leads.map((lead) => [
        lead.vendor,
        lead.kind,
        lead.id,
        lead.contact.name ?? '',
        lead.contact.email ?? '',
        lead.contact.phone ?? '',
        lead.conversationId ?? '',
        minute(lead.createdAt ?? lead.updatedAt),
        lead.tags.join(', '),
      ]),
      { keep: ['vendor', 'kind', 'phone', 'created (UTC)'] },
    ),
  );

  heading(`Conversations (${conversations.length}): every vendor that has conversations`);
  console.log(
    renderTable(
      [
        'vendor',
        'id',
        'status',
        'vendor status',
        'channel',
        'contact',
        'sentiment',
        'handed off',
        'created (UTC)',
        'messages',
      ],
      conversations.map((c) => [
        c.vendor,
        c.id,
        c.status,
        c.vendorStatus ?? '',
        c.channel ?? '',
        c.contact?.name ?? c.contact?.email ?? c.contact?.id ?? '',
        c.sentiment ?? '',
        c.handedOff === undefined ? '' : c.handedOff ? 'yes' : 'no',
        minute(c.createdAt),
        c.messageCount === undefined ? '' : String(c.messageCount),
      ]),
      { keep: ['vendor', 'status', 'channel', 'handed off', 'created (UTC)', 'messages'] },
    ),
  );
  heading(`Messages (${messages.length}): the first conversation of each vendor that has messages`);
  console.log(
    renderTable(
      ['vendor', 'conversation', 'role', 'vendor role', 'text', 'attachments', 'created (UTC)'],
      messages.map((m) => [
        m.vendor,
        m.conversationId,
        m.role,
        m.vendorRole ?? '',
        textOf(m),
        String(m.attachments.length),
        minute(m.createdAt),
      ]),
      { keep: ['vendor', 'role', 'vendor role', 'attachments', 'created (UTC)'] },
    ),
  );
  heading('Every record keeps the vendor payload in `raw`; see README.md for the model.');
  console.log(
    [
      'Next:',
      '  npm run mock        the four vendor APIs on fixed local ports, for your own code',
      '                      (packages/mock-server/README.md: datasets, faults, webhooks)',
      '  README.md           install one vendor package and point its client at a mock',
    ].join('\n'),
  );
} finally {
  await mocks.stop();
}
