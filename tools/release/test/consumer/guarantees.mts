// What the types guarantee a consumer, checked by the consumer test: every `@ts-expect-error` line
// must fail to compile (a misspelled field of a vendor's raw record, a path the vendor's spec does
// not have), and the line before it, the correct spelling, must compile. With the directives
// removed, the test expects exactly those lines to fail, each naming the misspelled name.
// Never called.
import { createCloseBotClient } from '@botbridge/closebot';
import { createOpenCxClient } from '@botbridge/opencx';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { createTwin24Client } from '@botbridge/twin24';

export async function guarantees(): Promise<void> {
  const closebot = createCloseBotClient({ apiKey: 'k' });
  const opencx = createOpenCxClient({ apiKey: 'k' });
  const twin = createTwin24Client({ token: 'k' });
  const smarterbot = createSmarterBotClient({ apiKey: 'k', serialNumber: 's' });

  for await (const lead of closebot.leads()) {
    console.log(lead.raw.name);
    // @ts-expect-error: misspelled raw field
    console.log(lead.raw.nmae);
  }
  for await (const conversation of opencx.conversations()) {
    console.log(conversation.raw.status);
    // @ts-expect-error: misspelled raw field
    console.log(conversation.raw.stauts);
  }
  for await (const conversation of twin.conversations()) {
    console.log(conversation.raw.chatId);
    // @ts-expect-error: misspelled raw field
    console.log(conversation.raw.chatID);
  }
  for await (const lead of smarterbot.leads()) {
    console.log(lead.raw.Email);
    // @ts-expect-error: misspelled raw field
    console.log(lead.raw.Emial);
  }

  await closebot.api.GET('/lead/{leadId}', { params: { path: { leadId: 'l' } } });
  // @ts-expect-error: wrong path
  await closebot.api.GET('/leads/{leadId}', { params: { path: { leadId: 'l' } } });
  await opencx.api.GET('/chat/sessions');
  // @ts-expect-error: wrong path
  await opencx.api.GET('/chat/session', {});
  await twin.api.GET('/sessions');
  // @ts-expect-error: wrong path
  await twin.api.GET('/session', {});
  await smarterbot.api.POST('/chat/Chatbot/LeadList', { body: { serialNumber: 's' } });
  // @ts-expect-error: wrong path
  await smarterbot.api.POST('/chat/Chatbot/LeadsList', { body: { serialNumber: 's' } });
}
