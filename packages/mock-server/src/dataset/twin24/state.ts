/** The dataset's state: every generated session with the index the operations read. */
import { createRandom, instants } from '../random.js';
import { generateCast } from './cast.js';
import { wholeSecond } from './clock.js';
import type { SessionState } from './records.js';
import { generateSession } from './session-generation.js';

export interface TwinState {
  /** The company every session belongs to (the caller's company). */
  readonly companyId: number;
  /** Every session, oldest first (generation order). */
  readonly sessions: readonly SessionState[];
  /** Sessions by id. */
  readonly byId: ReadonlyMap<string, SessionState>;
}

/** Generates `records` sessions of one company; same seed and size, same state. */
export function createTwinState(seed: number, records: number): TwinState {
  const root = createRandom(seed);
  const cast = generateCast(root, records);
  const starts = instants(root.fork('twin24:starts'), records);
  const sessions = starts.map((start, index) =>
    generateSession({
      ...cast,
      random: root.fork(`twin24:session:${index}`),
      index,
      startedAt: wholeSecond(start),
      // The oldest session gets `records` messages so that message paging spans several pages.
      messageCount: index === 0 ? records : undefined,
    }),
  );
  return {
    companyId: cast.companyId,
    sessions,
    byId: new Map(sessions.map((state) => [state.session.id, state])),
  };
}
