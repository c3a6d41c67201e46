import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateValidators } from '../../../tools/codegen/src/validators.js';
import {
  buildWebhook,
  WEBHOOK_EVENTS,
  type WebhookDatasets,
  type WebhookVendor,
} from '../src/index.js';
import { webhookDataset } from '../src/webhooks/send.js';

// Every payload the mock server builds must be a body the vendor spec's `webhooks:` (OpenCX,
// SmarterBot) or `components.callbacks` (Twin) declares. Checked twice, by two validators that
// share no code: Ajv (JSON Schema 2020-12, what OpenAPI 3.1 schemas are) over the spec as written,
// and the validators tools/codegen compiles for the clients' responses, fed the same schemas.

type Json = Record<string, unknown>;
type Check = (value: unknown) => string[];

const SPEC_DIR = fileURLToPath(new URL('../../../specs/', import.meta.url));
const specs: Record<WebhookVendor, Json> = {
  opencx: parse(readFileSync(`${SPEC_DIR}opencx/openapi.yaml`, 'utf8')),
  smarterbot: parse(readFileSync(`${SPEC_DIR}smarterbot/openapi.yaml`, 'utf8')),
  twin24: parse(readFileSync(`${SPEC_DIR}twin24/openapi.yaml`, 'utf8')),
};

const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (node as Json | undefined)?.[key], value);

/** Where each event's request body schema sits in its spec, as path segments. */
function bodyPath(vendor: WebhookVendor, event: string): string[] {
  const json = ['requestBody', 'content', 'application/json', 'schema'];
  if (vendor === 'opencx') return ['webhooks', event, 'post', ...json];
  if (vendor === 'smarterbot') {
    const name = event === 'leads' ? 'smarterbotLeadsDaily' : 'smarterbotConversationsDaily';
    return ['webhooks', name, 'post', ...json];
  }
  return [
    'components',
    'callbacks',
    'BotDialogAnswer',
    '{$request.body#/callbackUrl}',
    'post',
    ...json,
  ];
}

/** A URI fragment for a JSON pointer (RFC 6901 escapes, then percent-encoding). */
const fragment = (segments: string[]) =>
  `#/${segments.map((s) => encodeURIComponent(s.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/')}`;

// ajv-formats is CommonJS: its plugin is the module's `default` (and the module itself).
const addFormats = addFormatsModule.default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const [vendor, spec] of Object.entries(specs)) ajv.addSchema(spec, `spec:${vendor}`);

function ajvCheck(vendor: WebhookVendor, event: string): Check {
  const validate: ValidateFunction = ajv.compile({
    $ref: `spec:${vendor}${fragment(bodyPath(vendor, event))}`,
  });
  return (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/**
 * The codegen's validator for the body schema: the schema becomes the 200 response of a made-up
 * operation next to the spec's own components, compiled and loaded as the codegen test loads it.
 */
function codegenCheck(vendor: WebhookVendor, event: string): Check {
  const spec = specs[vendor];
  const schema = at(spec, ...bodyPath(vendor, event));
  const source = generateValidators({
    openapi: '3.1.0',
    paths: {
      '/body': {
        post: {
          operationId: 'body',
          responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
        },
      },
    },
    components: spec.components,
  });
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const module: { exports: { responseValidators?: Record<string, Record<string, Check>> } } = {
    exports: {},
  };
  new Function('module', 'exports', outputText)(module, module.exports);
  const check = module.exports.responseValidators?.body?.['200'];
  if (!check) throw new Error(`codegen made no validator for ${vendor} ${event}`);
  return check;
}

const RECORDS = 40;
const SEEDS = [1, 7, 23];

/** Every record each event can describe, for a dataset: the ids to build payloads for. */
function recordsOf(vendor: WebhookVendor, datasets: WebhookDatasets): Array<string | number> {
  if (vendor === 'opencx') return datasets.opencx?.sessions.map((s) => s.id) ?? [];
  if (vendor === 'twin24') return datasets.twin24?.sessions.map((s) => s.id) ?? [];
  return datasets.smarterbot?.sessions.map((s) => s.record.SessionID) ?? [];
}

/** The payloads of an event over several seeds: every record it can describe, and the default. */
function payloadsOf(vendor: WebhookVendor, event: string): unknown[] {
  const payloads: unknown[] = [];
  for (const seed of SEEDS) {
    const datasets = webhookDataset(vendor, seed, RECORDS);
    const options = {
      ...(vendor === 'smarterbot' ? { secret: 'k' } : {}),
      ...(vendor === 'twin24' ? { callbackData: 'token' } : {}),
    };
    payloads.push(buildWebhook(vendor, event, datasets, options).payload);
    for (const record of recordsOf(vendor, datasets)) {
      try {
        payloads.push(buildWebhook(vendor, event, datasets, { ...options, record }).payload);
      } catch (error) {
        // A record the event cannot describe (an open session for `conversation.closed` …) is
        // refused with a TypeError; anything else is a bug.
        if (!(error instanceof TypeError && /^record: /.test(error.message))) throw error;
      }
    }
  }
  return payloads;
}

const cases = (Object.keys(WEBHOOK_EVENTS) as WebhookVendor[]).flatMap((vendor) =>
  WEBHOOK_EVENTS[vendor].map((event) => [vendor, event] as const),
);

describe('every payload the mock builds validates against its vendor spec', () => {
  it.each(cases)('%s %s', (vendor, event) => {
    const checks = [ajvCheck(vendor, event), codegenCheck(vendor, event)];
    const payloads = payloadsOf(vendor, event);
    // Every seed gives at least its default payload, and most records fit most events.
    expect(payloads.length).toBeGreaterThan(SEEDS.length);
    for (const payload of payloads) {
      for (const check of checks) expect(check(payload)).toEqual([]);
    }
  });

  it.each(cases)(
    '%s %s: the validators refuse a broken payload (the check can fail)',
    (vendor, event) => {
      const checks = [ajvCheck(vendor, event), codegenCheck(vendor, event)];
      const payload = payloadsOf(vendor, event)[0];
      // Each vendor's body has one thing every payload needs: OpenCX its envelope's `data` object,
      // SmarterBot an array (or the envelope) of records, Twin a `dialogId` string.
      const broken =
        vendor === 'opencx'
          ? { ...(payload as Json), data: 'not an object' }
          : vendor === 'smarterbot'
            ? { records: payload }
            : { ...(payload as Json), dialogId: 42 };
      for (const check of checks) expect(check(broken)).not.toEqual([]);
    },
  );

  it('covers every event the specs declare for the three vendors', () => {
    const declared = Object.keys(at(specs.opencx, 'webhooks') as Json).sort();
    expect([...WEBHOOK_EVENTS.opencx].sort()).toEqual(declared);
    expect(Object.keys(at(specs.smarterbot, 'webhooks') as Json).sort()).toEqual([
      'smarterbotConversationsDaily',
      'smarterbotLeadsDaily',
    ]);
    // Twin's chat-event and message-status callbacks have no documented body: only the bot answer
    // is sent.
    expect(at(specs.twin24, ...bodyPath('twin24', 'bot-answer'))).toBeDefined();
  });
});
