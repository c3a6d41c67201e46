/** The company the sessions belong to (its chats, operators and groups) and its clients. */
import { person, type Random } from '../random.js';

// Client locations with fixed UTC offsets (none of these zones has daylight saving time), so a
// session's times can be written in its client's offset, as Twin's examples do (`+03:00` for a
// Moscow client, `+00:00` for a UTC one), and every instant keeps one spelling.
const LOCATIONS = [
  ['Moscow', 'RU', 'Russia', 'MOW', 'Moscow', '101000', 'Europe/Moscow', 180],
  ['Kazan', 'RU', 'Russia', 'TA', 'Tatarstan', '420111', 'Europe/Moscow', 180],
  [
    'Yekaterinburg',
    'RU',
    'Russia',
    'SVE',
    'Sverdlovsk Oblast',
    '620014',
    'Asia/Yekaterinburg',
    300,
  ],
  ['Minsk', 'BY', 'Belarus', 'HM', 'Minsk', '220030', 'Europe/Minsk', 180],
  ['Reykjavik', 'IS', 'Iceland', '1', 'Capital Region', '101', 'Atlantic/Reykjavik', 0],
] as const;

export type Location = (typeof LOCATIONS)[number];

// Twin names TELEGRAM and WHATSAPP as messenger types (spec `Session.messengerType` examples).
const CHAT_TEMPLATES = [
  ['Support bot (Telegram)', 'TELEGRAM', 'Order status assistant'],
  ['Sales line (WhatsApp)', 'WHATSAPP', 'Sales assistant'],
  ['Service desk (Telegram)', 'TELEGRAM', 'Service desk bot'],
] as const;

export interface Chat {
  id: string;
  name: string;
  messengerType: string;
  botId: string;
  botName: string;
}

export interface Operator {
  id: number;
  name: string;
  type: string;
}

export interface Client {
  clientId: string;
  name: string;
  phone: string;
  location: Location;
  deviceId: string;
  externalId: string | null;
  ip: string;
  banned: boolean;
}

/** Everyone and everything a session can involve. */
export interface Cast {
  companyId: number;
  chats: Chat[];
  operators: Operator[];
  groups: string[];
  clients: Client[];
}

function generateCompany(setup: Random): Omit<Cast, 'clients'> {
  const companyId = setup.int(10_000, 99_999);
  const chats: Chat[] = CHAT_TEMPLATES.map(([name, messengerType, botName]) => ({
    id: setup.uuid(),
    name,
    messengerType,
    botId: setup.uuid(),
    botName,
  }));
  const operators: Operator[] = Array.from({ length: 4 }, (_, i) => {
    const who = person(setup);
    // IAM user ids are integers (spec `SessionOperator.id`); spaced so they never collide.
    return {
      id: 90_000 + i * 100 + setup.int(0, 99),
      name: `${who.first} ${who.last}`,
      type: i === 0 ? 'SUPERVISOR' : 'OPERATOR',
    };
  });
  const groups = [setup.uuid(), setup.uuid()];
  return { companyId, chats, operators, groups };
}

/** One client, with a client id not in `taken` (which then holds it). */
function generateClient(random: Random, taken: Set<string>): Client {
  let clientId: string;
  do clientId = String(random.int(1_000_000_000, 1_999_999_999));
  while (taken.has(clientId));
  taken.add(clientId);
  const who = person(random);
  const slug = `${who.first}-${who.last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return {
    clientId,
    name: `${who.first} ${who.last}`,
    phone: who.phone,
    location: random.pick(LOCATIONS),
    deviceId: `dev-${random.hex(8)}`,
    externalId: random.chance(0.4) ? `crm-${slug}-${random.int(1, 999)}` : null,
    // 203.0.113.0/24 is reserved for documentation.
    ip: `203.0.113.${random.int(1, 254)}`,
    banned: random.chance(0.05),
  };
}

export function generateCast(root: Random, records: number): Cast {
  const company = generateCompany(root.fork('twin24:setup'));
  // Fewer clients than sessions, so some clients come back (the `clientId` filter and
  // `groupByClientId` then have something to do).
  const clientRandom = root.fork('twin24:clients');
  const taken = new Set<string>();
  const clients = Array.from({ length: Math.max(1, Math.ceil(records * 0.7)) }, () =>
    generateClient(clientRandom, taken),
  );
  return { ...company, clients };
}
