// Compiles the response schemas of one OpenAPI 3.1 spec into `generated/validators.ts`: plain
// TypeScript functions, so response validation parses no spec at run time and the vendor packages
// need no validator library.
//
// Keywords compiled: $ref (local, with sibling keywords applied too), type (one or a list, incl.
// 'null'), enum, const, required, properties, additionalProperties (true/false/schema), items,
// allOf, anyOf, oneOf (exactly one branch), not, minimum, maximum, exclusiveMinimum and
// exclusiveMaximum (3.1 numbers, and the 3.0 boolean form), minLength, maxLength (code points),
// pattern (a RegExp literal with the `u` flag), minItems, maxItems, uniqueItems, and format
// date-time (RFC 3339, optional fraction), date, uuid and email (a light `local@domain` check) for
// strings, int32 and int64 (ranges) for numbers.
//
// Skipped (accepted without a check), because no spec of ours uses them as constraints:
// - formats other than the six above (uri, float, double, ...);
// - patternProperties, propertyNames, minProperties, maxProperties, dependentRequired,
//   dependentSchemas, if/then/else, prefixItems, items as an array, additionalItems, contains,
//   minContains, maxContains, unevaluatedProperties, unevaluatedItems, multipleOf,
//   $dynamicRef, $anchor, $defs (reached only through $ref), contentEncoding, contentMediaType,
//   contentSchema;
// - OpenAPI's discriminator (oneOf decides anyway), nullable (3.0; 3.1 specs use type 'null'),
//   readOnly, writeOnly, xml, externalDocs;
// - annotations: title, description, default, example(s), deprecated, $comment, x-*.

/** A schema as it sits in the parsed spec. */
type Schema = boolean | { [keyword: string]: unknown };

/** Where a value sits while it is checked: `base` is a variable, `suffix` raw template text. */
interface Path {
  base: string;
  suffix: string;
  /** `base` is never '' (the body itself), so messages need no `at(...)`. */
  below?: boolean;
}

/** The names the generated code uses for the value, its path and the issue list. */
interface Scope {
  value: string;
  path: Path;
  issues: string;
  /** Inside a property block already: nested blocks would shadow `v`/`p`, so hoist instead. */
  nested: boolean;
}

/** A statement: a line of code, or `if (when) run` kept apart so that guards can merge. */
type Stmt = string | { when: string; run: string };

interface Emitted {
  lines: Stmt[];
  /** Whether the lines narrow the value (`typeof`, `isObject` ...): then `value` must be a variable. */
  narrows: boolean;
}

const TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);
const FORMATS: Record<
  string,
  { test: 'isDateTime' | 'isDate' | 'isUuid' | 'isEmail'; expected: string }
> = {
  'date-time': { test: 'isDateTime', expected: 'date-time (RFC 3339)' },
  date: { test: 'isDate', expected: 'date (YYYY-MM-DD)' },
  uuid: { test: 'isUuid', expected: 'uuid' },
  email: { test: 'isEmail', expected: 'email' },
};
/**
 * The integer formats of OpenAPI, as ranges. int64's bounds are the nearest doubles to ±2^63, as
 * JSON numbers are read into doubles; past 2^53 an integer is rounded, so the check is of range
 * only.
 */
const INTEGER_FORMATS: Record<string, { min: string; max: string }> = {
  int32: { min: '-2147483648', max: '2147483647' },
  int64: { min: '-9223372036854775808', max: '9223372036854775807' },
};
/** Every `format` the compiled validators check; any other is accepted unchecked. */
export const CHECKED_FORMATS: readonly string[] = [
  ...Object.keys(FORMATS),
  ...Object.keys(INTEGER_FORMATS),
];
/** The keywords that constrain a value; everything else is an annotation or skipped. */
export const CONSTRAINTS: readonly string[] = [
  '$ref',
  'type',
  'enum',
  'const',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'format',
];
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const CHECK_PARAMS = '(value: unknown, path: string, issues: string[]): void';

/**
 * The source of `generated/validators.ts` for one parsed spec (without the file header): a
 * `responseValidators` table (operationId → response status → validator) and one function per
 * component schema that a response reaches, plus functions for inline schemas too big to inline.
 * Only the `application/json` body of a response is validated (or its first JSON media type);
 * responses without one get no validator.
 */
export function generateValidators(spec: unknown): string {
  return new ValidatorCompiler(spec).compile();
}

interface Pending {
  name: string;
  schema: Schema;
  where: string;
}

class ValidatorCompiler {
  private readonly doc: Record<string, unknown>;
  /** Function name per `$ref` target, and per inline response schema. */
  private named = new Map<string, string>();
  private taken = new Set<string>();
  /** Component and response functions still to emit, in the order they were first reached. */
  private queue: Pending[] = [];
  /** Inline schemas hoisted into functions while compiling the current top-level function. */
  private hoisted: Pending[] = [];
  private helpers = new Set<Helper>();

  constructor(spec: unknown) {
    if (!isRecord(spec)) throw new Error('The spec is not an object');
    this.doc = spec;
  }

  compile(): string {
    const table: string[] = [];
    const paths = isRecord(this.doc.paths) ? this.doc.paths : {};
    for (const [route, item] of Object.entries(paths)) {
      if (!isRecord(item)) continue;
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isRecord(op)) continue;
        const where = `#/paths/${pointerEscape(route)}/${method}`;
        if (typeof op.operationId !== 'string') throw new Error(`${where} has no operationId`);
        const entries: string[] = [];
        const responses = isRecord(op.responses) ? op.responses : {};
        for (const [status, response] of Object.entries(responses)) {
          const check = this.responseCheck(
            response,
            `${where}/responses/${status}`,
            op.operationId,
          );
          if (check === undefined) continue;
          const validator =
            check === ''
              ? '() => []'
              : `(v) => { const issues: string[] = []; ${check}(v, '', issues); return issues; }`;
          entries.push(`    ${key(status)}: ${validator},`);
        }
        table.push(
          entries.length === 0
            ? `  ${key(op.operationId)}: {},`
            : `  ${key(op.operationId)}: {\n${entries.join('\n')}\n  },`,
        );
      }
    }

    const functions: string[] = [];
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      functions.push(...this.emitFunction(next));
    }
    const helpers = (Object.keys(HELPERS) as Helper[])
      .filter((name) => this.helpers.has(name))
      .map((name) => HELPERS[name]);

    return [
      "import type { ResponseValidators } from '@botbridge/core';",
      '',
      '/** Response body checks per operationId and status: each returns the issues found, or []. */',
      'export const responseValidators: ResponseValidators = {',
      ...table,
      '};',
      ...functions.flatMap((fn) => ['', fn]),
      ...(helpers.length > 0 ? ['', '// Helpers of the checks above.'] : []),
      ...helpers.flatMap((source) => ['', source]),
      '',
    ].join('\n');
  }

  /** The function checking one response's JSON body, '' for "anything", undefined for no body. */
  private responseCheck(response: unknown, where: string, operationId: string): string | undefined {
    let shared: string | undefined; // the components/responses name, when the response is a $ref
    let resolved = response;
    for (let hops = 0; isRecord(resolved) && typeof resolved.$ref === 'string'; hops++) {
      if (hops > 20) throw new Error(`${where}: $ref cycle`);
      const ref: string = resolved.$ref;
      resolved = this.resolve(ref, where);
      where = ref;
      shared = pointerUnescape(ref.split('/').pop() ?? '');
    }
    if (!isRecord(resolved) || !isRecord(resolved.content)) return undefined;
    const content = resolved.content;
    const mediaType =
      'application/json' in content
        ? 'application/json'
        : Object.keys(content).find((type) => /^[^;]*[/+]json\s*(;|$)/i.test(type));
    const media = mediaType === undefined ? undefined : content[mediaType];
    if (mediaType === undefined || !isRecord(media) || !('schema' in media)) return undefined;
    const schemaWhere = `${where}/content/${pointerEscape(mediaType)}/schema`;
    const schema = asSchema(media.schema, schemaWhere);
    if (isRecord(schema) && typeof schema.$ref === 'string' && isPureRef(schema)) {
      return this.ref(schema.$ref, schemaWhere);
    }
    if (isTrivial(schema)) return '';
    // An inline body schema gets one function, shared by every operation that $refs its response.
    const known = this.named.get(schemaWhere);
    if (known) return known;
    const status = where.split('/').pop() ?? '';
    const name = this.reserve(
      shared === undefined ? `validate_${operationId}_${status}` : `validate_${shared}_response`,
    );
    this.named.set(schemaWhere, name);
    this.queue.push({ name, schema, where: schemaWhere });
    return name;
  }

  /** A function and, after it, the functions hoisted out of it. */
  private emitFunction({ name, schema, where }: Pending): string[] {
    const outer = this.hoisted;
    this.hoisted = [];
    const { lines } = this.emit(schema, where, name, {
      value: 'value',
      path: { base: 'path', suffix: '' },
      issues: 'issues',
      nested: false,
    });
    const body = renderAll(lines);
    const own = `function ${name}${CHECK_PARAMS} {${body.length ? `\n${indent(body).join('\n')}\n` : ''}}`;
    const children = this.hoisted;
    this.hoisted = outer;
    return [own, ...children.flatMap((child) => this.emitFunction(child))];
  }

  /** The statements checking `scope.value` against `schema`. */
  private emit(schema: Schema, where: string, owner: string, scope: Scope): Emitted {
    const { value: v, path, issues } = scope;
    if (isTrivial(schema)) return { lines: [], narrows: false };
    if (schema === false || schema === true) {
      this.use('typeName');
      const message = `${this.prefix(path)}: expected no value here, got \${typeName(${v})}`;
      return { lines: [`${issues}.push(\`${message}\`);`], narrows: false };
    }
    const s = schema;
    const lines: Stmt[] = [];
    if (typeof s.$ref === 'string') {
      lines.push(`${this.ref(s.$ref, `${where}/$ref`)}(${v}, ${render(path)}, ${issues});`);
    }
    const types = this.types(s, where);
    const plain: Stmt[] = [];
    if (Array.isArray(s.enum)) {
      this.use('checkEnum');
      const allowed = s.enum.map(literal).join(', ');
      plain.push(`checkEnum(${v}, ${render(path)}, ${issues}, [${allowed}]);`);
    }
    if ('const' in s) {
      this.use('checkConst');
      plain.push(`checkConst(${v}, ${render(path)}, ${issues}, ${literal(s.const)});`);
    }
    const groups = [
      {
        kind: 'string',
        guard: `typeof ${v} === 'string'`,
        unless: `typeof ${v} !== 'string'`,
        lines: this.stringChecks(s, where, scope),
      },
      {
        kind: 'number',
        guard: `typeof ${v} === 'number'`,
        unless: `typeof ${v} !== 'number'`,
        lines: this.numberChecks(s, where, scope),
      },
      {
        kind: 'object',
        guard: `isObject(${v})`,
        unless: `!isObject(${v})`,
        lines: this.objectChecks(s, where, owner, scope),
      },
      {
        kind: 'array',
        guard: `Array.isArray(${v})`,
        unless: `!Array.isArray(${v})`,
        lines: this.arrayChecks(s, where, owner, scope),
      },
    ].filter((group) => group.lines.length > 0);
    if (groups.some((group) => group.kind === 'object')) this.use('isObject');
    const combinators = this.combinatorChecks(s, where, owner, scope);

    // One declared type whose keywords need narrowing: fold that guard into the type check.
    const single = types?.length === 1 ? (types[0] === 'integer' ? 'number' : types[0]) : undefined;
    const folded = groups.find((group) => group.kind === single);
    const body: Stmt[] = [
      ...plain,
      ...groups.flatMap((group) =>
        group === folded ? group.lines : guarded(group.guard, group.lines),
      ),
      ...combinators,
    ];
    const narrows = groups.length > 0;
    if (types === undefined) return { lines: [...lines, ...body], narrows };

    this.use('checkType');
    const typeCheck = `checkType(${v}, ${render(path)}, ${issues}, ${types.map(literal).join(', ')})`;
    if (body.length === 0) {
      lines.push(`${typeCheck};`);
    } else if (!scope.nested) {
      // A function body: stop at a wrong type, as nothing else can be checked sensibly.
      lines.push(`if (!${typeCheck}${folded ? ` || ${folded.unless}` : ''}) return;`, ...body);
    } else {
      lines.push(...guarded(folded ? `${typeCheck} && ${folded.guard}` : typeCheck, body));
    }
    return { lines, narrows };
  }

  private types(s: Record<string, unknown>, where: string): string[] | undefined {
    if (!('type' in s)) return undefined;
    const types = Array.isArray(s.type) ? s.type : [s.type];
    for (const type of types) {
      if (typeof type !== 'string' || !TYPES.has(type)) {
        throw new Error(`${where}/type: not a JSON Schema type: ${JSON.stringify(type)}`);
      }
    }
    return types as string[];
  }

  private stringChecks(s: Record<string, unknown>, where: string, scope: Scope): Stmt[] {
    const { value: v, issues } = scope;
    const at = this.prefix(scope.path);
    const checks: Stmt[] = [];
    for (const [keyword, op, what] of [
      ['minLength', '<', 'at least'],
      ['maxLength', '>', 'at most'],
    ] as const) {
      const limit = s[keyword];
      if (limit === undefined) continue;
      if (typeof limit !== 'number') throw new Error(`${where}/${keyword}: not a number`);
      this.use('codePoints');
      checks.push({
        when: `codePoints(${v}) ${op} ${limit}`,
        run: `${issues}.push(\`${at}: expected ${what} ${limit} character(s), got \${codePoints(${v})}\`);`,
      });
    }
    if (s.pattern !== undefined) {
      if (typeof s.pattern !== 'string') throw new Error(`${where}/pattern: not a string`);
      let regex: RegExp;
      try {
        regex = new RegExp(s.pattern, 'u');
      } catch (error) {
        throw new Error(`${where}/pattern: ${(error as Error).message}`);
      }
      const source = `/${regex.source}/u`;
      this.use('typeName');
      checks.push({
        when: `!${source}.test(${v})`,
        run: `${issues}.push(\`${at}: expected a match of ${templateEscape(source)}, got a \${typeName(${v})} that does not match\`);`,
      });
    }
    const format = typeof s.format === 'string' ? FORMATS[s.format] : undefined;
    if (format) {
      this.use(format.test);
      this.use('typeName');
      checks.push({
        when: `!${format.test}(${v})`,
        run: `${issues}.push(\`${at}: expected ${format.expected}, got a \${typeName(${v})} that is not one\`);`,
      });
    }
    return checks;
  }

  private numberChecks(s: Record<string, unknown>, where: string, scope: Scope): Stmt[] {
    const { value: v, issues } = scope;
    // 3.1 states exclusive bounds as numbers; 3.0 as booleans beside minimum/maximum.
    const bounds: Array<[keyword: string, op: string, bound: unknown]> = [
      ['minimum', s.exclusiveMinimum === true ? '>' : '>=', s.minimum],
      ['maximum', s.exclusiveMaximum === true ? '<' : '<=', s.maximum],
      [
        'exclusiveMinimum',
        '>',
        typeof s.exclusiveMinimum === 'boolean' ? undefined : s.exclusiveMinimum,
      ],
      [
        'exclusiveMaximum',
        '<',
        typeof s.exclusiveMaximum === 'boolean' ? undefined : s.exclusiveMaximum,
      ],
    ];
    const negated: Record<string, string> = { '>=': '<', '<=': '>', '>': '<=', '<': '>=' };
    const checks: Stmt[] = [];
    for (const [keyword, op, bound] of bounds) {
      if (bound === undefined) continue;
      if (typeof bound !== 'number') throw new Error(`${where}/${keyword}: not a number`);
      // The value itself stays out of the message, as in every other message: a response may
      // carry personal data, and messages end up in errors and logs.
      checks.push({
        when: `${v} ${negated[op]} ${bound}`,
        run: `${issues}.push(\`${this.prefix(scope.path)}: expected ${op} ${bound}, got a number that is not\`);`,
      });
    }
    const range = typeof s.format === 'string' ? INTEGER_FORMATS[s.format] : undefined;
    if (range) {
      checks.push({
        when: `(${v} < ${range.min} || ${v} > ${range.max})`,
        run: `${issues}.push(\`${this.prefix(scope.path)}: expected ${s.format} (${range.min} to ${range.max}), got a number that is not\`);`,
      });
    }
    return checks;
  }

  private objectChecks(
    s: Record<string, unknown>,
    where: string,
    owner: string,
    scope: Scope,
  ): Stmt[] {
    const { value: v, path, issues } = scope;
    const checks: Stmt[] = [];
    const properties = isRecord(s.properties) ? s.properties : {};
    for (const name of Array.isArray(s.required) ? s.required : []) {
      if (typeof name !== 'string')
        throw new Error(`${where}/required: ${JSON.stringify(name)} is not a name`);
      this.use('has');
      checks.push({
        when: `!has(${v}, ${literal(name)})`,
        run: `${issues}.push(\`${this.prefix(path)}: expected property ${templateEscape(JSON.stringify(name))}, got none\`);`,
      });
    }
    for (const [name, raw] of Object.entries(properties)) {
      const subWhere = `${where}/properties/${pointerEscape(name)}`;
      const sub = asSchema(raw, subWhere);
      if (isTrivial(sub)) continue;
      this.use('has');
      const present = `has(${v}, ${literal(name)})`;
      const access = `${v}${accessor(name)}`;
      const subPath = child(path, name);
      // One statement needing no narrowing goes inline, e.g. `checkType(value.id, ...)`.
      const inline = this.attempt(
        () =>
          this.emit(sub, subWhere, `${owner}_${name}`, {
            ...scope,
            value: access,
            path: subPath,
            nested: true,
          }),
        (result) => !result.narrows && result.lines.length === 1,
      );
      if (inline) {
        checks.push(...guarded(present, inline.lines));
      } else if (!scope.nested && !hasMemberChecks(sub)) {
        const block = this.emit(sub, subWhere, `${owner}_${name}`, {
          value: 'v',
          path: { base: 'p', suffix: '', below: true },
          issues,
          nested: true,
        });
        checks.push(
          `if (${present}) {`,
          `  const v = ${access};`,
          `  const p = ${render(subPath)};`,
          ...indent(renderAll(block.lines)),
          '}',
        );
      } else {
        const fn = this.hoist(sub, subWhere, `${owner}_${name}`);
        checks.push({ when: present, run: `${fn}(${access}, ${render(subPath)}, ${issues});` });
      }
    }
    const extra = s.additionalProperties;
    const known = Object.keys(properties);
    const unknown = known.length > 0 ? `!${literal(known)}.includes(key)` : undefined;
    const keyPath = { base: path.base, suffix: `${path.suffix}/\${pointer(key)}` };
    let each: string | undefined;
    let action: string | undefined;
    if (extra === false) {
      this.use('typeName');
      each = `const key of Object.keys(${v})`;
      action = `${issues}.push(\`${this.prefix(keyPath)}: expected no such property, got \${typeName(${v}[key])}\`);`;
    } else if (extra !== undefined && extra !== true) {
      const subWhere = `${where}/additionalProperties`;
      const call = this.callFor(asSchema(extra, subWhere), subWhere, `${owner}_additional`, {
        ...scope,
        value: 'item',
        path: keyPath,
        nested: true,
      });
      if (call) {
        each = `const [key, item] of Object.entries(${v})`;
        action = `${call};`;
      }
    }
    if (each && action) {
      this.use('pointer');
      checks.push(`for (${each}) ${unknown ? `if (${unknown}) ` : ''}${action}`);
    }
    return checks;
  }

  private arrayChecks(
    s: Record<string, unknown>,
    where: string,
    owner: string,
    scope: Scope,
  ): Stmt[] {
    const { value: v, path, issues } = scope;
    const checks: Stmt[] = [];
    for (const [keyword, op, what] of [
      ['minItems', '<', 'at least'],
      ['maxItems', '>', 'at most'],
    ] as const) {
      const limit = s[keyword];
      if (limit === undefined) continue;
      if (typeof limit !== 'number') throw new Error(`${where}/${keyword}: not a number`);
      checks.push({
        when: `${v}.length ${op} ${limit}`,
        run: `${issues}.push(\`${this.prefix(path)}: expected ${what} ${limit} item(s), got \${${v}.length}\`);`,
      });
    }
    if (s.uniqueItems === true) {
      this.use('checkUnique');
      checks.push(`checkUnique(${v}, ${render(path)}, ${issues});`);
    }
    if ('items' in s && !Array.isArray(s.items)) {
      const subWhere = `${where}/items`;
      const call = this.callFor(asSchema(s.items, subWhere), subWhere, `${owner}_items`, {
        ...scope,
        value: 'item',
        path: { base: path.base, suffix: `${path.suffix}/\${n}` },
        nested: true,
      });
      if (call) checks.push(`${v}.forEach((item, n) => ${call});`);
    }
    return checks;
  }

  private combinatorChecks(
    s: Record<string, unknown>,
    where: string,
    owner: string,
    scope: Scope,
  ): Stmt[] {
    const { value: v, path, issues } = scope;
    const checks: Stmt[] = [];
    const list = (keyword: string): Schema[] => {
      const value = s[keyword];
      if (value === undefined) return [];
      if (!Array.isArray(value) || value.length === 0) {
        throw new Error(`${where}/${keyword}: not a non-empty list`);
      }
      return value.map((sub, n) => asSchema(sub, `${where}/${keyword}/${n}`));
    };
    list('allOf').forEach((sub, n) => {
      const call = this.callFor(sub, `${where}/allOf/${n}`, `${owner}_allOf${n}`, {
        ...scope,
        nested: true,
      });
      if (call) checks.push(`${call};`);
    });
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = list(keyword);
      if (branches.length === 0) continue;
      this.use(keyword);
      const fns = branches.map((sub, n) =>
        this.checkFor(sub, `${where}/${keyword}/${n}`, `${owner}_${keyword}${n}`),
      );
      checks.push(`${keyword}(${v}, ${render(path)}, ${issues}, [${fns.join(', ')}]);`);
    }
    if ('not' in s) {
      const fn = this.checkFor(asSchema(s.not, `${where}/not`), `${where}/not`, `${owner}_not`);
      this.use('matches');
      checks.push({
        when: `matches(${fn}, ${v}, ${render(path)})`,
        run: `${issues}.push(\`${this.prefix(path)}: expected no match of the 'not' schema, got a match\`);`,
      });
    }
    return checks;
  }

  /** An expression checking `scope.value`, or undefined when the schema allows anything. */
  private callFor(
    schema: Schema,
    where: string,
    hoistAs: string,
    scope: Scope,
  ): string | undefined {
    if (isTrivial(schema)) return undefined;
    const inline = this.attempt(
      () => this.emit(schema, where, hoistAs, scope),
      ({ lines, narrows }) =>
        !narrows &&
        lines.length === 1 &&
        typeof lines[0] === 'string' &&
        /^\w+\(.*\);$/.test(lines[0]),
    );
    const only = inline?.lines[0];
    if (typeof only === 'string') return only.slice(0, -1);
    return `${this.hoist(schema, where, hoistAs)}(${scope.value}, ${render(scope.path)}, ${scope.issues})`;
  }

  /** A function value `(value, path, issues) => void` for a branch of anyOf/oneOf/not. */
  private checkFor(schema: Schema, where: string, hoistAs: string): string {
    if (isTrivial(schema)) return '() => {}';
    if (isRecord(schema) && typeof schema.$ref === 'string' && isPureRef(schema)) {
      return this.ref(schema.$ref, `${where}/$ref`);
    }
    const call = this.callFor(schema, where, hoistAs, {
      value: 'v',
      path: { base: 'p', suffix: '' },
      issues: 'i',
      nested: true,
    });
    const hoisted = call?.match(/^(\w+)\(v, p, i\)$/)?.[1];
    return hoisted ?? `(v, p, i) => ${call}`;
  }

  /** Runs a trial emission; keeps its effects only when `keep` accepts the result. */
  private attempt(run: () => Emitted, keep: (result: Emitted) => boolean): Emitted | undefined {
    const saved = {
      named: new Map(this.named),
      taken: new Set(this.taken),
      queue: [...this.queue],
      hoisted: [...this.hoisted],
      helpers: new Set(this.helpers),
    };
    const result = run();
    if (keep(result)) return result;
    Object.assign(this, saved);
    return undefined;
  }

  private hoist(schema: Schema, where: string, name: string): string {
    const reserved = this.reserve(name);
    this.hoisted.push({ name: reserved, schema, where });
    return reserved;
  }

  /** The function for a `$ref` target, queued for emission when first reached. */
  private ref(ref: string, where: string): string {
    const known = this.named.get(ref);
    if (known) return known;
    const schema = asSchema(this.resolve(ref, where), ref);
    const component = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
    const name = this.reserve(
      `validate_${component === undefined ? ref.slice(2) : pointerUnescape(component)}`,
    );
    this.named.set(ref, name);
    this.queue.push({ name, schema, where: ref });
    return name;
  }

  private resolve(ref: string, where: string): unknown {
    if (!ref.startsWith('#/'))
      throw new Error(`${where}: only local $refs are supported, got ${ref}`);
    let node: unknown = this.doc;
    for (const segment of ref.slice(2).split('/').map(pointerUnescape)) {
      node =
        isRecord(node) || Array.isArray(node)
          ? (node as Record<string, unknown>)[segment]
          : undefined;
    }
    if (node === undefined) throw new Error(`${where}: cannot resolve ${ref}`);
    return node;
  }

  private reserve(wanted: string): string {
    const base = wanted.replace(/[^A-Za-z0-9_$]/g, '_');
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    return name;
  }

  /** A path as the start of a message template (`at` shows the empty root path as `/`). */
  private prefix(path: Path): string {
    if (path.suffix !== '' || path.below) return `\${${path.base}}${path.suffix}`;
    this.use('at');
    return `\${at(${path.base})}`;
  }

  private use(helper: Helper): void {
    if (this.helpers.has(helper)) return;
    this.helpers.add(helper);
    for (const dependency of HELPER_DEPENDENCIES[helper] ?? []) this.use(dependency);
  }
}

// The run-time helpers, emitted into the generated file only when its checks use them.
const HELPERS = {
  checkType: `/** Whether \`value\` has one of the JSON types; records an issue when not. */
function checkType(value: unknown, path: string, issues: string[], ...types: string[]): boolean {
  if (types.some((type) => isType(value, type))) return true;
  issues.push(\`\${at(path)}: expected \${types.join(' or ')}, got \${typeName(value)}\`);
  return false;
}

function isType(value: unknown, type: string): boolean {
  if (type === 'null') return value === null;
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isObject(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}`,
  checkEnum: `function checkEnum(value: unknown, path: string, issues: string[], allowed: readonly unknown[]): void {
  if (!allowed.some((option) => equal(option, value))) {
    issues.push(\`\${at(path)}: expected one of \${allowed.map(show).join(', ')}, got another \${typeName(value)}\`);
  }
}`,
  checkConst: `function checkConst(value: unknown, path: string, issues: string[], expected: unknown): void {
  if (!equal(expected, value)) issues.push(\`\${at(path)}: expected \${show(expected)}, got another \${typeName(value)}\`);
}`,
  checkUnique: `function checkUnique(items: readonly unknown[], path: string, issues: string[]): void {
  for (let n = 1; n < items.length; n++) {
    const first = items.findIndex((other, m) => m < n && equal(other, items[n]));
    if (first >= 0) issues.push(\`\${path}/\${n}: expected unique items, got a repeat of item \${first}\`);
  }
}`,
  anyOf: `/** At least one branch must match; reports the closest branch's issues when none does. */
function anyOf(value: unknown, path: string, issues: string[], branches: readonly Check[]): void {
  const results = branches.map((check) => run(check, value, path));
  if (!results.some((found) => found.length === 0)) noneMatched(path, issues, results, 'anyOf');
}`,
  oneOf: `/** Exactly one branch must match; reports the closest branch's issues when none does. */
function oneOf(value: unknown, path: string, issues: string[], branches: readonly Check[]): void {
  const results = branches.map((check) => run(check, value, path));
  const matched = results.filter((found) => found.length === 0).length;
  if (matched === 0) noneMatched(path, issues, results, 'oneOf');
  else if (matched > 1) issues.push(\`\${at(path)}: expected exactly one oneOf branch to match, got \${matched}\`);
}`,
  noneMatched: `/**
 * No branch matched. A branch whose issues all lie below \`path\` fits the value's outer shape, so
 * when exactly one does, its (deeper, more precise) issues are the ones worth reporting.
 */
function noneMatched(path: string, issues: string[], results: string[][], keyword: string): void {
  const here = \`\${at(path)}: \`;
  const close = results.filter((found) => !found.some((issue) => issue.startsWith(here)));
  const [only] = close;
  if (close.length === 1 && only) {
    issues.push(...only);
    return;
  }
  const reasons = results.map((found) => (found[0] ?? '').replace(here, '')).join(' | ');
  issues.push(\`\${at(path)}: expected a match of one \${keyword} branch, got none (\${reasons})\`);
}`,
  matches: `function matches(check: Check, value: unknown, path: string): boolean {
  return run(check, value, path).length === 0;
}`,
  run: `type Check = (value: unknown, path: string, issues: string[]) => void;

function run(check: Check, value: unknown, path: string): string[] {
  const found: string[] = [];
  check(value, path, found);
  return found;
}`,
  isObject: `function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}`,
  has: `/** An own property: \`constructor\` and friends on the prototype do not count. */
function has(value: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(value, key);
}`,
  equal: `/** JSON equality: same type, same items, same members. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, n) => equal(item, b[n]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && equal(a[key], b[key]));
}`,
  codePoints: `/** String length as JSON Schema counts it: code points, not UTF-16 units. */
function codePoints(text: string): number {
  return [...text].length;
}`,
  isDateTime: `/** RFC 3339 \`date-time\`: full date, \`T\`, time with optional fraction, \`Z\` or an offset. */
function isDateTime(text: string): boolean {
  const m = /^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:[Zz]|[+-](\\d{2}):(\\d{2}))$/.exec(text);
  if (!m) return false;
  const n = (group: number) => Number(m[group] ?? 0);
  return validDate(n(1), n(2), n(3)) && n(4) <= 23 && n(5) <= 59 && n(6) <= 60 && n(7) <= 23 && n(8) <= 59;
}`,
  isDate: `/** RFC 3339 \`full-date\`: YYYY-MM-DD, a day that exists. */
function isDate(text: string): boolean {
  const m = /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(text);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}`,
  validDate: `function validDate(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}`,
  isUuid: `function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}`,
  isEmail: `/** A light check only: something, \`@\`, something, no spaces. */
function isEmail(text: string): boolean {
  return /^[^\\s@]+@[^\\s@]+$/.test(text);
}`,
  pointer: `/** A property name as a JSON pointer segment. */
function pointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\\//g, '~1');
}`,
  show: `/** A value the spec allows, as JSON, shortened for a message. Values a response holds are
 * never shown (they may be personal data or an echoed credential): messages name their type. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? \`\${text.slice(0, 57)}...\` : text;
}`,
  typeName: `/** The JSON type of a value, as messages name it. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}`,
  at: `/** A path as messages show it: the JSON pointer, or \`/\` for the whole body. */
function at(path: string): string {
  return path === '' ? '/' : path;
}`,
} as const;

type Helper = keyof typeof HELPERS;

const HELPER_DEPENDENCIES: Partial<Record<Helper, Helper[]>> = {
  checkType: ['isObject', 'at', 'typeName'],
  checkEnum: ['equal', 'at', 'show', 'typeName'],
  checkConst: ['equal', 'at', 'show', 'typeName'],
  checkUnique: ['equal'],
  anyOf: ['run', 'noneMatched'],
  oneOf: ['run', 'noneMatched', 'at'],
  noneMatched: ['at'],
  matches: ['run'],
  equal: ['isObject'],
  isDateTime: ['validDate'],
  isDate: ['validDate'],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asSchema(value: unknown, where: string): Schema {
  if (value === null || value === undefined) return true; // `items:` with nothing under it
  if (typeof value === 'boolean' || isRecord(value)) return value;
  throw new Error(`${where}: not a schema: ${JSON.stringify(value)}`);
}

/** Whether a schema accepts every value: no keyword we check constrains it. */
function isTrivial(schema: Schema): boolean {
  if (typeof schema === 'boolean') return schema;
  return !CONSTRAINTS.some((keyword) => {
    if (!(keyword in schema)) return false;
    const value = schema[keyword];
    if (keyword === 'format')
      return typeof value === 'string' && (value in FORMATS || value in INTEGER_FORMATS);
    if (keyword === 'items' && Array.isArray(value)) return false; // the skipped tuple form
    if (keyword === 'additionalProperties' || keyword === 'items') {
      return !isTrivial(asSchema(value, ''));
    }
    if (keyword === 'properties') {
      return isRecord(value) && Object.values(value).some((sub) => !isTrivial(asSchema(sub, '')));
    }
    if (keyword === 'required' || keyword === 'allOf')
      return Array.isArray(value) && value.length > 0;
    return keyword !== 'uniqueItems' || value === true;
  });
}

/** A `$ref` whose siblings are all annotations. */
function isPureRef(schema: Record<string, unknown>): boolean {
  const { $ref: _, ...rest } = schema;
  return isTrivial(rest);
}

/** Whether checking this schema means checking members or branches: worth its own function. */
function hasMemberChecks(schema: Schema): boolean {
  if (!isRecord(schema)) return false;
  return (
    ['properties', 'allOf', 'anyOf', 'oneOf', 'not'].some((keyword) => keyword in schema) ||
    isRecord(schema.additionalProperties)
  );
}

/** `statements` under `condition`: merged into one `if` when they are a single statement. */
function guarded(condition: string, statements: Stmt[]): Stmt[] {
  const [only] = statements;
  if (statements.length === 1 && only !== undefined) {
    if (typeof only !== 'string') return [{ when: `${condition} && ${only.when}`, run: only.run }];
    if (!only.startsWith('if ')) return [{ when: condition, run: only }];
  }
  return [`if (${condition}) {`, ...indent(renderAll(statements)), '}'];
}

function renderAll(statements: Stmt[]): string[] {
  return statements.map((stmt) =>
    typeof stmt === 'string' ? stmt : `if (${stmt.when}) ${stmt.run}`,
  );
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

function child(path: Path, name: string): Path {
  return { base: path.base, suffix: `${path.suffix}/${templateEscape(pointerEscape(name))}` };
}

/** A path as an expression. */
function render(path: Path): string {
  return path.suffix === '' ? path.base : `\`\${${path.base}}${path.suffix}\``;
}

function pointerEscape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function pointerUnescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function templateEscape(text: string): string {
  return text.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');
}

/** A JSON value as a TypeScript literal, strings in single quotes. */
function literal(value: unknown): string {
  if (typeof value === 'string') {
    return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
  }
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (isRecord(value)) {
    return `{ ${Object.entries(value)
      .map(([name, member]) => `${literal(name)}: ${literal(member)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** An object key: bare when it is an identifier. */
function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name);
}

/** `.name` or `['na-me']`. */
function accessor(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${literal(name)}]`;
}
