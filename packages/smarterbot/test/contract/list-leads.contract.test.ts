import {
  collect,
  isVendorAuthenticationError,
  isVendorEnvelopeError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { dropHeader, mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createSmarterBotClient } from '../../src/index.js';

// Contract tests against the real Prism mock of specs/smarterbot/openapi.yaml (see global-setup.ts).
// Prism answers from the spec's examples, so these check shapes and statuses, not sequences.
const baseUrl = mockUrl('smarterbot');
const apiKey = 'sb_contract_test_key_7e3a';
const recorder = recordingFetch();
const client = createSmarterBotClient({ apiKey, baseUrl, fetch: recorder.fetch, retry: false });
const params = {
  serialNumber: '7c1f0e2a9b4d4c5e8f60a1b2c3d4e5f6',
  startTime: '2025-01-01',
  endTime: '2025-02-01',
  sessionId: 40211,
};
const prefer = (value: string) => ({ headers: { Prefer: value } });

describe('POST /chat/Chatbot/LeadList (listLeads) against Prism', () => {
  it('returns normalized leads and appointments from the envelope', async () => {
    const leads = await client.listLeads(params);
    expect(leads.length).toBeGreaterThan(0);
    for (const lead of leads) {
      expect(lead.vendor).toBe('smarterbot');
      expect(lead.id).toMatch(/^smarterbot_lead_[0-9a-f]{32}$/);
      expect(['lead', 'appointment']).toContain(lead.kind);
      expect(lead.raw).toBeTypeOf('object');
      if (lead.createdAt)
        expect(lead.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it.each(['leadsAndAppointments', 'empty', 'nullFields', 'utcTimestamps', 'unlistedType'])(
    'normalizes the %s example without errors',
    async (example) => {
      const leads = await client.listLeads(
        { serialNumber: params.serialNumber },
        prefer(`example=${example}`),
      );
      for (const lead of leads) {
        expect(lead.tags).toEqual([]);
        expect(lead.fields).toBeTypeOf('object');
      }
      if (example === 'empty') expect(leads).toEqual([]);
      if (example === 'leadsAndAppointments') {
        expect(leads.map((l) => l.kind)).toEqual(['lead', 'appointment', 'lead']);
        expect(leads[0]?.createdAt).toBe('2025-02-03T18:04:11.123Z');
        expect(leads[1]?.contact.phone).toBeUndefined();
      }
      if (example === 'nullFields') {
        expect(leads[0]?.contact).toEqual({ email: 'jordan.lee@example.org' });
        expect(leads[0]?.fields).toEqual({});
      }
      if (example === 'utcTimestamps') expect(leads[0]?.createdAt).toBe('2025-02-03T18:04:11.123Z');
      if (example === 'unlistedType') {
        // An open string: another kind is a plain lead, the vendor's value kept in raw.
        expect(leads.map((l) => [l.kind, l.raw.Type])).toEqual([['lead', 'Callback']]);
      }
    },
  );

  it('raises VendorEnvelopeError for the businessFailure example (HTTP 200, Success: false)', async () => {
    const failure = client.listLeads(params, prefer('example=businessFailure'));
    await expect(failure).rejects.toSatisfy(isVendorEnvelopeError);
    await expect(failure).rejects.toMatchObject({
      vendor: 'smarterbot',
      operation: 'listLeads',
      status: 200,
      vendorCode: 401,
      vendorMessage: 'Invalid key',
    });
  });

  it('iterates every record through the async iterator', async () => {
    const seen = [];
    for await (const lead of client.leads(params)) seen.push(lead);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('serves leads() as a Source listing with the UTC days of since/until', async () => {
    const source = createSmarterBotClient({
      apiKey,
      baseUrl,
      serialNumber: params.serialNumber,
      fetch: recorder.fetch,
      retry: false,
    });
    const leads = await collect(
      source.leads({ since: '2025-01-01T00:00:00Z', until: '2025-03-01T00:00:00Z', limit: 2 }),
    );
    expect(leads.map((l) => l.kind)).toEqual(['lead', 'appointment']);
  });

  it.each([
    [400, isVendorHttpError],
    [404, isVendorHttpError],
    [500, isVendorHttpError],
    [503, isVendorHttpError], // the spec's `default` response
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [429, isVendorRateLimitError],
  ])(
    'maps a declared %i to the right error class with the envelope message',
    async (code, guard) => {
      const failure = client.listLeads(params, prefer(`code=${code}`));
      await expect(failure).rejects.toSatisfy(guard);
      await expect(failure).rejects.toMatchObject({
        status: code,
        vendor: 'smarterbot',
        operation: 'listLeads',
      });
      await expect(failure).rejects.toThrow(`(Code ${code})`);
    },
  );

  it('maps missing credentials to VendorAuthenticationError without leaking the key', async () => {
    // A proxy that strips the Authorization header: Prism then enforces the spec's security scheme.
    const stripping = recordingFetch(dropHeader('Authorization'));
    const keyless = createSmarterBotClient({
      apiKey,
      baseUrl,
      fetch: stripping.fetch,
      retry: false,
    });
    const error = await keyless.listLeads(params).catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401 });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(apiKey);
  });

  afterAll(() => {
    // Every request the client sent passed Prism's request validation.
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
