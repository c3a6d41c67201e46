import { readFileSync } from 'node:fs';
import { isVendorNormalizationError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import {
  type LeadDto,
  normalizeLead,
  readTestSessionList,
  type TestSessionList,
} from '../src/index.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as LeadDto;

type Case = [name: string, { given: LeadDto; want: Record<string, unknown> }];

const cases: Case[] = [
  [
    'lead.typical: contact from CRM fields, naive time read as UTC, tags trimmed',
    {
      given: fixture('lead.typical'),
      want: {
        vendor: 'closebot',
        id: 'lead_9F3KQ2M7XW1T',
        kind: 'lead',
        contact: {
          id: 'crm-contact-48213',
          name: 'Dana Example',
          email: 'dana@example.com',
          phone: '+15550100200',
        },
        conversationId: 'lead_9F3KQ2M7XW1T',
        source: { id: 'src_4GJ8T2QW9M0NB6XA', name: 'Example Gym' },
        updatedAt: '2026-07-22T00:49:17.000Z',
        tags: ['new lead', 'trial'],
        fields: { email: 'dana@example.com', phone: '+15550100200', goal: 'Strength' },
      },
    },
  ],
  [
    'lead.all-nulls: every nullable field null gives empty collections, no undefined keys',
    {
      given: fixture('lead.all-nulls'),
      want: {
        vendor: 'closebot',
        id: 'lead_NULLS0000001',
        kind: 'lead',
        contact: {},
        conversationId: 'lead_NULLS0000001',
        tags: [],
        fields: {},
      },
    },
  ],
  [
    'lead.offset-timestamp: offset converted to UTC, field keyed by name when key is null',
    {
      given: fixture('lead.offset-timestamp'),
      want: {
        vendor: 'closebot',
        id: 'lead_OFFSET000001',
        kind: 'lead',
        contact: { name: 'Lee Park' },
        conversationId: 'lead_OFFSET000001',
        source: { id: 'src_4GJ8T2QW9M0NB6XA' },
        updatedAt: '2026-03-04T16:20:00.000Z',
        tags: ['vip'],
        fields: { 'Preferred time': 'mornings' },
      },
    },
  ],
];

describe('normalizeLead', () => {
  for (const [name, { given, want }] of cases) {
    it(name, () => {
      const { raw, ...rest } = normalizeLead(given);
      expect(rest).toEqual(want);
      expect(raw).toBe(given);
    });
  }

  it('lead.missing-id: derives a stable id from the record and drops the blank email', () => {
    const given = fixture('lead.missing-id');
    const first = normalizeLead(given);
    const again = normalizeLead(structuredClone(given));
    expect(first.id).toMatch(/^closebot_lead_[0-9a-f]{32}$/);
    expect(again.id).toBe(first.id);
    expect(first.conversationId).toBeUndefined();
    expect(first.contact).toEqual({ name: 'Sam Rivera' });
    expect(first.updatedAt).toBe('2026-03-04T16:20:00.123Z');
    expect(normalizeLead({ ...given, name: 'Someone Else' }).id).not.toBe(first.id);
  });
});

describe('readTestSessionList', () => {
  const lead = fixture('lead.typical');
  it.each([
    ['envelope', { leads: [lead], total: 7 }, { leads: [lead], total: 7 }],
    ['envelope with null leads', { leads: null, total: 0 }, { leads: [], total: 0 }],
    ['bare array (observed on some bots)', [lead], { leads: [lead], total: undefined }],
  ] as Array<[string, TestSessionList, unknown]>)('reads the %s form', (_name, given, want) => {
    expect(readTestSessionList(given)).toEqual(want);
  });

  it.each([
    ['null body', null],
    ['an object without leads', { total: 3 }],
    ['a string', 'oops'],
  ])('rejects %s with a normalization error naming vendor and operation', (_name, given) => {
    try {
      readTestSessionList(given as TestSessionList);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'closebot', operation: 'listTestSessions' });
    }
  });
});
