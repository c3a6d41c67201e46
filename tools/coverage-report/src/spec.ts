import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The subset of a JSON Schema the report reads. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
}

export interface Spec {
  components?: { schemas?: Record<string, Schema> };
  paths?: Record<string, Record<string, unknown>>;
}

export function loadSpec(vendor: string): Spec {
  return parse(readFileSync(join(workspaceRoot, 'specs', vendor, 'openapi.yaml'), 'utf8')) as Spec;
}

/** Follows local `$ref`s, merges `allOf`, and unwraps `oneOf/anyOf [X, null]` to X. */
export function resolve(spec: Spec, schema: Schema | undefined, depth = 0): Schema {
  if (!schema || depth > 20) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(spec, spec.components?.schemas?.[name], depth + 1);
  }
  if (schema.allOf) {
    const parts = schema.allOf.map((part) => resolve(spec, part, depth + 1));
    return {
      ...schema,
      allOf: undefined,
      properties: Object.assign({}, ...parts.map((p) => p.properties), schema.properties),
    };
  }
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    const nonNull = variants.filter((v) => v.type !== 'null');
    if (nonNull.length >= 1) return resolve(spec, nonNull[0], depth + 1);
  }
  return schema;
}

/** Finds the example an operation's 200 response shows (by name, or the first one). */
export function operationExample(spec: Spec, operationId: string, name?: string): unknown {
  for (const item of Object.values(spec.paths ?? {})) {
    for (const op of Object.values(item) as Array<Record<string, unknown>>) {
      if (typeof op !== 'object' || op === null || op.operationId !== operationId) continue;
      const responses = op.responses as Record<
        string,
        { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }
      >;
      const media = Object.values(responses['200']?.content ?? {})[0];
      const examples = media?.examples ?? {};
      const chosen = name ? examples[name] : Object.values(examples)[0];
      if (!chosen) throw new Error(`${operationId}: no example ${name ?? '(first)'}`);
      return structuredClone(chosen.value);
    }
  }
  throw new Error(`no operation ${operationId}`);
}
