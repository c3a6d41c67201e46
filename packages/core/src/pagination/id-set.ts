/**
 * The record ids a listing has given, for the paging guard's duplicate check: the same answers as
 * a `Set<string>`, at a fraction of the cost once it holds tens of thousands of ids.
 *
 * A sync of 100,000 records adds 100,000 ids, one per record, between pages of JSON that push the
 * set out of the processor's caches. A `Set` then pays for each `add` with a walk of a hash chain
 * that loads the id strings already stored (each a cache miss) and, as it grows, with rehashing
 * that loads every one of them again: measured in a full CloseBot sync, about 0.9 µs per record,
 * a quarter of everything the client adds to a hand-written paging loop. Here the table holds each
 * id's 32-bit hash beside its position, so a probe reads one slot and compares strings only when
 * the hashes agree (the same id, or a rare collision, which the comparison settles: two ids are
 * one only when their strings are equal), and growing it moves slots without touching the strings.
 * @internal
 */
export class IdSet {
  /** The ids, in the order they were added. */
  readonly #ids: string[] = [];
  /**
   * Open addressing with linear probing, two numbers per slot: the id's hash (never 0, which marks
   * an empty slot) and its index in `#ids`. At most half the slots are used.
   */
  #slots = new Int32Array(2 * INITIAL_SLOTS);

  /** How many ids the set holds. */
  get size(): number {
    return this.#ids.length;
  }

  /** Adds `id`; `true` when it was not there yet. */
  add(id: string): boolean {
    const hash = idHash(id);
    const slots = this.#slots;
    const wrap = slots.length - 1;
    let at = (hash << 1) & wrap;
    for (let stored = slots[at] as number; stored !== 0; stored = slots[at] as number) {
      if (stored === hash && this.#ids[slots[at + 1] as number] === id) return false;
      at = (at + 2) & wrap;
    }
    slots[at] = hash;
    slots[at + 1] = this.#ids.length;
    this.#ids.push(id);
    if (this.#ids.length * 4 > slots.length) this.#grow();
    return true;
  }

  /** Doubles the table, moving each slot by the hash it holds. */
  #grow(): void {
    const old = this.#slots;
    const slots = new Int32Array(old.length * 2);
    const wrap = slots.length - 1;
    for (let from = 0; from < old.length; from += 2) {
      const hash = old[from] as number;
      if (hash === 0) continue;
      let at = (hash << 1) & wrap;
      while (slots[at] !== 0) at = (at + 2) & wrap;
      slots[at] = hash;
      slots[at + 1] = old[from + 1] as number;
    }
    this.#slots = slots;
  }
}

/** Slots of a new set: a listing of a few pages never grows it. */
const INITIAL_SLOTS = 1024;

/**
 * The 32-bit FNV-1a hash of `id`'s UTF-16 code units, made odd so that it is never 0 (an empty
 * slot). Ids that differ only in that bit, or that collide outright, share a hash and are told
 * apart by comparing the strings.
 * @internal
 */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < id.length; at++) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
  return hash | 1;
}
