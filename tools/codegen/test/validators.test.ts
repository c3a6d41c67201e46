import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readApis, workspaceRoot } from '../src/apis.js';
import { generateValidators } from '../src/validators.js';

type Validator = (value: unknown) => string[];
type Validators = Record<string, Record<string, Validator>>;
type Json = Record<string, unknown>;

/** Runs generated source the way a vendor package would: transpiled, then its export read. */
function load(source: string): Validators {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const module: { exports: { responseValidators?: Validators } } = { exports: {} };
  new Function('module', 'exports', outputText)(module, module.exports);
  if (!module.exports.responseValidators) throw new Error('no responseValidators export');
  return module.exports.responseValidators;
}

/** The type errors of generated source under the repo's strict options (the core import stubbed). */
function typeErrors(source: string): string[] {
  const file = '/virtual/validators.mts';
  const text = source.replace(
    "import type { ResponseValidators } from '@botbridge/core';",
    'type ResponseValidators = Readonly<Record<string, Readonly<Record<string, (value: unknown) => string[]>>>>;',
  );
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    noFallthroughCasesInSwitch: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts'],
    types: [],
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) =>
    name === file
      ? ts.createSourceFile(name, text, version)
      : getSourceFile(name, version, ...rest);
  host.fileExists = (
    (exists) => (name: string) =>
      name === file || exists(name)
  )(host.fileExists.bind(host));
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** A one-operation spec whose 200 body is `schema`. */
function specOf(schema: unknown, schemas: Json = {}): Json {
  return {
    openapi: '3.1.0',
    paths: {
      '/t': {
        get: {
          operationId: 'op',
          responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
        },
      },
    },
    components: { schemas },
  };
}

function validatorFor(schema: unknown, schemas: Json = {}): Validator {
  const validator = load(generateValidators(specOf(schema, schemas))).op?.['200'];
  if (!validator) throw new Error('no validator for op 200');
  return validator;
}

interface KeywordCase {
  schema: unknown;
  /** Component schemas the case $refs. */
  schemas?: Json;
  valid: unknown[];
  /** Each failing value with exactly the issues it must produce. */
  invalid: Array<[value: unknown, issues: string[]]>;
}

const Node = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string' },
    children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
  },
};
const Point = {
  type: 'object',
  properties: { x: { type: 'integer' }, y: { type: 'integer' } },
};

const cases: Array<[string, KeywordCase]> = [
  [
    'type: one type',
    {
      schema: { type: 'string' },
      valid: ['', 'a'],
      invalid: [
        [1, ['/: expected string, got integer']],
        [null, ['/: expected string, got null']],
      ],
    },
  ],
  [
    "type: a list including 'null'",
    {
      schema: { type: ['integer', 'null'] },
      valid: [0, -3, null],
      invalid: [
        [1.5, ['/: expected integer or null, got number']],
        ['1', ['/: expected integer or null, got string']],
      ],
    },
  ],
  [
    'type: number, boolean, object, array',
    {
      schema: {
        type: 'object',
        properties: {
          n: { type: 'number' },
          b: { type: 'boolean' },
          o: { type: 'object' },
          a: { type: 'array' },
        },
      },
      valid: [{}, { n: 1.5, b: false, o: {}, a: [] }, { n: 2 }],
      invalid: [
        [[], ['/: expected object, got array']],
        [
          { n: '1', b: 0, o: [], a: {} },
          [
            '/n: expected number, got string',
            '/b: expected boolean, got integer',
            '/o: expected object, got array',
            '/a: expected array, got object',
          ],
        ],
      ],
    },
  ],
  [
    'enum',
    {
      schema: { enum: ['open', 2, null, { deep: [1] }] },
      valid: ['open', 2, null, { deep: [1] }],
      invalid: [
        ['closed', ['/: expected one of "open", 2, null, {"deep":[1]}, got another string']],
        [{ deep: [2] }, ['/: expected one of "open", 2, null, {"deep":[1]}, got another object']],
      ],
    },
  ],
  [
    'const',
    {
      schema: { type: 'object', properties: { ok: { const: false } } },
      valid: [{ ok: false }, {}],
      invalid: [[{ ok: true }, ['/ok: expected false, got another boolean']]],
    },
  ],
  [
    'required, also for names on Object.prototype',
    {
      schema: { type: 'object', required: ['id', 'constructor'] },
      valid: [JSON.parse('{"id": 1, "constructor": 2}')],
      invalid: [
        [{ id: 1 }, ['/: expected property "constructor", got none']],
        [
          {},
          ['/: expected property "id", got none', '/: expected property "constructor", got none'],
        ],
      ],
    },
  ],
  [
    'properties: nested paths and odd names',
    {
      schema: {
        type: 'object',
        properties: {
          outer: { type: 'object', properties: { inner: { type: 'string', minLength: 1 } } },
          'a/b~c`${x}': { type: 'integer' },
        },
      },
      valid: [{}, { outer: { inner: 'x' } }, { 'a/b~c`${x}': 1 }],
      invalid: [
        [{ outer: { inner: '' } }, ['/outer/inner: expected at least 1 character(s), got 0']],
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a name the generated templates must escape
        [{ 'a/b~c`${x}': 'no' }, ['/a~1b~0c`${x}: expected integer, got string']],
      ],
    },
  ],
  [
    'additionalProperties: false',
    {
      schema: { type: 'object', properties: { a: {} }, additionalProperties: false },
      valid: [{}, { a: 'anything' }],
      invalid: [
        [
          { a: 1, b: 2, 'c/d': null },
          [
            '/b: expected no such property, got integer',
            '/c~1d: expected no such property, got null',
          ],
        ],
      ],
    },
  ],
  [
    'additionalProperties: true and absent',
    {
      schema: {
        type: 'object',
        properties: {
          open: { type: 'object', additionalProperties: true },
          implicit: { type: 'object', properties: { a: { type: 'string' } } },
        },
      },
      valid: [{ open: { x: 1 }, implicit: { a: 'a', b: 2 } }],
      invalid: [[{ implicit: { a: 1, b: 2 } }, ['/implicit/a: expected string, got integer']]],
    },
  ],
  [
    'additionalProperties: a schema',
    {
      schema: {
        type: 'object',
        properties: { known: { type: 'string' } },
        additionalProperties: { type: ['string', 'number', 'boolean'] },
      },
      valid: [{ known: 'k', a: 'x', b: 1, c: true }],
      invalid: [
        [
          { known: 'k', 'x/y': null, z: [] },
          [
            '/x~1y: expected string or number or boolean, got null',
            '/z: expected string or number or boolean, got array',
          ],
        ],
      ],
    },
  ],
  [
    'items',
    {
      schema: { type: 'array', items: { type: 'string', format: 'uuid' } },
      valid: [[], ['6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e']],
      invalid: [
        [['6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e', 7], ['/1: expected string, got integer']],
        [['nope'], ['/0: expected uuid, got a string that is not one']],
      ],
    },
  ],
  [
    'items of arrays of objects',
    {
      schema: {
        type: 'array',
        items: { type: 'array', items: { $ref: '#/components/schemas/Point' } },
      },
      schemas: { Point },
      valid: [[[{ x: 1 }], []]],
      invalid: [[[[], [{ x: 1 }, { y: 'a' }]], ['/1/1/y: expected integer, got string']]],
    },
  ],
  [
    'oneOf: exactly one branch',
    {
      schema: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 0 }] },
      valid: [1.5, -1],
      invalid: [
        [2, ['/: expected exactly one oneOf branch to match, got 2']],
        [
          'x',
          [
            '/: expected a match of one oneOf branch, got none (expected integer, got string | expected number, got string)',
          ],
        ],
      ],
    },
  ],
  [
    'oneOf: the one branch that fits the outer shape reports its deeper issues',
    {
      schema: { oneOf: [{ $ref: '#/components/schemas/Point' }, { type: 'null' }] },
      schemas: { Point },
      valid: [null, { x: 1 }],
      invalid: [
        [{ x: 'one' }, ['/x: expected integer, got string']],
        [
          3,
          [
            '/: expected a match of one oneOf branch, got none (expected object, got integer | expected null, got integer)',
          ],
        ],
      ],
    },
  ],
  [
    'anyOf',
    {
      schema: {
        anyOf: [
          { type: 'string', minLength: 2 },
          { type: 'integer' },
          { type: 'integer', minimum: 0 },
        ],
      },
      valid: ['ab', -1, 1],
      invalid: [
        [
          'a',
          [
            '/: expected a match of one anyOf branch, got none (expected at least 2 character(s), got 1 | expected integer, got string | expected integer, got string)',
          ],
        ],
      ],
    },
  ],
  [
    'allOf',
    {
      schema: {
        allOf: [
          { $ref: '#/components/schemas/Point' },
          { required: ['x'] },
          { properties: { y: { minimum: 0 } } },
        ],
      },
      schemas: { Point },
      valid: [{ x: 1 }, { x: 1, y: 0 }],
      invalid: [
        [
          { y: -1 },
          ['/: expected property "x", got none', '/y: expected >= 0, got a number that is not'],
        ],
        ['p', ['/: expected object, got string']],
      ],
    },
  ],
  [
    'not',
    {
      schema: { not: { type: 'string' } },
      valid: [1, null, {}],
      invalid: [['s', ["/: expected no match of the 'not' schema, got a match"]]],
    },
  ],
  [
    'not with required (excluding a member)',
    {
      schema: { type: 'object', not: { required: ['error'] } },
      valid: [{}, { title: 'x' }],
      invalid: [
        [{ error: 'upgrade required' }, ["/: expected no match of the 'not' schema, got a match"]],
      ],
    },
  ],
  [
    'minimum and maximum',
    {
      schema: { type: 'integer', minimum: 0, maximum: 10 },
      valid: [0, 10],
      invalid: [
        [-1, ['/: expected >= 0, got a number that is not']],
        [11, ['/: expected <= 10, got a number that is not']],
      ],
    },
  ],
  [
    'exclusiveMinimum and exclusiveMaximum (3.1 numbers)',
    {
      schema: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
      valid: [0.5],
      invalid: [
        [0, ['/: expected > 0, got a number that is not']],
        [1, ['/: expected < 1, got a number that is not']],
      ],
    },
  ],
  [
    'exclusiveMinimum and exclusiveMaximum (3.0 booleans)',
    {
      schema: {
        type: 'number',
        minimum: 0,
        exclusiveMinimum: true,
        maximum: 1,
        exclusiveMaximum: true,
      },
      valid: [0.5],
      invalid: [
        [0, ['/: expected > 0, got a number that is not']],
        [1, ['/: expected < 1, got a number that is not']],
      ],
    },
  ],
  [
    'minLength and maxLength count code points',
    {
      schema: { type: 'string', minLength: 2, maxLength: 3 },
      valid: ['ab', 'abc', '😀😀'],
      invalid: [
        ['😀', ['/: expected at least 2 character(s), got 1']],
        ['abcd', ['/: expected at most 3 character(s), got 4']],
      ],
    },
  ],
  [
    'pattern (unanchored unless the pattern anchors; unicode mode; slashes)',
    {
      schema: {
        type: 'object',
        properties: {
          path: { type: 'string', pattern: '^a/b$' },
          word: { type: 'string', pattern: '\\p{L}' },
        },
      },
      valid: [{ path: 'a/b', word: '1é2' }],
      invalid: [
        [
          { path: 'a/bc' },
          ['/path: expected a match of /^a\\/b$/u, got a string that does not match'],
        ],
        [
          { word: '123' },
          ['/word: expected a match of /\\p{L}/u, got a string that does not match'],
        ],
      ],
    },
  ],
  [
    'minItems and maxItems',
    {
      schema: { type: 'array', minItems: 1, maxItems: 2 },
      valid: [[1], [1, 2]],
      invalid: [
        [[], ['/: expected at least 1 item(s), got 0']],
        [[1, 2, 3], ['/: expected at most 2 item(s), got 3']],
      ],
    },
  ],
  [
    'uniqueItems',
    {
      schema: { type: 'array', uniqueItems: true },
      valid: [[1, '1', [1], { a: 1 }, { a: 2 }]],
      invalid: [
        [[1, 2, 1], ['/2: expected unique items, got a repeat of item 0']],
        [
          [
            { a: [1], b: 2 },
            { b: 2, a: [1] },
          ],
          ['/1: expected unique items, got a repeat of item 0'],
        ],
      ],
    },
  ],
  [
    'format: date-time (RFC 3339, optional fraction, Z or offset)',
    {
      schema: { type: ['string', 'null'], format: 'date-time' },
      valid: [
        null,
        '2026-07-22T00:49:17Z',
        '2025-02-03T10:04:11.123456-08:00',
        '2024-02-29t23:59:60z',
      ],
      invalid: [
        ['2026-07-22T00:49:17', ['/: expected date-time (RFC 3339), got a string that is not one']],
        [
          '2026-07-22 00:49:17Z',
          ['/: expected date-time (RFC 3339), got a string that is not one'],
        ],
        [
          '2023-02-29T00:00:00Z',
          ['/: expected date-time (RFC 3339), got a string that is not one'],
        ],
        [
          '2026-07-22T24:00:00+03:00',
          ['/: expected date-time (RFC 3339), got a string that is not one'],
        ],
      ],
    },
  ],
  [
    'format: date',
    {
      schema: { type: 'string', format: 'date' },
      valid: ['2024-02-29', '2025-12-31'],
      invalid: [
        ['2025-02-29', ['/: expected date (YYYY-MM-DD), got a string that is not one']],
        ['2025-1-01', ['/: expected date (YYYY-MM-DD), got a string that is not one']],
      ],
    },
  ],
  [
    'format: uuid',
    {
      schema: { type: 'string', format: 'uuid' },
      valid: ['6F1C2D3E-4A5B-4C6D-8E7F-901A2B3C4D5E'],
      invalid: [
        ['6f1c2d3e4a5b4c6d8e7f901a2b3c4d5e', ['/: expected uuid, got a string that is not one']],
      ],
    },
  ],
  [
    'format: email (light check)',
    {
      schema: { type: 'string', format: 'email' },
      valid: ['priya.natarajan@example.com', 'a@localhost'],
      invalid: [
        ['priya natarajan@example.com', ['/: expected email, got a string that is not one']],
        ['example.com', ['/: expected email, got a string that is not one']],
      ],
    },
  ],
  [
    'format: int32 and int64 (ranges)',
    {
      schema: {
        type: 'object',
        properties: {
          small: { type: 'integer', format: 'int32' },
          large: { type: 'integer', format: 'int64' },
        },
      },
      valid: [
        { small: -2147483648, large: 2 ** 62 },
        { small: 2147483647, large: -(2 ** 62) },
      ],
      invalid: [
        [
          { small: 2147483648 },
          ['/small: expected int32 (-2147483648 to 2147483647), got a number that is not'],
        ],
        [
          { small: -2147483649, large: 1e19 },
          [
            '/small: expected int32 (-2147483648 to 2147483647), got a number that is not',
            '/large: expected int64 (-9223372036854775808 to 9223372036854775807), got a number that is not',
          ],
        ],
      ],
    },
  ],
  [
    'format: others are not checked',
    {
      schema: { type: 'string', format: 'uri' },
      valid: ['www.example.com/pricing'],
      invalid: [[1, ['/: expected string, got integer']]],
    },
  ],
  [
    '$ref: recursive schemas',
    {
      schema: { $ref: '#/components/schemas/Node' },
      schemas: { Node },
      valid: [{ name: 'root', children: [{ name: 'leaf', children: [] }] }],
      invalid: [
        [
          { name: 'root', children: [{ name: 'a', children: [{ children: [] }] }] },
          ['/children/0/children/0: expected property "name", got none'],
        ],
      ],
    },
  ],
  [
    '$ref with sibling keywords',
    {
      schema: { $ref: '#/components/schemas/Point', required: ['y'] },
      schemas: { Point },
      valid: [{ y: 1 }],
      invalid: [
        [{ x: 'a' }, ['/x: expected integer, got string', '/: expected property "y", got none']],
      ],
    },
  ],
  [
    'boolean schemas and schemas without constraints',
    {
      schema: {
        type: 'object',
        properties: { never: false, always: true, anything: { description: 'any JSON' } },
      },
      valid: [{ always: 1, anything: [null] }],
      invalid: [[{ never: 0 }, ['/never: expected no value here, got integer']]],
    },
  ],
  [
    'unknown keywords are ignored',
    {
      schema: {
        type: 'object',
        minProperties: 5,
        'x-sensitive': true,
        discriminator: { propertyName: 'k' },
        properties: {
          tuple: { type: 'array', items: [{ type: 'string' }], prefixItems: [{ type: 'string' }] },
        },
      },
      valid: [{}, { tuple: [1, 2] }],
      invalid: [[1, ['/: expected object, got integer']]],
    },
  ],
];

describe('generated validators: keywords', () => {
  describe.each(cases)('%s', (_name, { schema, schemas, valid, invalid }) => {
    const validate = validatorFor(schema, schemas);
    it.each(valid.map((value) => [JSON.stringify(value), value]))('accepts %s', (_json, value) => {
      expect(validate(value)).toEqual([]);
    });
    it.each(invalid.map(([value, issues]) => [JSON.stringify(value), value, issues]))(
      'rejects %s',
      (_json, value, issues) => {
        expect(validate(value)).toEqual(issues);
      },
    );
  });

  it('typechecks under the strict options for every keyword case', () => {
    const schemas: Json = { Node, Point };
    cases.forEach(([, { schema }], n) => {
      schemas[`Case${n}`] = schema;
    });
    const spec = specOf(
      { anyOf: cases.map((_, n) => ({ $ref: `#/components/schemas/Case${n}` })) },
      schemas,
    );
    expect(typeErrors(generateValidators(spec))).toEqual([]);
  });
});

describe('generated validators: responses', () => {
  const problem = {
    type: 'object',
    required: ['title'],
    properties: { title: { type: 'string' } },
  };
  const spec = {
    openapi: '3.1.0',
    paths: {
      '/a': {
        get: {
          operationId: 'first',
          responses: {
            '200': {
              description: 'problem+json only',
              content: { 'application/problem+json': { schema: problem } },
            },
            '400': { $ref: '#/components/responses/Shared' },
            default: { $ref: '#/components/responses/Shared' },
          },
        },
        post: {
          operationId: 'second',
          responses: {
            '201': {
              description: 'JSON wins over the media type listed first',
              content: {
                'application/problem+json': { schema: { type: 'string' } },
                'application/json': { schema: { type: 'integer' } },
              },
            },
            '204': { description: 'no body' },
            '400': { $ref: '#/components/responses/Shared' },
          },
        },
      },
      '/b': {
        delete: {
          operationId: 'third',
          responses: {
            '200': {
              description: 'text only',
              content: { 'text/plain': { schema: { type: 'string' } } },
            },
          },
        },
      },
    },
    components: {
      responses: {
        Shared: {
          description: 'an inline schema shared through components/responses',
          content: { 'application/json': { schema: { type: 'object', required: ['code'] } } },
        },
      },
    },
  };
  const source = generateValidators(spec);
  const validators = load(source);

  it('keys validators by operationId and status, incl. default; statuses without a JSON body get none', () => {
    expect(
      Object.fromEntries(
        Object.entries(validators).map(([op, byStatus]) => [op, Object.keys(byStatus)]),
      ),
    ).toEqual({
      first: ['200', '400', 'default'],
      second: ['201', '400'],
      third: [],
    });
  });

  it('uses application/json, else the first JSON media type', () => {
    expect(validators.first?.['200']?.({})).toEqual(['/: expected property "title", got none']);
    expect(validators.second?.['201']?.(1)).toEqual([]);
    expect(validators.second?.['201']?.('1')).toEqual(['/: expected integer, got string']);
  });

  it('compiles a shared response once', () => {
    expect(source.match(/^function validate_Shared_response\(/gm)).toHaveLength(1);
    expect(validators.first?.default?.({})).toEqual(['/: expected property "code", got none']);
  });

  it('rejects what it cannot compile, naming where', () => {
    expect(() => generateValidators(specOf({ type: null }))).toThrow(
      '#/paths/~1t/get/responses/200/content/application~1json/schema/type: not a JSON Schema type: null',
    );
    expect(() => generateValidators(specOf({ $ref: 'other.yaml#/X' }))).toThrow('only local $refs');
    expect(() => generateValidators(specOf({ $ref: '#/components/schemas/Missing' }))).toThrow(
      'cannot resolve #/components/schemas/Missing',
    );
  });
});

interface Example {
  operationId: string;
  status: string;
  name: string;
  value: unknown;
}

/** Every example of a response body the validators check (the media type the generator picks). */
function examplesOf(doc: Json): Example[] {
  const resolve = (node: unknown): unknown => {
    let current = node;
    while (isJson(current) && typeof current.$ref === 'string') {
      current = current.$ref
        .slice(2)
        .split('/')
        .reduce<unknown>(
          (at, segment) =>
            isJson(at) ? at[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined,
          doc,
        );
    }
    return current;
  };
  const found: Example[] = [];
  for (const item of Object.values(doc.paths as Json)) {
    for (const op of Object.values(item as Json)) {
      if (!isJson(op) || !isJson(op.responses) || typeof op.operationId !== 'string') continue;
      for (const [status, raw] of Object.entries(op.responses)) {
        const content = (resolve(raw) as Json).content;
        if (!isJson(content)) continue;
        const type =
          'application/json' in content
            ? 'application/json'
            : Object.keys(content).find((t) => /[/+]json/.test(t));
        const media = type ? content[type] : undefined;
        if (!isJson(media)) continue;
        const operationId = op.operationId;
        if ('example' in media)
          found.push({ operationId, status, name: 'example', value: media.example });
        for (const [name, example] of Object.entries(
          isJson(media.examples) ? media.examples : {},
        )) {
          found.push({ operationId, status, name, value: (resolve(example) as Json).value });
        }
      }
    }
  }
  return found;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` with the member at `pointer` replaced, or removed when `to` is omitted. */
function broken(value: unknown, pointer: string, ...to: [unknown?]): unknown {
  const copy = structuredClone(value);
  const segments = pointer.slice(1).split('/');
  const last = segments.pop() ?? '';
  const parent = segments.reduce<unknown>((at, segment) => (at as Json)[segment], copy) as Json;
  if (to.length === 0) delete parent[last];
  else parent[last] = to[0];
  return copy;
}

/** One deliberately broken example per vendor and the issue it must produce. */
const breakages: Record<
  string,
  {
    example: [operationId: string, status: string, name: string];
    pointer: string;
    to?: [unknown];
    issue: string;
  }
> = {
  // The oneOf (envelope or bare array) must point into the envelope branch, not just say "no match".
  closebot: {
    example: ['listTestSessions', '200', 'typical'],
    pointer: '/leads/1/instances/0/isSmartFollowUpTime',
    to: ['no'],
    issue: '/leads/1/instances/0/isSmartFollowUpTime: expected boolean, got string',
  },
  opencx: {
    example: ['getChatSession', '200', 'closedAfterHandoff'],
    pointer: '/created_at',
    to: ['2026-07-22 10:00'],
    issue: '/created_at: expected date-time (RFC 3339), got a string that is not one',
  },
  twin24: {
    example: ['listSessionMessages', '200', 'conversation'],
    pointer: '/items/0/createdAt',
    to: [1_700_000_000],
    issue: '/items/0/createdAt: expected string or null, got integer',
  },
  smarterbot: {
    example: ['listLeads', '200', 'leadsAndAppointments'],
    pointer: '/Success',
    issue: '/: expected property "Success", got none',
  },
};

const specs = await Promise.all(
  (await readApis()).map(async (api) => ({
    name: api.name,
    doc: parse(await readFile(join(workspaceRoot, api.spec), 'utf8')) as Json,
  })),
);

describe.each(specs)('generated validators of $name', ({ name: vendor, doc }) => {
  const validators = load(generateValidators(doc));
  const examples = examplesOf(doc);

  it('have examples to check', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)(
    'accept the spec example $operationId $status $name',
    ({ operationId, status, value }) => {
      const validate = validators[operationId]?.[status];
      expect(validate, `no validator for ${operationId} ${status}`).toBeDefined();
      expect(validate?.(value)).toEqual([]);
    },
  );

  it('name the path broken in a spec example', () => {
    const breakage = breakages[vendor];
    expect(breakage, `add a breakage for ${vendor}`).toBeDefined();
    if (!breakage) return;
    const [operationId, status, name] = breakage.example;
    const example = examples.find(
      (e) => e.operationId === operationId && e.status === status && e.name === name,
    );
    expect(example, `example ${breakage.example.join(' ')}`).toBeDefined();
    const validate = validators[operationId]?.[status];
    expect(validate?.(example?.value)).toEqual([]);
    const value = broken(example?.value, breakage.pointer, ...(breakage.to ?? []));
    expect(validate?.(value)).toEqual([breakage.issue]);
  });
});

describe('issue messages never quote the values a response holds', () => {
  it('name the type instead, so personal data or an echoed credential stays out of logs', () => {
    const planted = 'PLANTED-secret-value-7f3a9c';
    const cases: Array<[string, unknown]> = [
      ['{"type":"string","format":"uuid"}', planted],
      ['{"type":"string","pattern":"^a$"}', planted],
      ['{"enum":["open","closed"]}', planted],
      ['{"const":"open"}', planted],
      ['{"type":"string","format":"date-time"}', planted],
      ['{"type":"string","format":"email"}', planted],
    ];
    for (const [schema, value] of cases) {
      const issues = validatorFor(JSON.parse(schema))(value);
      expect(issues.length, schema).toBeGreaterThan(0);
      expect(issues.join(' '), schema).not.toContain('PLANTED');
    }
  });

  it('numbers too: a bound or range that fails names the bound, not the value', () => {
    const planted = -4242424242.5;
    const schemas = [
      { type: 'number', minimum: 0 },
      { type: 'number', exclusiveMinimum: 0 },
      { type: 'number', minimum: 0, exclusiveMinimum: true },
      { type: 'number', maximum: -5e9 },
      { type: 'number', exclusiveMaximum: -5e9 },
      { type: 'number', format: 'int32' },
    ];
    for (const schema of schemas) {
      const issues = validatorFor(schema)(planted);
      expect(issues.length, JSON.stringify(schema)).toBeGreaterThan(0);
      expect(issues.join(' '), JSON.stringify(schema)).not.toMatch(/4242/);
    }
  });
});
