/** The dataset's state: every generated record, frozen, with the indexes the operations read. */
import { createRandom, instants, type Random } from '../random.js';
import type { DatasetOptions } from '../types.js';
import { type ContactDraft, draftContact, planContacts } from './contact-generation.js';
import { compareKeys } from './cursor.js';
import { generateOrganization } from './organization.js';
import { type ContactRow, deepFreeze, iso, type Row } from './records.js';
import { generateSession, TEAMS, type Team } from './session-generation.js';
import type { OpenCxChatSession, OpenCxContact, OpenCxDataset } from './types.js';

export interface OpenCxState {
  /** Sessions in listing order (see `byCreation`). */
  readonly sessionRows: readonly Row[];
  /** Contacts in listing order. */
  readonly contactRows: readonly ContactRow[];
  /** Sessions by their lower-case id. */
  readonly rowById: ReadonlyMap<string, Row>;
  /** The served sessions in generation order. */
  readonly sessions: readonly OpenCxChatSession[];
  /** The served contacts in the order of their first session. */
  readonly contacts: readonly OpenCxContact[];
  /** The organization every accepted key belongs to. */
  readonly organization: OpenCxDataset['organization'];
}

/** The sessions in generation order, and the contacts they introduced with the sessions of each. */
interface Generated {
  rows: Row[];
  drafts: ContactDraft[];
  sessionsOf: Map<number, Row[]>;
}

function generateRows(root: Random, records: number): Generated {
  const times = instants(root.fork('times'), records);
  const teamRandom = root.fork('teams');
  const teams: Team[] = TEAMS.map((team) => ({ id: teamRandom.uuid(), ...team }));
  const contactCount = records <= 1 ? records : Math.ceil((records * 3) / 4);
  const owners = planContacts(root.fork('contact-plan'), records, contactCount);
  const firstTicket = root.fork('tickets').int(1000, 4999);

  const drafts: ContactDraft[] = [];
  const rows: Row[] = [];
  const sessionsOf = new Map<number, Row[]>();
  for (let i = 0; i < records; i++) {
    const owner = owners[i] ?? 0;
    let draft = drafts[owner];
    if (draft === undefined) {
      draft = draftContact(root.fork(`contact:${owner}`));
      drafts[owner] = draft;
    }
    const random = root.fork(`session:${i}`);
    // The oldest session carries `records` history items, so its history spans several pages.
    const itemCount = i === 0 ? records : random.int(0, 8);
    const row = generateSession(random, times[i] ?? 0, itemCount, firstTicket + i, draft, teams);
    rows.push(row);
    const list = sessionsOf.get(owner) ?? [];
    list.push(row);
    sessionsOf.set(owner, list);
  }
  return { rows, drafts, sessionsOf };
}

// A contact is created with its first session and updated whenever one of its sessions is (the
// spec's contact examples carry the times of the contact's session).
function contactRowsOf({ drafts, sessionsOf }: Generated): ContactRow[] {
  return drafts.map((draft, index) => {
    const own = sessionsOf.get(index) ?? [];
    const createdMs = Math.min(...own.map((row) => row.createdMs));
    const updatedMs = Math.max(...own.map((row) => row.updatedMs));
    const { id, email, phone_number, name, custom_data } = draft.embedded;
    return {
      contact: {
        id,
        email,
        phone_number,
        name,
        custom_data,
        created_at: iso(createdMs),
        updated_at: iso(updatedMs),
      },
      createdMs,
      updatedMs,
    };
  });
}

// Listing order of both cursor listings: oldest `created_at` first, id breaking ties. OpenCX does
// not document an order; the spec's contact example pages oldest first with a cursor built from
// `created_at` and `id`, and walking forward in creation time keeps earlier pages stable while
// new records arrive.
function byCreation<T extends { createdMs: number }>(idOf: (row: T) => string) {
  return (a: T, b: T) =>
    compareKeys({ t: a.createdMs, id: idOf(a) }, { t: b.createdMs, id: idOf(b) });
}

/** Generates `options.records` sessions and their contacts; same seed and size, same state. */
export function createOpenCxState(options: DatasetOptions): OpenCxState {
  const records = Math.max(0, Math.floor(options.records));
  const root = createRandom(options.seed);
  const generated = generateRows(root, records);
  const { rows } = generated;
  const contactRows = contactRowsOf(generated);
  const sessionRows = [...rows].sort(byCreation<Row>((row) => row.session.id));
  const sortedContacts = [...contactRows].sort(byCreation<ContactRow>((row) => row.contact.id));
  const rowById = new Map(rows.map((row) => [row.session.id, row]));

  // Its own stream, so the organization changes nothing else the seed gives.
  const organization = generateOrganization(root.fork('organization'), sessionRows[0]?.createdMs);

  deepFreeze(rows);
  deepFreeze(contactRows);
  return {
    sessionRows,
    contactRows: sortedContacts,
    rowById,
    sessions: deepFreeze(rows.map((row) => row.session)),
    contacts: deepFreeze(contactRows.map((row) => row.contact)),
    organization: deepFreeze(organization),
  };
}
