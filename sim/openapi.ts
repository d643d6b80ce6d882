import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// A small JSON Schema subset, enough for X's OpenAPI contract, read from the spec text as published (spec/README.md)
// so the simulator never drifts from it. Any keyword outside this subset throws at load time: a constraint X adds
// later must fail loudly here rather than be silently ignored.

export interface SchemaError {
  path: string;
  message: string;
}

type Schema = Record<string, unknown>;

const CHECKED = new Set([
  'type',
  'required',
  'properties',
  'items',
  'pattern',
  'maxLength',
  'minLength',
  'minItems',
  'maxItems',
  'enum',
  'oneOf',
  'allOf',
  '$ref',
  // Not in the brief's list, but InvalidRequestProblem uses it; supporting it beats refusing the whole file.
  'additionalProperties',
]);
const ANNOTATIONS = new Set(['description', 'example', 'default', 'format', 'discriminator']);
const SPEC_URL = new URL('../spec/x-api-v2-media-metadata.openapi.txt', import.meta.url);

let schemas: Record<string, Schema> | undefined;

/** Extracts the fenced ```yaml block (the published page fences it with four backticks) and parses it. */
export function extractOpenApi(text: string): Record<string, unknown> {
  const match = /^(`{3,})yaml[^\n]*\n([\s\S]*?)\n\1[ \t]*$/m.exec(text);
  if (!match?.[2]) throw new Error('openapi: no ```yaml fenced block in the spec text');
  return parse(match[2]) as Record<string, unknown>;
}

/** Loads and checks every component schema once; throws on any keyword the validator does not implement. */
export function loadSchemas(text = readFileSync(SPEC_URL, 'utf8')): Record<string, Schema> {
  const doc = extractOpenApi(text);
  const found = (doc.components as { schemas?: Record<string, Schema> } | undefined)?.schemas;
  if (!found) throw new Error('openapi: components.schemas missing from the spec');
  for (const [name, schema] of Object.entries(found)) checkKeywords(schema, `#/components/schemas/${name}`);
  return found;
}

function checkKeywords(schema: unknown, where: string): void {
  if (typeof schema !== 'object' || schema === null) throw new Error(`openapi: ${where} is not a schema object`);
  const s = schema as Schema;
  for (const key of Object.keys(s)) {
    if (!CHECKED.has(key) && !ANNOTATIONS.has(key))
      throw new Error(`openapi: unsupported keyword "${key}" at ${where}`);
  }
  // OpenAPI 3.0 ignores siblings of $ref; refusing them keeps "what the file says" equal to "what is checked".
  if ('$ref' in s && Object.keys(s).some((k) => k !== '$ref' && !ANNOTATIONS.has(k))) {
    throw new Error(`openapi: keywords beside $ref at ${where}`);
  }
  for (const [name, sub] of Object.entries((s.properties as Record<string, unknown>) ?? {})) {
    checkKeywords(sub, `${where}/properties/${name}`);
  }
  if (s.items !== undefined) checkKeywords(s.items, `${where}/items`);
  if (typeof s.additionalProperties === 'object')
    checkKeywords(s.additionalProperties, `${where}/additionalProperties`);
  for (const key of ['oneOf', 'allOf'] as const) {
    const list = s[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new Error(`openapi: ${where}/${key} must be a list`);
    list.forEach((sub, i) => {
      checkKeywords(sub, `${where}/${key}/${i}`);
    });
  }
}

function getSchemas(): Record<string, Schema> {
  schemas ??= loadSchemas();
  return schemas;
}

/** Validates a value against a named component schema; [] means valid. Paths read like `metadata.alt_text.text`. */
export function validateAgainstSpec(schemaName: string, value: unknown): SchemaError[] {
  const schema = getSchemas()[schemaName];
  if (!schema) throw new Error(`openapi: no schema named ${schemaName}`);
  return validate(schema, value, '');
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(type: string, value: unknown): boolean {
  const actual = typeOf(value);
  if (type === 'number') return (actual === 'number' || actual === 'integer') && Number.isFinite(value);
  return actual === type;
}

function resolve(ref: string): Schema {
  const name = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
  const target = name ? getSchemas()[name] : undefined;
  if (!target) throw new Error(`openapi: unresolvable $ref ${ref}`);
  return target;
}

function validate(schema: Schema, value: unknown, path: string): SchemaError[] {
  if (typeof schema.$ref === 'string') return validate(resolve(schema.$ref), value, path);
  const errors: SchemaError[] = [];
  const fail = (message: string, at = path) => errors.push({ path: at, message });

  if (typeof schema.type === 'string' && !typeMatches(schema.type, value)) {
    fail(`must be ${/^[aeiou]/.test(schema.type) ? 'an' : 'a'} ${schema.type}`);
    return errors; // the other rules only make sense for the right type
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => allowed === value)) {
    fail(`must be one of: ${schema.enum.map(String).join(', ')}`);
  }
  if (typeof value === 'string') {
    // JSON Schema counts code points, and X's "characters" are closest to that: an emoji counts as one, not two.
    const length = [...value].length;
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) {
      fail(`must be at most ${schema.maxLength} characters`);
    }
    if (typeof schema.minLength === 'number' && length < schema.minLength) {
      fail(`must be at least ${schema.minLength} characters`);
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      fail(`must match the pattern ${schema.pattern}`);
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      fail(`must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
    }
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      fail(schema.maxItems === 0 ? 'must be empty' : `must have at most ${schema.maxItems} items`);
    }
    if (schema.items) {
      value.forEach((item, i) => {
        errors.push(...validate(schema.items as Schema, item, `${path}[${i}]`));
      });
    }
  }
  if (typeOf(value) === 'object') errors.push(...validateObject(schema, value as Record<string, unknown>, path));
  if (Array.isArray(schema.allOf)) {
    for (const sub of schema.allOf as Schema[]) errors.push(...validate(sub, value, path));
  }
  if (Array.isArray(schema.oneOf)) errors.push(...validateOneOf(schema.oneOf as Schema[], value, path));
  return errors;
}

function validateObject(schema: Schema, value: Record<string, unknown>, path: string): SchemaError[] {
  const errors: SchemaError[] = [];
  const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
  for (const name of (schema.required as string[] | undefined) ?? []) {
    if (!(name in value)) errors.push({ path: join(path, name), message: 'is required' });
  }
  for (const [name, item] of Object.entries(value)) {
    const sub = properties[name];
    if (sub) errors.push(...validate(sub, item, join(path, name)));
    else if (schema.additionalProperties === false) errors.push({ path: join(path, name), message: 'is not allowed' });
    else if (typeof schema.additionalProperties === 'object') {
      errors.push(...validate(schema.additionalProperties as Schema, item, join(path, name)));
    }
  }
  return errors;
}

/** oneOf: exactly one branch must hold. The message names each branch's first failure so a human can fix it. */
function validateOneOf(branches: Schema[], value: unknown, path: string): SchemaError[] {
  const results = branches.map((branch) => validate(branch, value, path));
  const matched = results.filter((r) => r.length === 0).length;
  if (matched === 1) return [];
  if (matched > 1)
    return [{ path, message: `must match exactly one of ${branches.length} forms, but matched ${matched}` }];
  const why = results
    .map((r, i) => {
      const first = r[0];
      const where = first?.path.startsWith(`${path}.`) ? first.path.slice(path.length + 1) : first?.path;
      return `(${i + 1}) ${where ? `${where}: ` : ''}${first?.message ?? 'invalid'}`;
    })
    .join('; ');
  return [{ path, message: `must match exactly one of ${branches.length} forms, but matched none: ${why}` }];
}
