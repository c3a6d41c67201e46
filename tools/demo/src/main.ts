// `npm start`: the whole product in one run, with no credentials and no network. It starts the
// embedded Prism mocks of all four vendor APIs, calls each vendor's seed endpoint through its own
// package, and prints the normalized leads and conversations side by side.
import { createCloseBotClient } from '@botbridge/closebot';
import type { Conversation, Lead } from '@botbridge/core';
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

  const closebot = createCloseBotClient({ apiKey: MOCK_CREDENTIAL, baseUrl: url('closebot') });
  const smarterbot = createSmarterBotClient({
    apiKey: MOCK_CREDENTIAL,
    baseUrl: url('smarterbot'),
  });
  const opencx = createOpenCxClient({ apiKey: MOCK_CREDENTIAL, baseUrl: url('opencx') });
  const twin24 = createTwin24Client({ token: MOCK_CREDENTIAL, baseUrl: url('twin24') });

  const leads: Lead[] = [];
  for await (const lead of closebot.testSessions({ botId: 'bot_7QH2KD9W0ZP4MX1C' }))
    leads.push(lead);
  leads.push(
    ...(await smarterbot.listLeads({
      serialNumber: '3254a9d0424c4806b9ea3d0763ccf001',
      startTime: '2025-01-01',
      endTime: '2025-02-01',
    })),
  );

  const conversations: Conversation[] = [];
  conversations.push(await opencx.getChatSession('3c90c3cc-0d44-4b50-8888-8dd25736052a'));
  for await (const session of twin24.chatSessions({ limit: 100 })) conversations.push(session);

  heading(`Leads (${leads.length}): CloseBot test sessions, SmarterBot leads and appointments`);
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

  heading(`Conversations (${conversations.length}): OpenCX and Twin chat sessions`);
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
  heading('Every record keeps the vendor payload in `raw`; see README.md for the model.');
} finally {
  await mocks.stop();
}
