import { describe, expect, it } from 'vitest';
import { cleanString, compact, derivedId } from '../src/index.js';

describe('derivedId', () => {
  it('is stable for the same record regardless of key order', () => {
    const a = derivedId('x', { Name: 'Sam', SessionID: 1, Nested: { b: 1, a: [1, 2] } });
    const b = derivedId('x', { Nested: { a: [1, 2], b: 1 }, SessionID: 1, Name: 'Sam' });
    expect(a).toBe(b);
    expect(a).toMatch(/^x_[0-9a-f]{32}$/);
  });

  it('pins the value so ids survive releases (changing the hash is a breaking change)', () => {
    // Expected values computed with an independent FNV-1a-64 implementation over the canonical JSON.
    expect(derivedId('p', {})).toBe('p_08f44b07b5901a25b5a885cb8ecc1864');
    expect(derivedId('x', { SessionID: 31305, Name: 'test' })).toBe(
      'x_f243a7a107b5e117baa2484662872660',
    );
  });

  it('differs when any field differs, including array order and value types', () => {
    const base = { a: 1, b: ['x', 'y'] };
    const ids = new Set([
      derivedId('p', base),
      derivedId('p', { ...base, a: 2 }),
      derivedId('p', { ...base, b: ['y', 'x'] }),
      derivedId('p', { ...base, a: '1' }),
      derivedId('q', base),
    ]);
    expect(ids.size).toBe(5);
  });

  it('does not collide across 50,000 similar records', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 50_000; i++)
      ids.add(derivedId('p', { SessionID: i, Name: `lead ${i % 7}` }));
    expect(ids.size).toBe(50_000);
  });
});

describe('cleanString and compact', () => {
  it.each([
    ['trimmed text', '  Dana ', 'Dana'],
    ['blank', '   ', undefined],
    ['empty', '', undefined],
    ['number id', 555, '555'],
    ['NaN', Number.NaN, undefined],
    ['null', null, undefined],
    ['object', {}, undefined],
  ])('cleanString: %s', (_name, given, want) => expect(cleanString(given)).toBe(want));

  it('compact drops undefined keys only', () => {
    expect(compact({ a: 1, b: undefined, c: null, d: '' })).toEqual({ a: 1, c: null, d: '' });
    expect(Object.keys(compact({ a: undefined }))).toEqual([]);
  });
});
