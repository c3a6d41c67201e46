import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { components } from '../src/generated/schema.js';
import {
  type ChatSession,
  type CurrentUser,
  normalizeIdentity,
  normalizeSession,
} from '../src/index.js';
import { responseValidators } from '../src/validators.js';

// The forms Twin's own PHP SDK reads or sends beside the documented ones (operators as a
// JSON-encoded string, `extra: []`, the IAM's current user): each fixture has the shape the SDK
// handles, passes the generated response validator (what `validateResponses: 'strict'` runs) and
// normalizes with nothing lost.
const fixture = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;

const strict = (operation: string, body: unknown) =>
  responseValidators[operation]?.['200']?.(body) ?? ['no validator'];

describe('operators as a JSON-encoded string (the vendor SDK’s OperatorList)', () => {
  it('session.operators-json-string: passes strict validation, decodes to a handoff', () => {
    const given = fixture<ChatSession>('session.operators-json-string');
    expect(typeof given.operators).toBe('string');
    expect(strict('getSession', given)).toEqual([]);
    expect(strict('listSessions', { count: 1, items: [given] })).toEqual([]);
    const { raw, ...rest } = normalizeSession(given, 'getSession');
    // No operator is assigned now: only the decoded history tells that one took over before.
    expect(rest).toEqual({
      vendor: 'twin24',
      id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
      status: 'open',
      vendorStatus: 'ACTIVE',
      channel: 'telegram',
      contact: { id: '1200457781', name: 'Alice Nguyen' },
      createdAt: '2026-03-12T07:15:04.000Z',
      lastMessageAt: '2026-03-12T07:52:13.000Z',
      handedOff: true,
      tags: ['vip'],
    });
    // The string stays in raw, as sent.
    expect(raw).toBe(given);
    expect(JSON.parse(raw.operators as string)).toHaveLength(2);
  });

  it('the same session with the array normalizes the same', () => {
    const given = fixture<ChatSession>('session.operators-json-string');
    const asArray = { ...given, operators: JSON.parse(given.operators as string) };
    expect(strict('getSession', asArray)).toEqual([]);
    const { raw: _a, ...fromString } = normalizeSession(given);
    const { raw: _b, ...fromArray } = normalizeSession(asArray);
    expect(fromString).toEqual(fromArray);
  });

  it('session.operators-unreadable: a string that is not JSON stays in raw; no operator, no crash', () => {
    const given = fixture<ChatSession>('session.operators-unreadable');
    expect(strict('getSession', given)).toEqual([]);
    const { raw, ...rest } = normalizeSession(given);
    // Nothing else tells about operators, so a handoff is neither confirmed nor ruled out.
    expect(rest).toEqual({
      vendor: 'twin24',
      id: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
      status: 'open',
      vendorStatus: 'ACTIVE',
      channel: 'whatsapp',
      contact: { id: '15555550123', name: 'Carlos Diaz' },
      createdAt: '2026-03-12T14:02:11.000Z',
      tags: [],
    });
    expect(raw.operators).toBe('{"broken":');
  });

  it.each([
    ['JSON that is not an array', '{"id":1}', undefined],
    ['a JSON scalar', '42', undefined],
    ['an empty string', '', undefined],
    ['an array without operator objects', '[null,1,"x",[]]', false],
    ['an empty array', '[]', false],
    ['JSON null', 'null', false],
  ])('%s invents no operator', (_name, operators, handedOff) => {
    const given = { ...fixture<ChatSession>('session.operators-unreadable'), operators };
    expect(strict('getSession', given)).toEqual([]);
    expect(normalizeSession(given).handedOff).toBe(handedOff);
  });

  it('with operatorId null beside an unreadable string, the session was not handed off', () => {
    const given = {
      ...fixture<ChatSession>('session.operators-unreadable'),
      operatorId: null,
      operators: 'n/a',
    };
    expect(normalizeSession(given).handedOff).toBe(false);
  });
});

describe('the IAM’s current user (whoami)', () => {
  it('user.typical: passes strict validation and gives id and full name', () => {
    const given = fixture<CurrentUser>('user.typical');
    expect(strict('getCurrentUser', given)).toEqual([]);
    const identity = normalizeIdentity(given);
    expect(identity).toEqual({
      vendor: 'twin24',
      accountId: '90412',
      name: 'Alice Nguyen',
      raw: given,
    });
    expect(identity.raw).toBe(given);
  });

  it('user.sparse: empty settings as `[]` pass; without a name the email names the user', () => {
    const given = fixture<CurrentUser>('user.sparse');
    expect(strict('getCurrentUser', given)).toEqual([]);
    expect(normalizeIdentity(given)).toEqual({
      vendor: 'twin24',
      accountId: '90577',
      name: 'dana.whitfield@example.com',
      raw: given,
    });
  });

  it('only `id` is required; an answer without a name or email has no `name`', () => {
    expect(strict('getCurrentUser', { id: 7 })).toEqual([]);
    expect(strict('getCurrentUser', { email: 'x@example.com' })).not.toEqual([]);
    expect(normalizeIdentity({ id: 7 })).toEqual({
      vendor: 'twin24',
      accountId: '7',
      raw: { id: 7 },
    });
  });

  it.each([null, [], 'user'])('rejects %j with a normalization error', (given) => {
    expect(() => normalizeIdentity(given as unknown as CurrentUser)).toThrow(
      expect.objectContaining({ name: 'VendorNormalizationError', operation: 'getCurrentUser' }),
    );
  });
});

describe('login `extra` as the vendor SDK sends it', () => {
  it('the login body type takes `[]` as well as an object', () => {
    const sdk: components['schemas']['LoginRequest'] = {
      email: 'alice.nguyen@example.com',
      password: 'correct-horse-battery-staple',
      ttl: 3600,
      companyId: null,
      extra: [],
    };
    const keyed: components['schemas']['LoginRequest'] = { ...sdk, extra: { source: 'botbridge' } };
    expect([sdk.extra, keyed.extra]).toEqual([[], { source: 'botbridge' }]);
  });
});
