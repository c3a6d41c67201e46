/** Generation of the contacts the sessions belong to: who they are and which sessions they own. */
import { person, type Random } from '../random.js';
import type { OpenCxChannelType, OpenCxCustomData, OpenCxSessionContact } from './types.js';

export type ContactKind = 'verified' | 'phone' | 'anonymous';

/**
 * Which contact (by index of introduction) each session belongs to. The spec's examples show one
 * contact in several sessions, so contacts are shared: the first session and `contacts - 1`
 * seeded others introduce a new contact, the rest reuse one introduced earlier. Every contact is
 * therefore referenced, and contacts are introduced oldest first.
 */
export function planContacts(random: Random, sessions: number, contacts: number): number[] {
  const others = Array.from({ length: Math.max(0, sessions - 1) }, (_, i) => i + 1);
  for (let i = others.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [others[i], others[j]] = [others[j] as number, others[i] as number];
  }
  const introducing = new Set(others.slice(0, contacts - 1));
  const owners: number[] = [];
  let introduced = 0;
  for (let i = 0; i < sessions; i++) {
    owners.push(i === 0 || introducing.has(i) ? introduced++ : random.int(0, introduced - 1));
  }
  return owners;
}

export interface ContactDraft {
  kind: ContactKind;
  embedded: OpenCxSessionContact;
  /** The name a history message of the contact is signed with. */
  senderName: string | null;
}

export function draftContact(random: Random): ContactDraft {
  const id = random.uuid();
  const who = person(random);
  const fullName = `${who.first} ${who.last}`;
  const roll = random.next();
  if (roll < 0.6) {
    const custom = random.pick<OpenCxCustomData>([
      {},
      { plan: 'pro', seats: random.int(2, 40) },
      { tier: 'gold' },
      { plan: 'starter', beta_tester: true },
    ]);
    return {
      kind: 'verified',
      embedded: {
        id,
        email: who.email,
        phone_number: random.chance(0.6) ? who.phone : null,
        name: fullName,
        custom_data: custom,
      },
      senderName: fullName,
    };
  }
  if (roll < 0.75) {
    return {
      kind: 'phone',
      embedded: { id, email: null, phone_number: who.phone, name: null, custom_data: {} },
      senderName: null,
    };
  }
  // An unverified visitor: what they typed goes to `non_verified_*`, never to the verified fields
  // (spec: `SessionContact`).
  return {
    kind: 'anonymous',
    embedded: {
      id,
      email: null,
      phone_number: null,
      name: null,
      custom_data: null,
      non_verified_name: fullName,
      non_verified_email: random.chance(0.7) ? who.email : null,
      non_verified_custom_data: random.chance(0.5)
        ? { order_id: `ORD-${random.int(10000, 99999)}` }
        : null,
    },
    senderName: fullName,
  };
}

export function channelFor(random: Random, kind: ContactKind): OpenCxChannelType {
  if (kind === 'phone') return random.pick<OpenCxChannelType>(['whatsapp', 'sms', 'phone_voice']);
  if (kind === 'anonymous') {
    return random.pick<OpenCxChannelType>(['web', 'web', 'web_voice', 'instagram', 'messenger']);
  }
  return random.pick<OpenCxChannelType>(['web', 'web', 'email', 'slack', 'whatsapp', 'api']);
}
