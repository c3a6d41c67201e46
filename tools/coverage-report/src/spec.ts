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

/** A path item as the report reads it: operations by method. */
type PathItem = Record<string, unknown>;

export interface Spec {
  components?: {
    schemas?: Record<string, Schema>;
    /** Callback Objects by name: each maps a URL expression to the path item the vendor calls. */
    callbacks?: Record<string, Record<string, PathItem>>;
  };
  paths?: Record<string, PathItem>;
  /** Outbound events (OpenAPI 3.1 `webhooks`): the path item the vendor calls, by event name. */
  webhooks?: Record<string, PathItem>;
}

/** Where a normalizer's realistic payload comes from: a response, a webhook or a callback. */
export type ExampleSource =
  | { operation: string; name?: string }
  | { webhook: string; name?: string }
  | { callback: string; name?: string };

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

/** The first (or the named) example of a media type's `examples`, deep-copied. */
function pickExample(
  where: string,
  media: { examples?: Record<string, { value: unknown }> } | undefined,
  name: string | undefined,
): unknown {
  const examples = media?.examples ?? {};
  const chosen = name ? examples[name] : Object.values(examples)[0];
  if (!chosen) throw new Error(`${where}: no example ${name ?? '(first)'}`);
  return structuredClone(chosen.value);
}

/** The example of the request body the vendor sends to a receiver (a webhook or callback's POST). */
function deliveryExample(where: string, item: PathItem | undefined, name?: string): unknown {
  const post = item?.post as
    | {
        requestBody?: {
          content?: Record<string, { examples?: Record<string, { value: unknown }> }>;
        };
      }
    | undefined;
  if (!post) throw new Error(`${where}: no POST`);
  return pickExample(where, Object.values(post.requestBody?.content ?? {})[0], name);
}

/** The example a source names: a 200 response's, or the body of a webhook or callback delivery. */
export function sourceExample(spec: Spec, source: ExampleSource): unknown {
  if ('operation' in source) return operationExample(spec, source.operation, source.name);
  if ('webhook' in source) {
    return deliveryExample(
      `webhook ${source.webhook}`,
      spec.webhooks?.[source.webhook],
      source.name,
    );
  }
  const callback = spec.components?.callbacks?.[source.callback];
  return deliveryExample(
    `callback ${source.callback}`,
    callback ? Object.values(callback)[0] : undefined,
    source.name,
  );
}

/** How the report names where a payload comes from, under each normalizer's heading. */
export function describeSource(source: ExampleSource): string {
  if ('operation' in source) return `response of \`${source.operation}\``;
  if ('webhook' in source) return `webhook \`${source.webhook}\``;
  return `callback \`${source.callback}\``;
}
