// GitHub's official OpenAPI description, loaded once per process and turned into JSON Schema validators.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
export const HTTP_METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];

export type SchemaObject = Record<string, unknown>;
export interface RefObject {
  $ref: string;
}
export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
}
export interface MediaTypeObject {
  schema?: SchemaObject;
}
export interface RequestBodyObject {
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}
export interface ResponseObject {
  content?: Record<string, MediaTypeObject>;
}
export interface OperationObject {
  operationId: string;
  parameters?: Array<ParameterObject | RefObject>;
  requestBody?: RequestBodyObject | RefObject;
  responses: Record<string, ResponseObject | RefObject>;
}
export type PathItem = Partial<Record<HttpMethod, OperationObject>> & {
  parameters?: Array<ParameterObject | RefObject>;
};
export interface OpenApiDocument {
  paths: Record<string, PathItem>;
  components: Record<string, Record<string, unknown>>;
}

/** A value found in the document, with the JSON pointer (e.g. `#/components/schemas/label`) where it lives. */
export interface Located<T> {
  value: T;
  pointer: string;
}

const SPEC_ID = 'github-openapi';

export class GitHubSpec {
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(
    readonly document: OpenApiDocument,
    private readonly ajv: Ajv,
  ) {}

  /** Follows `$ref`s (local ones only, which is all GitHub's description uses). */
  resolve<T>(value: T | RefObject, pointer: string): Located<T> {
    let current: unknown = value;
    let at = pointer;
    while (isRef(current)) {
      at = current.$ref;
      current = valueAt(this.document, at);
    }
    return { value: current as T, pointer: at };
  }

  /** Validates data against the schema at `pointer`; returns ajv's errors (empty when valid). */
  validate(pointer: string, data: unknown): ErrorObject[] {
    let validator = this.validators.get(pointer);
    if (!validator) {
      validator = this.ajv.compile({ $ref: `${SPEC_ID}${pointer}` });
      this.validators.set(pointer, validator);
    }
    return validator(data) ? [] : [...(validator.errors ?? [])];
  }
}

export function isRef(value: unknown): value is RefObject {
  return typeof value === 'object' && value !== null && typeof (value as RefObject).$ref === 'string';
}

/** Builds a JSON pointer fragment; each segment is escaped for JSON pointers and for URIs (ajv reads it as a URI). */
export function pointerTo(...segments: string[]): string {
  const escaped = segments.map((segment) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1')));
  return `#/${escaped.join('/')}`;
}

export function valueAt(document: unknown, pointer: string): unknown {
  const segments = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '');
  let current: unknown = document;
  for (const raw of segments) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    current = (current as Record<string, unknown> | undefined)?.[key];
  }
  return current;
}

let cached: GitHubSpec | undefined;

/** The prepared description; the first call costs a few hundred milliseconds, later ones nothing. */
export function loadGitHubSpec(): GitHubSpec {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    const document = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
    normalizeNullable(document);
    cached = new GitHubSpec(document, createAjv(document));
  }
  return cached;
}

function createAjv(document: OpenApiDocument): Ajv {
  // strict off: the description carries OpenAPI keywords (example, x-github, ...) that are not JSON Schema.
  // validateSchema off: checking 13 MB against the meta-schema costs seconds and finds nothing.
  const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true, addUsedSchema: false });
  for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, check);
  ajv.addSchema(document, SPEC_ID);
  return ajv;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const ANY = (): boolean => true;
const FORMATS: Record<string, (value: string) => boolean> = {
  'date-time': (value) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  // GitHub sends "" for unset URLs (e.g. a deployment status's target_url) although the description says uri.
  uri: (value) => value === '' || URL.canParse(value),
  email: (value) => /^[^\s@]+@[^\s@]+$/.test(value),
  'uri-template': ANY,
  int32: ANY,
  int64: ANY,
  double: ANY,
  binary: ANY,
  'repo.nwo': ANY,
};

/**
 * OpenAPI 3.0 `nullable` differs from what ajv understands in two places: ajv needs `type` beside it,
 * and an `enum` must list null itself. Rewrite those schemas once so null values validate as GitHub means.
 */
function normalizeNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) normalizeNullable(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as SchemaObject;
  if (schema.nullable === true) {
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
    if (!('type' in schema)) {
      const { nullable: _nullable, ...rest } = schema;
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the object is rewritten in place
      for (const key of Object.keys(schema)) delete schema[key];
      schema.anyOf = [{ type: 'null' }, rest];
    }
  }
  for (const child of Object.values(schema)) normalizeNullable(child);
}
