import { resolve, type Schema, type Spec } from './spec.js';

/** A scalar position in a vendor payload: `fields[].value`, `contact.email`, `timestamp`. */
export interface Leaf {
  path: string;
  schema: Schema;
  /** A whole array of objects: perturbed (emptied, replaced) to find length-driven fields. */
  container?: true;
}

const MAX_DEPTH = 4;

/** Every scalar leaf of a schema; arrays contribute their item's leaves under `name[]`. */
export function leavesOf(spec: Spec, root: Schema, prefix = '', depth = 0): Leaf[] {
  const schema = resolve(spec, root);
  const types = [schema.type ?? []].flat();
  if (schema.properties && depth < MAX_DEPTH) {
    return Object.entries(schema.properties).flatMap(([name, child]) =>
      leavesOf(spec, child, prefix ? `${prefix}.${name}` : name, depth + 1),
    );
  }
  if (types.includes('array') && schema.items && depth < MAX_DEPTH) {
    const item = resolve(spec, schema.items);
    if (item.properties) {
      return [
        { path: prefix, schema, container: true as const },
        ...leavesOf(spec, item, `${prefix}[]`, depth + 1),
      ];
    }
    return [{ path: `${prefix}[]`, schema: item }];
  }
  return [{ path: prefix, schema }];
}

type Json = unknown;

/** Applies `change` to every value at `path` in `value` (a copy), creating it where absent. */
export function updateAt(
  value: Json,
  path: string,
  change: (current: Json, leaf: string) => Json,
): Json {
  const [head = '', ...rest] = path.split('.');
  const isArray = head.endsWith('[]');
  const key = isArray ? head.slice(0, -2) : head;
  const target = (
    typeof value === 'object' && value !== null ? { ...(value as object) } : {}
  ) as Record<string, Json>;
  if (rest.length === 0 && !isArray) {
    target[key] = change(target[key], path);
    return target;
  }
  if (isArray) {
    const list = Array.isArray(target[key]) ? [...(target[key] as Json[])] : [{}];
    if (list.length === 0) list.push(rest.length === 0 ? undefined : {});
    target[key] = list.map((item) =>
      rest.length === 0 ? change(item, path) : updateAt(item, rest.join('.'), change),
    );
    return target;
  }
  target[key] = updateAt(target[key], rest.join('.'), change);
  return target;
}

let counter = 0;

/** A valid value for a leaf schema, different from `current`. */
export function otherValue(schema: Schema, current: Json): Json {
  counter++;
  const types = [schema.type ?? 'string'].flat().filter((t) => t !== 'null');
  if (schema.enum) {
    const options = schema.enum.filter((v) => v !== null && v !== current);
    return options[counter % Math.max(1, options.length)] ?? current;
  }
  const type = types[0];
  if (type === 'boolean') return current !== true;
  if (type === 'integer' || type === 'number')
    return typeof current === 'number' ? current + 7 : 40_000 + counter;
  if (type === 'array') return ['probe-a', 'probe-b'];
  if (type === 'object' || type === undefined) return { probe: `v${counter}` };
  if (
    schema.format === 'date-time' ||
    /(Time|At|_at|timestamp|Date)$/i.test(String(current ?? '')) ||
    isDateTime(current)
  ) {
    return new Date(Date.UTC(2011, 1, 1, 0, 0, counter % 60, 123)).toISOString();
  }
  if (schema.format === 'date') return `2011-02-${String((counter % 27) + 1).padStart(2, '0')}`;
  if (schema.format === 'uuid')
    return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  if (schema.format === 'email') return `probe${counter}@example.net`;
  return `${typeof current === 'string' ? current : 'probe'}-changed${counter}`;
}

function isDateTime(value: Json): boolean {
  return typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value);
}
