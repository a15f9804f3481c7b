// Checks requests and responses against the operation they belong to in GitHub's description.
import type { ErrorObject } from 'ajv';
import type { OperationInfo, ParameterInfo } from './routes.js';
import { pointerTo, type GitHubSpec, type SchemaObject } from './spec.js';

export interface RequestCheck {
  /** Ways the request breaks the description: the client is wrong, the test must fail. */
  problems: string[];
  /** Size limits of the description (maxLength, maxItems, ...) that GitHub answers with 422. */
  limits: string[];
  body: unknown;
}

// Limits depend on the data (a long summary, many annotations), not on the client's code: GitHub answers
// them with 422 Validation Failed, and the client is expected to handle that, so they are not violations.
const LIMIT_KEYWORDS = new Set(['maxLength', 'minLength', 'maxItems', 'minItems', 'maximum', 'minimum']);
const MAX_LISTED_ERRORS = 6;

export function checkRequest(
  spec: GitHubSpec,
  operation: OperationInfo,
  pathParams: Record<string, string>,
  query: URLSearchParams,
  rawBody: string,
): RequestCheck {
  const problems = [...checkPathParams(spec, operation, pathParams), ...checkQuery(spec, operation, query)];
  const parsed = parseBody(rawBody);
  if ('problem' in parsed) return { problems: [...problems, parsed.problem], limits: [], body: undefined };
  const bodyCheck = checkBody(spec, operation, parsed.value);
  return { problems: [...problems, ...bodyCheck.problems], limits: bodyCheck.limits, body: parsed.value };
}

function checkPathParams(spec: GitHubSpec, operation: OperationInfo, pathParams: Record<string, string>): string[] {
  return operation.parameters
    .filter((p) => p.in === 'path')
    .flatMap((p) => validateValue(spec, p, coerce(spec, pathParams[p.name] ?? '', p.schema), 'path parameter'));
}

function checkQuery(spec: GitHubSpec, operation: OperationInfo, query: URLSearchParams): string[] {
  const known = new Map(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  const problems: string[] = [];
  for (const name of new Set(query.keys())) {
    if (!known.has(name))
      problems.push(`unknown query parameter '${name}' (known: ${[...known.keys()].join(', ') || 'none'})`);
  }
  for (const parameter of known.values()) {
    const values = query.getAll(parameter.name);
    if (values.length === 0) {
      if (parameter.required) problems.push(`missing required query parameter '${parameter.name}'`);
      continue;
    }
    if (values.length > 1) problems.push(`query parameter '${parameter.name}' given ${values.length} times`);
    problems.push(
      ...validateValue(spec, parameter, coerce(spec, values[0] ?? '', parameter.schema), 'query parameter'),
    );
  }
  return problems;
}

function validateValue(spec: GitHubSpec, parameter: ParameterInfo, value: unknown, kind: string): string[] {
  const errors = spec.validate(parameter.schemaPointer, value);
  return errors.length === 0 ? [] : [`${kind} '${parameter.name}'=${JSON.stringify(value)}: ${describeErrors(errors)}`];
}

/** Query and path values arrive as text; read them as the type the schema asks for, like GitHub does. */
function coerce(spec: GitHubSpec, raw: string, schema: SchemaObject): unknown {
  const type = spec.resolve<SchemaObject>(schema, '').value.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  if (type === 'array') return raw.split(',');
  return raw;
}

function parseBody(rawBody: string): { value: unknown } | { problem: string } {
  if (rawBody.trim() === '') return { value: undefined };
  try {
    return { value: JSON.parse(rawBody) as unknown };
  } catch {
    return { problem: `body is not JSON: ${rawBody.slice(0, 80)}` };
  }
}

function checkBody(
  spec: GitHubSpec,
  operation: OperationInfo,
  body: unknown,
): { problems: string[]; limits: string[] } {
  const none = { problems: [], limits: [] };
  if (!operation.body) {
    const empty = body === undefined || (isPlainObject(body) && Object.keys(body).length === 0);
    return empty
      ? none
      : { problems: [`the operation takes no body, got ${JSON.stringify(body).slice(0, 80)}`], limits: [] };
  }
  if (body === undefined)
    return operation.body.required ? { problems: ['missing required JSON body'], limits: [] } : none;
  const errors = spec.validate(operation.body.schemaPointer, body);
  const limitErrors = errors.filter((e) => LIMIT_KEYWORDS.has(e.keyword));
  const otherErrors = errors.filter((e) => !LIMIT_KEYWORDS.has(e.keyword));
  return {
    problems: [
      ...(otherErrors.length > 0 ? [`body: ${describeErrors(otherErrors)}`] : []),
      ...unknownProperties(spec, operation.body.schema, body),
    ],
    limits: limitErrors.length > 0 ? [describeErrors(limitErrors)] : [],
  };
}

/**
 * GitHub ignores unknown body fields silently, at any depth; a misspelt field (`output.summery`,
 * `annotations[0].level`) is a client bug, so report it with its path.
 */
function unknownProperties(spec: GitHubSpec, schema: SchemaObject, body: unknown, at = ''): string[] {
  const resolved = spec.resolve<SchemaObject>(schema, '').value;
  if (Array.isArray(body) && isPlainObject(resolved.items)) {
    return body.flatMap((item, i) => unknownProperties(spec, resolved.items as SchemaObject, item, `${at}[${i}]`));
  }
  const properties = resolved.properties;
  if (!isPlainObject(body) || !isPlainObject(properties)) return [];
  const unknown = Object.keys(body)
    .filter((key) => !(key in properties) && resolved.additionalProperties === undefined)
    .map(
      (key) => `body: unknown property '${at}${at ? '.' : ''}${key}' (known: ${Object.keys(properties).join(', ')})`,
    );
  const nested = Object.keys(body)
    .filter((key) => key in properties)
    .flatMap((key) =>
      unknownProperties(spec, properties[key] as SchemaObject, body[key], `${at}${at ? '.' : ''}${key}`),
    );
  return [...unknown, ...nested];
}

/** The response the stand-in is about to send must be one the description allows for this operation. */
export function checkResponse(spec: GitHubSpec, operation: OperationInfo, status: number, body: unknown): string[] {
  const documented = operation.responses.has(String(status));
  if (!documented && status < 400) return [`response status ${status} is not documented for ${operation.operationId}`];
  // Error statuses GitHub sends for every operation (401, 404, 422, 5xx) are often undocumented per operation.
  const schemaPointer = documented ? operation.responses.get(String(status)) : errorSchemaPointer(status);
  if (schemaPointer === undefined) {
    return body === undefined ? [] : [`response ${status} must have no body, got ${JSON.stringify(body).slice(0, 80)}`];
  }
  if (body === undefined) return [`response ${status} must have a JSON body`];
  const errors = spec.validate(schemaPointer, body);
  return errors.length === 0 ? [] : [`response ${status} body: ${describeErrors(errors)}`];
}

function errorSchemaPointer(status: number): string {
  return pointerTo('components', 'schemas', status === 422 ? 'validation-error' : 'basic-error');
}

export function describeErrors(errors: ErrorObject[]): string {
  const lines = [...new Set(errors.map(describeError))];
  const extra = lines.length > MAX_LISTED_ERRORS ? ` (+${lines.length - MAX_LISTED_ERRORS} more)` : '';
  return lines.slice(0, MAX_LISTED_ERRORS).join('; ') + extra;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  const allowed = Array.isArray(params.allowedValues) ? ` ${JSON.stringify(params.allowedValues)}` : '';
  return `${where} ${error.message ?? error.keyword}${allowed}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
