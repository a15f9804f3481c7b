/** What each rule measures and how to fix a violation, in words shared by SARIF help and Markdown. */
import { DEFAULT_CONFIG_PATH } from '../../config/settings.js';
import type { RuleId, RuleSettings } from '../settings.js';

export interface RuleDoc {
  /** PascalCase name, as SARIF reportingDescriptor.name expects */
  name: string;
  title: string;
  /** what is counted; 'lines' follows the rule's count mode */
  unit: string;
  scope: string;
  fix: string;
}

export const RULE_DOCS: Record<RuleId, RuleDoc> = {
  'file-lines': {
    name: 'FileTooLong',
    title: 'File too long',
    unit: 'lines',
    scope: 'a source file',
    fix: 'Split the file by responsibility: move cohesive groups of functions or classes into their own modules and import them.',
  },
  'class-lines': {
    name: 'ClassTooLong',
    title: 'Class too long',
    unit: 'lines',
    scope: 'a class',
    fix: 'Extract collaborators: move a group of methods and the state they share into a separate class, or turn helpers into module functions.',
  },
  'function-lines': {
    name: 'FunctionTooLong',
    title: 'Function too long',
    unit: 'lines',
    scope: 'a function or method',
    fix: 'Extract the steps of the function into well-named helper functions, each doing one thing.',
  },
  'functions-per-file': {
    name: 'TooManyFunctions',
    title: 'Too many functions in one file',
    unit: 'functions and methods',
    scope: 'a file',
    fix: 'Group related functions into their own module so each file keeps one purpose.',
  },
  'classes-per-file': {
    name: 'TooManyClasses',
    title: 'Too many classes in one file',
    unit: 'classes',
    scope: 'a file',
    fix: 'Move classes that can stand alone into their own files.',
  },
  'enums-per-file': {
    name: 'TooManyEnums',
    title: 'Too many enums in one file',
    unit: 'enums',
    scope: 'a file',
    fix: 'Move the enums into a dedicated module of shared types.',
  },
  'function-params': {
    name: 'TooManyParameters',
    title: 'Too many parameters',
    unit: 'named parameters (self, cls and a TypeScript this not counted)',
    scope: 'a function or method',
    fix: 'Pass a single options object or data class instead of a long parameter list, or split the function.',
  },
};

/** "at most 30 lines per function or method (critical above 45)" */
export function limitPhrase(rule: RuleId, settings: RuleSettings): string {
  const doc = RULE_DOCS[rule];
  const codeOnly = doc.unit === 'lines' && settings.count === 'code';
  const unit = codeOnly ? 'lines of code (blank and comment-only lines not counted)' : doc.unit;
  const critical = settings.critical === undefined ? '' : ` (critical above ${settings.critical})`;
  return `at most ${settings.limit} ${unit} in ${doc.scope}${critical}`;
}

export const EXCEPTION_ADVICE =
  `If the code cannot be split yet, ask for an approved exception: add an entry under compliance.exceptions in ${DEFAULT_CONFIG_PATH} ` +
  'with the path, rule, symbol, a higher limit, a reason and an expiry date, and have it reviewed. ' +
  'For a single case, a comment `shipgate-disable-next-line <rule> -- <reason>` above the symbol (or at the top of the file for file rules) suppresses it.';

/** A config snippet for the exception of one rule, shown in the Markdown help. */
export function exceptionExample(rule: RuleId, settings: RuleSettings): string {
  const perSymbol = !rule.endsWith('-per-file') && rule !== 'file-lines';
  return [
    'compliance:',
    '  exceptions:',
    '    - path: src/legacy/module.py',
    `      rule: ${rule}`,
    ...(perSymbol ? ['      symbol: LegacyParser.parse'] : []),
    `      limit: ${settings.limit * 2}`,
    '      reason: split planned, see the tracking issue',
    '      expires: 2030-12-31',
  ].join('\n');
}
