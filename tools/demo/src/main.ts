// `npm start`: the whole product in one run, with no credentials and no network. It starts the
// embedded Prism mocks of all four vendor APIs, calls each vendor's seed endpoint through its own
// package, and prints the normalized leads and conversations side by side.
import { createCloseBotClient } from '@botbridge/closebot';
import { collect, createHub, type Message, type Source } from '@botbridge/core';
import { startMockServers } from '@botbridge/mock-server';
import { createOpenCxClient } from '@botbridge/opencx';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { createTwin24Client } from '@botbridge/twin24';
import { renderTable } from './table.js';

/** A section title; rules instead of blank lines, which some task runners swallow. */
function heading(title: string): void {
  console.log(`\n${'═'.repeat(title.length)}\n${title}\n${'═'.repeat(title.length)}`);
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

  heading(
    `Capabilities: ${sources
      .map(
        (s) =>
          `${s.vendor} ${Object.entries(s.capabilities)
            .filter(([, v]) => v !== false)
            .map(([k]) => k)
            .join('/')}`,
      )
      .join('; ')}`,
  );
  heading(`Leads (${leads.length}): every vendor that has leads`);
  console.log(
    renderTable(
      [
        'vendor',
        'kind',
        'id',
        'name',
        'email',
        'phone',
        'conversation',
        'created / updated (UTC)',
        'tags',
      ],
      leads.map((lead) => [
        lead.vendor,
        lead.kind,
        lead.id,
        lead.contact.name ?? '',
        lead.contact.email ?? '',
        lead.contact.phone ?? '',
        lead.conversationId ?? '',
        lead.createdAt ?? lead.updatedAt ?? '',
        lead.tags.join(', '),
      ]),
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
        c.createdAt ?? '',
        c.messageCount === undefined ? '' : String(c.messageCount),
      ]),
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
        (m.text ?? '').replace(/\s+/g, ' '),
        String(m.attachments.length),
        m.createdAt ?? '',
      ]),
    ),
  );
  heading('Every record keeps the vendor payload in `raw`; see README.md for the model.');
} finally {
  await mocks.stop();
}
