import { readFileSync } from 'node:fs';
import { derivedId, isVendorNormalizationError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import {
  type LeadListResponse,
  type LeadRecord,
  normalizeLead,
  readLeadList,
} from '../src/index.js';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'),
  ) as LeadRecord;

type Case = [name: string, { given: LeadRecord; want: Record<string, unknown> }];

// `id` is always derived from the record minus `Count` (SmarterBot sends none); checked in the loop.
const cases: Case[] = [
  [
    'lead.typical: the seed record; -08:00 offset with microseconds to UTC, "" phone dropped',
    {
      given: fixture('lead.typical'),
      want: {
        vendor: 'smarterbot',
        kind: 'lead',
        contact: { name: 'test', email: 'test@qq.com' },
        conversationId: '31305',
        source: { url: 'www.xxx.com' },
        createdAt: '2023-11-24T02:36:21.512Z',
        tags: [],
        fields: { Content: 'test' },
      },
    },
  ],
  [
    'lead.appointment: the seed appointment; crosses midnight into the next UTC day',
    {
      given: fixture('lead.appointment'),
      want: {
        vendor: 'smarterbot',
        kind: 'appointment',
        contact: { name: 'test444', email: 'test444@qq.com' },
        conversationId: '31313',
        source: { url: 'www.xxx.com' },
        createdAt: '2023-11-22T03:13:44.054Z',
        tags: [],
        fields: { Content: 'Please share anything' },
      },
    },
  ],
  [
    'lead.all-nulls: every field null gives a bare lead with empty collections',
    {
      given: fixture('lead.all-nulls'),
      want: { vendor: 'smarterbot', kind: 'lead', contact: {}, tags: [], fields: {} },
    },
  ],
  [
    'lead.missing-fields: absent keys are left out, not set to undefined',
    {
      given: fixture('lead.missing-fields'),
      want: {
        vendor: 'smarterbot',
        kind: 'lead',
        contact: { email: 'jordan.lee@example.org' },
        conversationId: '40390',
        tags: [],
        fields: {},
      },
    },
  ],
  [
    'lead.unknown-type: an unknown Type is a plain lead; Z timestamp truncated to ms; name trimmed',
    {
      given: fixture('lead.unknown-type'),
      want: {
        vendor: 'smarterbot',
        kind: 'lead',
        contact: { name: 'Ana Souza', email: 'ana.souza@example.com', phone: '+55 11 5550-0123' },
        conversationId: '40215',
        source: { url: 'https://www.example.org/book' },
        createdAt: '2025-02-03T18:04:11.123Z',
        tags: [],
        fields: { Content: 'Call me after 6pm, please.' },
      },
    },
  ],
  [
    'lead.odd-formats: lower-case type, blank strings, string SessionID, space-separated +05:30 time',
    {
      given: fixture('lead.odd-formats'),
      want: {
        vendor: 'smarterbot',
        kind: 'appointment',
        contact: { phone: '(555) 010-0200' },
        conversationId: '40390',
        source: { url: 'example.com/?utm_source=chat' },
        createdAt: '2025-03-09T18:29:59.999Z',
        tags: [],
        fields: {},
      },
    },
  ],
  [
    'lead.unparseable-time: a non-ISO CreateTime and an empty URI are left out',
    {
      given: fixture('lead.unparseable-time'),
      want: {
        vendor: 'smarterbot',
        kind: 'lead',
        contact: { name: 'Marcus Webb' },
        conversationId: '40187',
        tags: [],
        fields: {},
      },
    },
  ],
];

describe('normalizeLead', () => {
  for (const [name, { given, want }] of cases) {
    it(name, () => {
      const { raw, id, ...rest } = normalizeLead(given);
      expect(rest).toEqual(want);
      const { Count: _count, ...identity } = given;
      expect(id).toBe(derivedId('smarterbot_lead', identity));
      expect(raw).toBe(given);
    });
  }

  it('keeps the vendor Type and Count in raw only', () => {
    const lead = normalizeLead(fixture('lead.unknown-type'));
    expect(lead.raw).toMatchObject({ Type: 'Callback', Count: 6 });
    expect(lead.fields).not.toHaveProperty('Count');
  });

  it('derives a stable id: same record, same id, whatever the key order', () => {
    const given = fixture('lead.typical');
    const first = normalizeLead(given);
    const reordered = Object.fromEntries(Object.entries(given).reverse()) as LeadRecord;
    expect(first.id).toMatch(/^smarterbot_lead_[0-9a-f]{32}$/);
    expect(normalizeLead(structuredClone(given)).id).toBe(first.id);
    expect(normalizeLead(reordered).id).toBe(first.id);
    expect(normalizeLead(fixture('lead.appointment')).id).not.toBe(first.id);
    expect(normalizeLead({ ...given, Content: 'other text' }).id).not.toBe(first.id);
  });

  it.each([
    ['null', null],
    ['a string', 'Lead'],
    ['an array', []],
  ])('rejects %s with a normalization error naming vendor and operation', (_name, given) => {
    try {
      normalizeLead(given as unknown as LeadRecord);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'smarterbot', operation: 'listLeads' });
    }
  });
});

describe('readLeadList', () => {
  const envelope = (Data: unknown) =>
    ({ Data, Version: '1.0.0', Success: true, Code: 200, Message: '' }) as LeadListResponse;
  const record = fixture('lead.typical');

  it.each([
    ['an array', envelope([record]), [record]],
    ['an empty array', envelope([]), []],
    ['null Data as no records', envelope(null), []],
  ])('reads %s', (_name, given, want) => {
    expect(readLeadList(given)).toEqual(want);
  });

  it.each([
    ['an object', envelope({ Items: [record] })],
    ['a string', envelope('none')],
    ['absent Data', { Version: '1.0.0', Success: true, Code: 200 } as LeadListResponse],
  ])('rejects %s in Data with a normalization error', (_name, given) => {
    try {
      readLeadList(given);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'smarterbot', operation: 'listLeads' });
    }
  });
});

describe('derived lead ids', () => {
  it('ignore Count, whose meaning is undocumented and may grow between syncs', () => {
    const record: LeadRecord = {
      Type: 'Lead',
      Name: 'Sam',
      SessionID: 31305,
      CreateTime: '2023-11-23T18:36:21.512302-08:00',
      Count: 2,
    };
    expect(normalizeLead({ ...record, Count: 9 }).id).toBe(normalizeLead(record).id);
    expect(normalizeLead({ ...record, Name: 'Other' }).id).not.toBe(normalizeLead(record).id);
  });
});
