// Property-based tests need payloads shaped like the vendor's responses, and payloads that are
// not. The spec is the source of truth for the first kind, so the arbitraries are built from
// specs/<vendor>/openapi.yaml at test time rather than written by hand for each schema: when a
// spec changes, the generated payloads follow. The second kind (`junkFrom`) starts from those and
// breaks them the ways real responses break (a key gone, a wrong type, a null, an unknown enum
// value), plus anything at all.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';

/** A JSON Schema object as it appears in an OpenAPI 3.1 document (the parts we read). */
type Schema = { [keyword: string]: unknown } | boolean;

export interface SchemaArbitraryOptions {
  /**
   * Deepest nesting of objects and arrays, at most 4. Below it, optional properties are left out,
   * arrays are empty and nullable objects are `null`, so recursive schemas stay finite.
   * @default 4
   */
  maxDepth?: number;
  /**
   * Most items in a generated array (a lower `maxItems` in the schema wins; `minItems` is kept).
   * @default 3
   */
  maxItems?: number;
  /**
   * Generate every property, optional ones included. By default optional properties are
   * sometimes omitted, as vendors do.
   * @default false
   */
  allProperties?: boolean;
  /**
   * Folder holding `<vendor>/openapi.yaml`.
   * @default the repository's `specs/` folder
   */
  specsDir?: string | URL;
}

/** Keywords that describe a schema without constraining it. */
const ANNOTATIONS = new Set([
  'description',
  'title',
  'examples',
  'example',
  'default',
  'deprecated',
]);
const DEFAULT_SPECS_DIR = new URL('../../../specs/', import.meta.url);
const MAX_DEPTH = 4;
const documents = new Map<string, Record<string, unknown>>();

function loadSpec(vendor: string, specsDir: string | URL): Record<string, unknown> {
  const base = typeof specsDir === 'string' ? pathToFileURL(`${resolve(specsDir)}/`) : specsDir;
  const url = new URL(`${vendor}/openapi.yaml`, base);
  const cached = documents.get(url.href);
  if (cached) return cached;
  const document = parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
  documents.set(url.href, document);
  return document;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves a local `$ref` (`#/components/schemas/LeadDto`) inside `document`. */
function resolveRef(document: Record<string, unknown>, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`arbitraryFromSchema: only local $refs, got ${ref}`);
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) || !(key in node)) throw new Error(`arbitraryFromSchema: no ${ref}`);
    node = node[key];
  }
  if (!isObject(node) && typeof node !== 'boolean') {
    throw new Error(`arbitraryFromSchema: ${ref} is not a schema`);
  }
  return node;
}

function componentSchema(vendor: string, schemaName: string, specsDir: string | URL) {
  const document = loadSpec(vendor, specsDir);
  return { document, schema: resolveRef(document, `#/components/schemas/${schemaName}`) };
}

/** The `enum` of a component schema (following `$ref`s), e.g. `schemaEnum('opencx', 'Sentiment')`. */
export function schemaEnum(
  vendor: string,
  schemaName: string,
  options: Pick<SchemaArbitraryOptions, 'specsDir'> = {},
): readonly unknown[] {
  const { document, schema } = componentSchema(
    vendor,
    schemaName,
    options.specsDir ?? DEFAULT_SPECS_DIR,
  );
  let node = schema;
  while (isObject(node) && typeof node.$ref === 'string') node = resolveRef(document, node.$ref);
  if (isObject(node) && Array.isArray(node.enum)) return node.enum;
  throw new Error(`schemaEnum: ${vendor} ${schemaName} has no enum`);
}

/**
 * A fast-check arbitrary for the component schema `schemaName` of `specs/<vendor>/openapi.yaml`:
 * values a conforming server could send. Supports local `$ref`, `type` (also `[string, 'null']`
 * lists), `enum`, `const`, `properties`/`required`, `additionalProperties`, `items`,
 * `oneOf`/`anyOf` (one branch), `allOf` (merged), `minimum`/`maximum`, `minLength`/`maxLength`,
 * `pattern`, `examples` of scalars, and the formats `date-time` (`Z`, offsets, microseconds and
 * naive forms, as vendors send them), `date`, `uuid` and `email`. `writeOnly` properties are left
 * out: these are response payloads.
 */
export function arbitraryFromSchema<T = unknown>(
  vendor: string,
  schemaName: string,
  options: SchemaArbitraryOptions = {},
): fc.Arbitrary<T> {
  const { document, schema } = componentSchema(
    vendor,
    schemaName,
    options.specsDir ?? DEFAULT_SPECS_DIR,
  );
  const builder = new SchemaBuilder(document, {
    maxDepth: Math.min(options.maxDepth ?? MAX_DEPTH, MAX_DEPTH),
    maxItems: options.maxItems ?? 3,
    allProperties: options.allProperties ?? false,
  });
  return builder.build(schema, 0) as fc.Arbitrary<T>;
}

interface BuilderSettings {
  maxDepth: number;
  maxItems: number;
  allProperties: boolean;
}

type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

// Past the depth limit only required parts are generated; a schema that requires its own
// recursion would still never end, so a few levels further everything is null.
const HARD_STOP = 4;

class SchemaBuilder {
  private readonly cache = new Map<Schema, Map<number, fc.Arbitrary<unknown>>>();

  constructor(
    private readonly document: Record<string, unknown>,
    private readonly settings: BuilderSettings,
  ) {}

  build(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    let byDepth = this.cache.get(schema);
    const cached = byDepth?.get(depth);
    if (cached) return cached;
    const arbitrary = this.create(schema, depth);
    if (!byDepth) {
      byDepth = new Map();
      this.cache.set(schema, byDepth);
    }
    byDepth.set(depth, arbitrary);
    return arbitrary;
  }

  private deref(schema: Schema): Schema {
    let node = schema;
    for (let hops = 0; isObject(node) && typeof node.$ref === 'string'; hops++) {
      if (hops > 32) throw new Error(`arbitraryFromSchema: $ref cycle at ${node.$ref}`);
      node = resolveRef(this.document, node.$ref);
    }
    return node;
  }

  private create(input: Schema, depth: number): fc.Arbitrary<unknown> {
    if (depth > this.settings.maxDepth + HARD_STOP) return fc.constant(null);
    const schema = this.deref(input);
    if (schema === false) return fc.constant(null);
    if (schema === true) return anyJson(depth, this.settings.maxDepth);
    if ('const' in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
    if (Array.isArray(schema.allOf)) return this.build(this.mergeAllOf(schema), depth);
    const branches = Array.isArray(schema.oneOf)
      ? schema.oneOf
      : Array.isArray(schema.anyOf)
        ? schema.anyOf
        : undefined;
    if (branches) {
      // Siblings of oneOf/anyOf (a description, a shared type) apply to every branch.
      const shared = Object.fromEntries(
        Object.entries(schema).filter(
          ([key]) => !ANNOTATIONS.has(key) && key !== 'oneOf' && key !== 'anyOf',
        ),
      );
      const options = branches.map((branch: Schema) =>
        Object.keys(shared).length > 0 && isObject(branch) && !('$ref' in branch)
          ? this.build({ ...shared, ...branch }, depth)
          : this.build(branch, depth),
      );
      if (this.deep(depth)) {
        const nullBranch = branches.findIndex((branch: Schema) =>
          this.typesOf(branch).includes('null'),
        );
        if (nullBranch >= 0) return fc.constant(null);
      }
      return options.length === 1 && options[0] ? options[0] : fc.oneof(...options);
    }
    const types = this.typesOf(schema);
    if (types.length === 0) return anyJson(depth, this.settings.maxDepth);
    // Below the depth limit a nullable object or array is null, which ends the recursion.
    if (
      this.deep(depth) &&
      types.includes('null') &&
      types.some((t) => t === 'object' || t === 'array')
    ) {
      return fc.constant(null);
    }
    const byType = types.map((type) => this.typed(type, schema, depth));
    return byType.length === 1 && byType[0] ? byType[0] : fc.oneof(...byType);
  }

  private deep(depth: number): boolean {
    return depth >= this.settings.maxDepth;
  }

  private typesOf(input: Schema): JsonType[] {
    const schema = this.deref(input);
    if (typeof schema === 'boolean') return [];
    const declared = schema.type;
    if (typeof declared === 'string') return [declared as JsonType];
    if (Array.isArray(declared)) return declared as JsonType[];
    if (isObject(schema.properties) || 'additionalProperties' in schema) return ['object'];
    if ('items' in schema) return ['array'];
    return [];
  }

  /** Merges `allOf` branches into one object schema: properties side by side, `required` united. */
  private mergeAllOf(schema: Record<string, unknown>): Schema {
    const { allOf, ...rest } = schema;
    const parts = [rest, ...(allOf as Schema[]).map((part) => this.deref(part))];
    const properties: Record<string, Schema> = {};
    const required = new Set<string>();
    const merged: Record<string, unknown> = {};
    for (const part of parts) {
      if (!isObject(part)) continue;
      const flat = Array.isArray(part.allOf) ? this.mergeAllOf(part) : part;
      if (!isObject(flat)) continue;
      for (const [key, value] of Object.entries(flat)) {
        if (key === 'properties' || key === 'required' || ANNOTATIONS.has(key)) continue;
        merged[key] = value;
      }
      if (Array.isArray(flat.required))
        for (const name of flat.required) required.add(String(name));
      if (!isObject(flat.properties)) continue;
      for (const [name, property] of Object.entries(flat.properties) as Array<[string, Schema]>) {
        const before = properties[name];
        // An empty schema (`Data: {}` in an envelope) constrains nothing: the narrower one wins.
        properties[name] =
          before === undefined || isEmptySchema(before)
            ? property
            : isEmptySchema(property)
              ? before
              : { allOf: [before, property] };
      }
    }
    return { ...merged, type: merged.type ?? 'object', properties, required: [...required] };
  }

  private typed(
    type: JsonType,
    schema: Record<string, unknown>,
    depth: number,
  ): fc.Arbitrary<unknown> {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return withExamples(schema, integerOf(schema));
      case 'number':
        return withExamples(schema, fc.oneof(integerOf(schema), doubleOf(schema)));
      case 'string':
        return withExamples(schema, stringOf(schema));
      case 'array':
        return this.array(schema, depth);
      case 'object':
        return this.object(schema, depth);
      default:
        throw new Error(`arbitraryFromSchema: unknown type ${String(type)}`);
    }
  }

  private array(schema: Record<string, unknown>, depth: number): fc.Arbitrary<unknown> {
    const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const limit = Math.min(
      this.settings.maxItems,
      typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY,
    );
    const maxLength = this.deep(depth) ? minLength : Math.max(minLength, limit);
    const items = 'items' in schema ? (schema.items as Schema) : true;
    if (maxLength === 0) return fc.constant([]);
    return fc.array(this.build(items, depth + 1), { minLength, maxLength });
  }

  private object(schema: Record<string, unknown>, depth: number): fc.Arbitrary<unknown> {
    const properties = isObject(schema.properties)
      ? (schema.properties as Record<string, Schema>)
      : {};
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const deep = this.deep(depth);
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, property] of Object.entries(properties)) {
      if (isObject(property) && property.writeOnly === true) continue;
      if (deep && !required.has(name)) continue;
      model[name] = this.build(property, depth + 1);
    }
    const extra = schema.additionalProperties;
    if (Object.keys(properties).length === 0 && extra !== false && extra !== undefined) {
      // A free-form map (`custom_data`): a few keys with values of the given schema.
      return fc.dictionary(
        fc.string({ minLength: 1, maxLength: 12 }),
        this.build(extra as Schema, depth + 1),
        {
          maxKeys: deep ? 0 : 3,
          noNullPrototype: true,
        },
      );
    }
    const requiredKeys = this.settings.allProperties
      ? Object.keys(model)
      : Object.keys(model).filter((name) => required.has(name));
    return fc.record(model, { requiredKeys, noNullPrototype: true });
  }
}

function isEmptySchema(schema: Schema): boolean {
  return (
    schema === true ||
    (isObject(schema) && Object.keys(schema).every((key) => ANNOTATIONS.has(key)))
  );
}

/** Any JSON value, for schemas that constrain nothing (`Data: {}`, `location: {}`). */
function anyJson(depth: number, maxDepth: number): fc.Arbitrary<unknown> {
  return fc.jsonValue({ maxDepth: Math.max(0, Math.min(2, maxDepth - depth)) });
}

/** Mixes a scalar schema's own `examples` in with the generated values: they are realistic. */
function withExamples(schema: Record<string, unknown>, arbitrary: fc.Arbitrary<unknown>) {
  const examples = Array.isArray(schema.examples)
    ? schema.examples.filter((example) => example === null || typeof example !== 'object')
    : [];
  if (examples.length === 0) return arbitrary;
  return fc.oneof({ arbitrary, weight: 3 }, { arbitrary: fc.constantFrom(...examples), weight: 1 });
}

function bound(schema: Record<string, unknown>, key: 'minimum' | 'maximum'): number | undefined {
  const exclusive = schema[key === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'];
  if (typeof exclusive === 'number') return key === 'minimum' ? exclusive + 1 : exclusive - 1;
  const value = schema[key];
  return typeof value === 'number' ? value : undefined;
}

function integerOf(schema: Record<string, unknown>): fc.Arbitrary<number> {
  const wide = schema.format === 'int64';
  const min = bound(schema, 'minimum');
  const max = bound(schema, 'maximum');
  return fc.integer({
    min: Math.ceil(min ?? (wide ? Number.MIN_SAFE_INTEGER : -(2 ** 31))),
    max: Math.floor(max ?? (wide ? Number.MAX_SAFE_INTEGER : 2 ** 31 - 1)),
  });
}

function doubleOf(schema: Record<string, unknown>): fc.Arbitrary<number> {
  const min = bound(schema, 'minimum');
  const max = bound(schema, 'maximum');
  // JSON has no NaN or Infinity, so a conforming server cannot send them.
  return fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(min === undefined ? { min: -1e12 } : { min }),
    ...(max === undefined ? { max: 1e12 } : { max }),
  });
}

function stringOf(schema: Record<string, unknown>): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'date-time':
      return dateTime();
    case 'date':
      return instant().map((ms) => new Date(ms).toISOString().slice(0, 10));
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    default:
      break;
  }
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
  if (typeof schema.pattern === 'string') {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((text) => text.length >= minLength && text.length <= (maxLength ?? text.length));
  }
  return fc.string({ minLength, maxLength: maxLength ?? Math.max(minLength, 24) });
}

function instant(): fc.Arbitrary<number> {
  // 1970–2099: offsets then never push a value out of four-digit years.
  return fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2099, 11, 31) });
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/**
 * Date-times in the forms vendors really send: `Z` with or without milliseconds, `±hh:mm` offsets,
 * microseconds (SmarterBot), seven fraction digits (.NET) and naive values without any offset
 * (CloseBot).
 */
function dateTime(): fc.Arbitrary<string> {
  return fc
    .record({
      at: instant(),
      // Offsets in quarter hours from -12:00 to +14:00, the range real time zones use.
      offset: fc.integer({ min: -48, max: 56 }).map((quarters) => quarters * 15),
      fraction: fc.constantFrom(0, 3, 6, 7),
      extra: fc.nat(9999),
      zone: fc.constantFrom('Z', 'offset', 'naive'),
    })
    .map(({ at, offset, fraction, extra, zone }) => {
      const shift = zone === 'offset' ? offset : 0;
      const local = new Date(at + shift * 60_000).toISOString().slice(0, 23);
      const [seconds, millis = '000'] = local.split('.');
      const digits = `${millis}${pad(extra, 4)}`.slice(0, fraction);
      const suffix =
        zone === 'Z'
          ? 'Z'
          : zone === 'naive'
            ? ''
            : `${shift < 0 ? '-' : '+'}${pad(Math.trunc(shift / 60))}:${pad(shift % 60)}`;
      return `${seconds}${digits ? `.${digits}` : ''}${suffix}`;
    });
}

/**
 * Strings that are not in `known`, for "unknown enum value" properties: random text, known values
 * cased differently, padded or extended (`closed` → `CLOSED`, ` closed `, `closed_v2`), vendor-style
 * upper-case words, and names that live on `Object.prototype` (`constructor`, `__proto__`,
 * `toString`), which catch vocabularies kept in plain objects. `normalize` is how the code under
 * test compares (e.g. trim and lower-case): a string that normalizes into `known` is never
 * produced, nor a blank one, which means "no value" rather than an unknown one.
 */
export function unknownEnumValue(
  known: readonly unknown[],
  normalize: (value: string) => string = (value) => value.trim(),
): fc.Arbitrary<string> {
  const strings = known.filter((value): value is string => typeof value === 'string');
  const taken = new Set(strings.map(normalize));
  const variants = fc
    .tuple(
      fc.constantFrom(...strings, 'open'),
      fc.constantFrom(
        (v: string) => v.toUpperCase(),
        (v: string) => ` ${v} `,
        (v: string) => `${v}_v2`,
      ),
    )
    .map(([value, vary]) => vary(value));
  return fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 16 }),
      fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'),
      variants,
      fc.stringMatching(/^[A-Z][A-Z_]{2,12}$/),
    )
    .filter((value) => value.trim() !== '' && !taken.has(normalize(value)));
}

type MutationKind =
  | 'drop'
  | 'null'
  | 'wrong-type'
  | 'odd-number'
  | 'unknown-string'
  | 'wrap-in-array'
  | 'empty-array'
  | 'object';

interface Mutation {
  kind: MutationKind;
  /** Which node to mutate: an index into the value's nodes, taken modulo their number. */
  at: number;
  text: string;
  number: number;
  value: unknown;
}

export interface JunkOptions {
  /**
   * Most mutations applied to one value. Junk comes in two mixes: one to three targeted
   * mutations (the typical broken response), and many scattered ones up to this number, which
   * large schemas need before a rarely hit field is broken often enough.
   * @default 24
   */
  maxMutations?: number;
}

/**
 * Numbers of the right type and the wrong value: negative counts, fractions where integers belong,
 * integers past 2^53, and what JSON cannot carry but a lenient parser or a proxy can produce.
 */
const oddNumbers: fc.Arbitrary<number> = fc.constantFrom(
  -1,
  -0,
  0.5,
  2 ** 53 + 2,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
);

/** Values of every JSON type and the numbers JSON cannot carry but a parser bug can. */
const wrongValues: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.constant({}),
  fc.constant([]),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53 + 2, -1),
  fc.jsonValue({ maxDepth: 1 }),
);

/**
 * Junk derived from `valid` (usually an `arbitraryFromSchema`): spec-shaped values with one or
 * more things broken, at any depth, in the ways vendors break them: a key dropped, a
 * value of the wrong type, a number out of range, an unknown string where an enum was promised,
 * `null` where an object or array was promised, an array where an object was, an object where an
 * array was; plus
 * `fc.anything()`.
 */
export function junkFrom(
  valid: fc.Arbitrary<unknown>,
  options: JunkOptions = {},
): fc.Arbitrary<unknown> {
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    kind: fc.constantFrom<MutationKind>(
      'drop',
      'null',
      'wrong-type',
      'odd-number',
      'unknown-string',
      'wrap-in-array',
      'empty-array',
      'object',
    ),
    at: fc.nat(),
    text: unknownEnumValue([]),
    number: oddNumbers,
    value: wrongValues,
  });
  const scattered = Math.max(4, options.maxMutations ?? 24);
  const broken = (mutations: fc.Arbitrary<Mutation[]>) =>
    fc.tuple(valid, mutations).map(([value, list]) => list.reduce(mutate, structuredClone(value)));
  return fc.oneof(
    { arbitrary: broken(fc.array(mutation, { minLength: 1, maxLength: 3 })), weight: 3 },
    { arbitrary: broken(fc.array(mutation, { minLength: 4, maxLength: scattered })), weight: 2 },
    { arbitrary: fc.anything(), weight: 1 },
  );
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number } | undefined;

/** Every place a value could be replaced: the root (`undefined`) and each nested slot. */
function slots(value: unknown, out: Slot[] = [undefined], depth = 0): Slot[] {
  if (depth > 16) return out;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push({ parent: value, key: index });
      slots(item, out, depth + 1);
    });
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      out.push({ parent: value, key });
      slots(item, out, depth + 1);
    }
  }
  return out;
}

function replacement(current: unknown, mutation: Mutation): unknown {
  switch (mutation.kind) {
    case 'null':
      return null;
    case 'unknown-string':
      return mutation.text;
    case 'odd-number':
      return mutation.number;
    case 'wrap-in-array':
      return [current];
    case 'empty-array':
      return [];
    case 'object':
      return Array.isArray(current) ? { ...current } : { value: current };
    default: {
      // A wrong type: whatever was drawn, unless it happens to have the current value's type.
      const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
      if (kind(mutation.value) !== kind(current)) return mutation.value;
      return typeof current === 'string' ? 42 : 'not-a-value';
    }
  }
}

function mutate(root: unknown, mutation: Mutation): unknown {
  const all = slots(root);
  const slot = all[mutation.at % all.length];
  if (slot === undefined) return mutation.kind === 'drop' ? undefined : replacement(root, mutation);
  const { parent, key } = slot;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (mutation.kind === 'drop') parent.splice(key, 1);
    else parent[key] = replacement(parent[key], mutation);
    return root;
  }
  const record = parent as Record<string, unknown>;
  if (mutation.kind === 'drop') {
    delete record[key];
  } else {
    // defineProperty rather than assignment: a `__proto__` key must stay an own property.
    Object.defineProperty(record, key, {
      value: replacement(record[key], mutation),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return root;
}
