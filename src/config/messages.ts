/** What a config problem says: the path in the file's terms and the fix, for each kind of schema error. */
import type { ErrorObject } from 'ajv';
import { closest } from 'fastest-levenshtein';
import { FORMAT_MESSAGES } from './formats.js';

export function segmentsOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const PATTERN_NAMES: Record<string, string> = {
  '^\\d{4}-\\d{2}-\\d{2}$': 'a date as YYYY-MM-DD',
  '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$': 'a duration such as 500ms, 2s, 5m or 1h',
  '^/': 'a path starting with /',
  '^https?://': 'an http:// or https:// URL',
};

/** What a pattern wants, in words: the schema's own x-pattern-text, else a known pattern's name. */
function patternText(error: ErrorObject): string {
  const own = (error.parentSchema as { 'x-pattern-text'?: string } | undefined)?.['x-pattern-text'];
  const pattern = String((error.params as Record<string, unknown>).pattern);
  return own ?? `must be ${PATTERN_NAMES[pattern] ?? `text matching ${pattern}`}`;
}

function numberKind(error: ErrorObject): string {
  return (error.parentSchema as { type?: string } | undefined)?.type === 'integer' ? 'a whole number' : 'a number';
}

function describePath(instancePath: string): string {
  const parts = segmentsOf(instancePath);
  if (parts.length === 0) return 'the top level';
  return parts.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

export function describeError(error: ErrorObject): string {
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
      return `${where} ${patternText(error)}`;
    case 'format':
      return `${where} ${FORMAT_MESSAGES[String(params.format)] ?? `must be a ${String(params.format)}`}`;
    case 'minimum':
    case 'maximum':
      return `${where} must be ${numberKind(error)} of ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${Number(params.limit).toLocaleString('en-US')}`;
    case 'section':
      return `${where} ${error.message ?? 'is invalid'}`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}
