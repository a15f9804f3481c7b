import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { closest } from 'fastest-levenshtein';
import { isMap, isScalar, type Document, type LineCounter, type Node } from 'yaml';
import complianceSchema from '../../schema/compliance.schema.json' with { type: 'json' };
import conflictsSchema from '../../schema/conflicts.schema.json' with { type: 'json' };
import rootSchema from '../../schema/shipgate.schema.json' with { type: 'json' };

/** One problem in a config file, placed at the line and column of the offending key or value. */
export interface ConfigProblem {
  line: number;
  column: number;
  message: string;
}

// Compiled on first use: most runs have no config file, and compiling costs start-up time.
let compiled: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  // Each capability's section has its own schema file, referenced from the root schema.
  compiled ??= new Ajv({
    allErrors: true,
    strict: false,
    verbose: true,
    schemas: [complianceSchema, conflictsSchema],
  }).compile(rootSchema);
  return compiled;
}

/** Validates parsed YAML against schema/shipgate.schema.json (and its sections' schemas) and places each problem in the file. */
export function validateConfig(doc: Document, lineCounter: LineCounter): ConfigProblem[] {
  const value: unknown = doc.toJS();
  const validate = schemaValidator();
  if (validate(value ?? {})) return [];
  const errors = focusErrors(validate.errors ?? [], value);
  const problems = errors.map((error) => placeError(error, doc, lineCounter));
  const unique = new Map(problems.map((p) => [`${p.line}:${p.column}:${p.message}`, p]));
  return [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}

function segmentsOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(root: unknown, instancePath: string): unknown {
  let current: unknown = root;
  for (const segment of segmentsOf(instancePath)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * A rule may be a number, `false` or an object (`oneOf`), and ajv reports every branch that failed.
 * Keep only the branch that matches what the user wrote, so the message says what they got wrong.
 */
function focusErrors(errors: ErrorObject[], root: unknown): ErrorObject[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  return errors.flatMap((error) => {
    if (!oneOfPaths.has(error.instancePath)) return [error];
    if (error.keyword === 'oneOf') return [];
    const value = valueAt(root, error.instancePath);
    if (typeof value === 'object' && value !== null) {
      return ['additionalProperties', 'required'].includes(error.keyword) ? [error] : [];
    }
    if (typeof value === 'number') {
      return error.keyword === 'minimum' || (error.keyword === 'type' && error.params.type === 'integer')
        ? [error]
        : [];
    }
    return error.keyword === 'const' ? [{ ...error, keyword: 'rule-shape' }] : [];
  });
}

function describePath(instancePath: string): string {
  const parts = segmentsOf(instancePath);
  if (parts.length === 0) return 'the top level';
  return parts.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

function describeError(error: ErrorObject): string {
  const where = describePath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const hint = known.length > 0 ? `; did you mean "${closest(key, known)}"?` : '';
      return `unknown key "${key}" in ${where}${hint} (expected one of: ${known.join(', ')})`;
    }
    case 'required':
      return `${where} is missing the required key "${String(params.missingProperty)}"`;
    case 'enum':
      return `${where} must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'rule-shape':
      return `${where} must be a limit (a whole number), false, or an object with limit, critical, severity, count, enabled`;
    case 'pattern':
      return `${where} must be a date as YYYY-MM-DD`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

function nodeForError(error: ErrorObject, doc: Document): Node | null {
  const node = doc.getIn(segmentsOf(error.instancePath), true) as Node | undefined;
  if (error.keyword === 'additionalProperties' && isMap(node)) {
    const key = String((error.params as Record<string, unknown>).additionalProperty);
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    if (pair && isScalar(pair.key)) return pair.key;
  }
  return node ?? (doc.contents as Node | null);
}

function placeError(error: ErrorObject, doc: Document, lineCounter: LineCounter): ConfigProblem {
  const offset = nodeForError(error, doc)?.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col, message: describeError(error) };
}
