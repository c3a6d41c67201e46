/**
 * A small seeded random source (mulberry32) and the value generators the datasets share, so the
 * same seed always yields the same dataset on every machine and Node version.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `length` lower-case hex digits. */
  hex(length: number): string;
  /** `length` characters of an upper-case base-32 alphabet (Crockford's, no I L O U). */
  base32(length: number): string;
  /** A version-4-shaped UUID. */
  uuid(): string;
  /** A derived random source: independent of how many values this one has drawn. */
  fork(label: string): Random;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 32-bit FNV-1a of a label, to derive independent streams from one seed. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    chance: (p) => next() < p,
    hex: (length) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join(''),
    base32: (length) => Array.from({ length }, () => CROCKFORD[Math.floor(next() * 32)]).join(''),
    uuid: () => {
      const h = random.hex(32);
      const variant = '89ab'[Math.floor(next() * 4)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
    },
    fork: (label) => createRandom((seed ^ hashLabel(label)) >>> 0),
  };
  return random;
}

export const FIRST_NAMES = [
  'Dana',
  'Luis',
  'Priya',
  'Kenji',
  'Amara',
  'Jonas',
  'Mei',
  'Tomás',
  'Aisha',
  'Noah',
  'Sofia',
  'Oluwaseun',
  'Elena',
  'Rahul',
  'Chloe',
  'Mateo',
  'Yuki',
  'Farah',
  'Liam',
  'Ingrid',
] as const;

export const LAST_NAMES = [
  'Whitfield',
  'Moreno',
  'Raman',
  'Takahashi',
  'Okafor',
  'Berg',
  'Chen',
  'Alvarez',
  'Haddad',
  'Novak',
  'Rossi',
  'Adeyemi',
  'Petrova',
  'Iyer',
  'Martin',
  'Silva',
  'Sato',
  'Karimi',
  'Walsh',
  'Lund',
] as const;

/** A person with a name, an email on example.com (reserved, never deliverable) and a phone. */
export function person(random: Random): {
  first: string;
  last: string;
  email: string;
  phone: string;
} {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const email = `${first}.${last}${random.int(1, 999)}@example.com`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  // 555-0100 to 555-0199 are reserved for fiction in every North American area code.
  const phone = `+1${random.pick(['202', '312', '415', '512', '617'])}55501${String(random.int(0, 99)).padStart(2, '0')}`;
  return { first, last, email, phone };
}

/**
 * The dataset's clock: records are spread over the `days` days before a fixed instant, so answers
 * never depend on when the server runs (only issued tokens do).
 */
export const DATASET_EPOCH = Date.parse('2026-06-01T00:00:00.000Z');

/** `count` instants, oldest first, evenly spaced with seeded jitter over `days` days before the epoch. */
export function instants(random: Random, count: number, days = 90): number[] {
  const span = days * 86_400_000;
  const step = count > 0 ? span / count : span;
  return Array.from({ length: count }, (_, i) =>
    Math.floor(DATASET_EPOCH - span + i * step + random.next() * step * 0.9),
  );
}
