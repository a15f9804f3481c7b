import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isScalar, type Document, type LineCounter, type Node } from 'yaml';
import { CONFIG_FORMATS } from './formats.js';
import configValidator from './generated/config-validator.cjs';
import { describeError, segmentsOf } from './messages.js';
import { sectionProblems, type RawConfig } from './settings.js';

/** One problem in a config file, placed at the line and column of the offending key or value. */
export interface ConfigProblem {
  line: number;
  column: number;
  message: string;
}

// The schema (schema/shipgate.schema.json and each capability's section schema) is compiled ahead of time
// by scripts/config-validator.mjs; made on first use, as most runs have no config file.
let compiled: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  compiled ??= configValidator(CONFIG_FORMATS);
  return compiled;
}

/** Validates parsed YAML against schema/shipgate.schema.json (and its sections' schemas) and places each problem in the file. */
export function validateConfig(value: unknown, doc: Document, lineCounter: LineCounter): ConfigProblem[] {
  const validate = schemaValidator();
  // What the schema cannot say (a critical above its limit) is checked by the sections once the shape is right.
  const errors = validate(value ?? {})
    ? sectionProblems((value ?? {}) as RawConfig).map(toError)
    : focusErrors(validate.errors ?? [], value);
  const problems = errors.map((error) => placeError(error, doc, lineCounter));
  const unique = new Map(problems.map((p) => [`${p.line}:${p.column}:${p.message}`, p]));
  return [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A section's own problem, shaped like a schema error so that it is placed and described the same way. */
function toError(problem: { path: (string | number)[]; message: string }): ErrorObject {
  const instancePath = problem.path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  return { instancePath, keyword: 'section', params: {}, schemaPath: '', message: problem.message };
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
    // "must match the then schema" only repeats what the errors inside the branch say.
    if (error.keyword === 'if') return [];
    if (!oneOfPaths.has(error.instancePath)) return [error];
    if (error.keyword === 'oneOf') return [];
    const value = valueAt(root, error.instancePath);
    if (typeof value === 'object' && value !== null) {
      return ['additionalProperties', 'required'].includes(error.keyword) ? [error] : [];
    }
    if (typeof value === 'number') {
      const isNumberError = ['minimum', 'maximum'].includes(error.keyword) || error.params.type === 'integer';
      return isNumberError ? [error] : [];
    }
    return error.keyword === 'const' ? [{ ...error, keyword: 'rule-shape' }] : [];
  });
}

/** What each pattern of the schema parts means, in words. */
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
