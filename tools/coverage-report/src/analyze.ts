import { type Leaf, leavesOf, otherValue, updateAt } from './leaves.js';
import { MODEL_FIELDS, type ModelName, readField } from './model-fields.js';
import {
  describeSource,
  type ExampleSource,
  loadSpec,
  resolve,
  type Spec,
  sourceExample,
} from './spec.js';

/** One normalizer to analyse: a vendor schema, a realistic base payload, and the function. */
export interface CoverageEntry {
  vendor: string;
  model: ModelName;
  /** The vendor component schema the normalizer reads. */
  schema: string;
  /**
   * Where the base payload comes from (an operation's 200 example, or the body of a webhook or
   * callback delivery), and the record inside it.
   */
  example: ExampleSource & { pick: (value: never) => unknown };
  normalize: (payload: never) => unknown;
  /** Model fields the normalizer takes from its call rather than the payload, with where from. */
  fromCall?: Partial<Record<string, string>>;
  /**
   * Fields the vendor's record type adds to the model (OpenCX messages' `authorId`), analysed and
   * listed like the model's own, after them.
   */
  vendorFields?: readonly string[];
}

export interface FieldCoverage {
  field: string;
  /** Vendor leaves whose change changes this model field. */
  from: string[];
  /** Further leaves that fill it only when another field is missing (fallbacks, derived ids). */
  fallback: string[];
  /**
   * For a derived id: how many leaves feed it when even the `fallback` leaves are missing (the
   * whole record, a normalizer's last resort); `undefined` when there is no such last resort.
   */
  lastResort?: number;
  /** The value in the base record when no vendor field drives it (a constant), else undefined. */
  constant?: string;
}

export interface EntryCoverage {
  entry: CoverageEntry;
  /** Leaves without which the normalizer rejects the record. */
  required: string[];
  fields: FieldCoverage[];
  /** Vendor leaves that change no model field: they survive only in `raw`. */
  rawOnly: string[];
}

/** Above this many driving leaves a field is derived from the whole record (a content hash). */
const DERIVED_THRESHOLD = 6;

const THREW = { __threw: true };
const threw = (out: unknown) => out === THREW;

function run(entry: CoverageEntry, payload: unknown): unknown {
  try {
    return entry.normalize(payload as never);
  } catch {
    return THREW;
  }
}

/**
 * Finds, by perturbation, which vendor fields each model field depends on: every scalar leaf of the
 * vendor schema is changed (to another valid value, and to null) in a realistic payload, the
 * normalizer is run, and the model fields that differ are attributed to that leaf. It reads the real
 * normalizer's behaviour, so the report cannot drift from the code.
 */
export function analyze(entry: CoverageEntry, spec: Spec = loadSpec(entry.vendor)): EntryCoverage {
  const schema = resolve(spec, { $ref: `#/components/schemas/${entry.schema}` });
  const leaves: Leaf[] = leavesOf(spec, schema);
  const example = entry.example.pick(sourceExample(spec, entry.example) as never);
  const fieldsOf = [...MODEL_FIELDS[entry.model], ...(entry.vendorFields ?? [])];
  const baseOut = run(entry, example);
  const drivers = new Map<string, Set<string>>(fieldsOf.map((f) => [f, new Set<string>()]));
  const rawOnly: string[] = [];
  const fallbacks = new Map<string, Set<string>>(fieldsOf.map((f) => [f, new Set<string>()]));
  const required = new Set<string>();
  const parentOf = (path: string) =>
    path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  for (const leaf of leaves) {
    const compare = (into: Map<string, Set<string>>, before: unknown, after: unknown) => {
      // A payload the normalizer rejects outright says the leaf is required, not what it fills.
      if (threw(after) || threw(before)) {
        if (threw(after) && !threw(before) && into === drivers) required.add(leaf.path);
        return;
      }
      for (const field of fieldsOf) {
        if (readField(after, field) !== readField(before, field)) {
          into.get(field)?.add(leaf.path);
        }
      }
    };
    // Against the realistic payload: every other enum value (or another valid value), and null.
    const values = leaf.schema.enum ? leaf.schema.enum : [undefined];
    for (const value of values) {
      const changed = updateAt(example, leaf.path, (current) =>
        value === undefined ? otherValue(leaf.schema, current) : value,
      );
      compare(drivers, baseOut, run(entry, changed));
    }
    compare(
      drivers,
      baseOut,
      run(
        entry,
        updateAt(example, leaf.path, () => null),
      ),
    );
    // With one sibling missing at a time, so a fallback read only when the primary field is absent
    // (a field's `name` when its key is null, a derived id when the id is null) shows up too.
    for (const sibling of leaves) {
      if (sibling === leaf || parentOf(sibling.path) !== parentOf(leaf.path)) continue;
      const without = updateAt(example, sibling.path, () => null);
      const changed = updateAt(without, leaf.path, (current) => otherValue(leaf.schema, current));
      compare(fallbacks, run(entry, without), run(entry, changed));
    }
    // Alone: every other leaf missing, so fields that each suffice on their own (any of three
    // operator timestamps marks a hand-off) are found even when the others mask them.
    // Only the outermost leaves are nulled, and never an array the leaf lives in: nulling a
    // child of an array that is already gone would re-create it with one empty element.
    const within = (outer: Leaf, inner: Leaf) =>
      inner.path.startsWith(`${outer.path}[]`) || inner.path.startsWith(`${outer.path}.`);
    const others = leaves.filter((other) => other !== leaf && !within(other, leaf));
    const alone = others
      .filter((other) => !others.some((outer) => outer !== other && within(outer, other)))
      .reduce<unknown>((payload, other) => updateAt(payload, other.path, () => null), example);
    compare(
      fallbacks,
      run(
        entry,
        updateAt(alone, leaf.path, () => null),
      ),
      run(entry, alone),
    );
  }
  // With a field's own sources missing (the vendor id null), the leaves that fill it instead. For a
  // derived id these are the fields it is computed from, which the passes above cannot tell apart
  // from the whole-record hash a record lacking even those falls back on.
  const instead = new Map<string, Set<string>>(fieldsOf.map((f) => [f, new Set<string>()]));
  for (const field of fieldsOf) {
    const own = drivers.get(field) ?? new Set<string>();
    if (own.size === 0 || own.size > DERIVED_THRESHOLD) continue;
    const without = [...own].reduce<unknown>(
      (payload, path) => updateAt(payload, path, () => null),
      example,
    );
    const before = run(entry, without);
    if (threw(before)) continue;
    for (const leaf of leaves) {
      if (leaf.container || own.has(leaf.path)) continue;
      const after = run(
        entry,
        updateAt(without, leaf.path, (current) => otherValue(leaf.schema, current)),
      );
      if (!threw(after) && readField(after, field) !== readField(before, field)) {
        instead.get(field)?.add(leaf.path);
      }
    }
  }
  // A leaf survives only in raw when it fills no model field, not counting a derived id (which
  // every field feeds when the vendor id is missing).
  const derived = (set: Set<string>) => set.size > DERIVED_THRESHOLD;
  for (const leaf of leaves) {
    if (leaf.container) continue;
    const used = fieldsOf.some(
      (field) =>
        drivers.get(field)?.has(leaf.path) ||
        (fallbacks.get(field)?.has(leaf.path) && !derived(fallbacks.get(field) ?? new Set())) ||
        (derived(fallbacks.get(field) ?? new Set()) &&
          !derived(instead.get(field) ?? new Set()) &&
          instead.get(field)?.has(leaf.path)),
    );
    if (!used) rawOnly.push(leaf.path);
  }
  return {
    entry,
    required: [...required],
    rawOnly,
    fields: fieldsOf.map((field) => {
      const from = [...(drivers.get(field) ?? [])];
      let fallback = [...(fallbacks.get(field) ?? [])].filter((leaf) => !from.includes(leaf));
      // A derived id with fields of its own: those, and apart from them its whole-record last resort.
      const own = [...(instead.get(field) ?? [])].filter((leaf) => !from.includes(leaf));
      if (
        fallback.length > DERIVED_THRESHOLD &&
        own.length > 0 &&
        own.length <= DERIVED_THRESHOLD
      ) {
        const lastResort = new Set([...fallback, ...own]).size;
        fallback = own;
        return { field, from, fallback, lastResort };
      }
      const base = readField(baseOut, field);
      return from.length === 0 && fallback.length === 0 && base !== undefined
        ? { field, from, fallback, constant: base }
        : { field, from, fallback };
    }),
  };
}

/** Renders one vendor's analyses as Markdown. */
export function renderVendor(vendor: string, analyses: EntryCoverage[]): string {
  const out = [`## ${vendor}`, ''];
  for (const { entry, fields, rawOnly, required } of analyses) {
    out.push(
      `### ${entry.model} ← \`${entry.schema}\`${'operation' in entry.example ? '' : ` (${describeSource(entry.example)})`}`,
      '',
      '| model field | filled from | also, when other fields are missing |',
      '|---|---|---|',
    );
    for (const { field, from, fallback, constant, lastResort } of fields) {
      const list = (leaves: string[]) =>
        leaves.length > DERIVED_THRESHOLD
          ? `derived from the whole record (${leaves.length} fields)`
          : leaves.map((f) => `\`${f}\``).join(', ');
      const called = entry.fromCall?.[field];
      const primary = called
        ? called
        : from.length > 0
          ? list(from)
          : constant !== undefined
            ? `constant \`${constant.replace(/^"|"$/g, '')}\``
            : '—';
      const also =
        lastResort === undefined
          ? list(fallback)
          : `${list(fallback)}; without them, the whole record (${lastResort} fields)`;
      out.push(`| \`${field}\` | ${primary} | ${fallback.length > 0 ? also : ''} |`);
    }
    if (required.length > 0) {
      const list = required.map((f) => `\`${f}\``).join(', ');
      out.push('', `Required (a record without it is rejected): ${list}.`);
    }
    out.push(
      '',
      `Only in \`raw\`: ${rawOnly.length === 0 ? 'none' : rawOnly.map((f) => `\`${f}\``).join(', ')}.`,
      '',
    );
  }
  return out.join('\n');
}
