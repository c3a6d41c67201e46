import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chatMessageTypeKnownValues, leadTypeKnownValues } from '../src/generated/schema.js';
import {
  type ChatHistoryResponse,
  createSmarterBotClient,
  type LeadListResponse,
} from '../src/index.js';
import { responseValidators } from '../src/validators.js';

// The vendor's pages show lead `Type` (`Lead`, `Appointment`) and message `Type` (`AI`, `User`)
// as sample values, not as complete lists, so the spec makes both open strings: a value the pages
// do not show must pass strict validation and reach the caller without loss.
// https://smarterbot.ai/?p=146, https://docs.neoagent.co/en/API/analytics/storico-messaggi

const load = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
const leadList = load<LeadListResponse>('lead-list.open-type');
const chatHistory = load<ChatHistoryResponse>('chat-history.open-type');

/** The issues the generated validator finds in a 200 answer of `operation`. */
function issuesOf(operation: 'listLeads' | 'getChatHistory', body: unknown): string[] {
  const validate = responseValidators[operation]?.['200'];
  if (validate === undefined) throw new Error(`no 200 validator for ${operation}`);
  return validate(body);
}

/** A client whose every request is answered with `body`, validating it strictly. */
function clientServing(body: unknown) {
  return createSmarterBotClient({
    apiKey: 'sb_open_values_key',
    baseUrl: 'http://smarterbot.test',
    fetch: async () =>
      new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    retry: false,
    validateResponses: 'strict',
    validators: responseValidators,
  });
}

describe('open value sets in the spec', () => {
  it('lists the known values in the <Name>Known enums', () => {
    expect(leadTypeKnownValues).toEqual(['Lead', 'Appointment']);
    expect(chatMessageTypeKnownValues).toEqual(['AI', 'User']);
  });

  it('accepts known, unknown and null types; still refuses a type that is not a string', () => {
    expect(issuesOf('listLeads', leadList)).toEqual([]);
    expect(issuesOf('getChatHistory', chatHistory)).toEqual([]);
    const withType = (Type: unknown) => ({ ...leadList, Data: [{ ...leadList.Data?.[0], Type }] });
    expect(issuesOf('listLeads', withType(null))).toEqual([]);
    expect(issuesOf('listLeads', withType(42))).not.toEqual([]);
  });
});

describe('lead Type outside the known values', () => {
  it('passes strict validation and is read as a plain lead, the vendor value kept in raw', async () => {
    const leads = await clientServing(leadList).listLeads({ serialNumber: 'sn' });
    expect(leads.map((lead) => lead.kind)).toEqual(['lead', 'appointment', 'lead']);
    expect(leads.map((lead) => lead.raw)).toEqual(leadList.Data);
    const callback = leads[2];
    expect(callback?.raw.Type).toBe('Callback');
    expect(callback).toMatchObject({
      contact: { name: 'Ana Souza', email: 'ana.souza@example.com', phone: '+55 11 5550-0123' },
      conversationId: '40230',
      source: { url: 'www.example.com/support' },
      createdAt: '2025-02-04T17:15:30.000Z',
      fields: { Content: 'Call me after 6pm, please.' },
    });
  });
});

describe('message Type outside the known values', () => {
  it('passes strict validation and is a system message keeping the value in vendorRole', async () => {
    const [session] = await clientServing(chatHistory).getChatHistory({ serialNumber: 'sn' });
    const messages = session?.messages ?? [];
    expect(messages.map((m) => [m.role, m.vendorRole])).toEqual([
      ['bot', 'AI'],
      ['contact', 'User'],
      ['system', 'Agent'],
    ]);
    expect(messages.map((m) => m.raw)).toEqual(chatHistory.Data?.[0]?.Messages);
    expect(messages[2]?.text).toBe('This is Dana from the team; I will call you after 6pm.');
  });
});
