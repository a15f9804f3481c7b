import picomatch from 'picomatch';
import {
  applyRuleChanges,
  type RuleId,
  type RuleOverride,
  type RuleSet,
  type RuleSettings,
  type Severity,
} from './settings.js';
import type { Violation } from './report.js';
import type { AnalyzedFile } from './analysis/analyze.js';
import { isClass, isEnum, isFunction, isNamedFunction, type SymbolSpan } from './analysis/symbols.js';
import { LineKind } from './lines/kinds.js';

/** A measured value over its limit, before baseline, exceptions and changed lines are considered. */
export type Finding = Omit<Violation, 'new' | 'status' | 'message'>;

/** Resolves the rules in force for a path: the base rules with every matching override applied in order. */
export function rulesForPaths(base: RuleSet, overrides: RuleOverride[]): (path: string) => RuleSet {
  const matchers = overrides.map((o) => ({ matches: picomatch(o.paths, { dot: true }), rules: o.rules }));
  return (path) => matchers.reduce((rules, o) => (o.matches(path) ? applyRuleChanges(rules, o.rules) : rules), base);
}

function severityOf(settings: RuleSettings, value: number): Severity {
  return settings.critical !== undefined && value > settings.critical ? 'critical' : settings.severity;
}

function codeLinesIn(kinds: Uint8Array, line: number, endLine: number): number {
  let code = 0;
  for (let i = line - 1; i < endLine && i < kinds.length; i++) if (kinds[i] === LineKind.Code) code++;
  return code;
}

function spanValue(file: AnalyzedFile, settings: RuleSettings, span: { line: number; endLine: number }): number {
  return settings.count === 'code' ? codeLinesIn(file.kinds, span.line, span.endLine) : span.endLine - span.line + 1;
}

type Check = (file: AnalyzedFile, settings: RuleSettings, rule: RuleId) => Finding[];

function finding(
  file: AnalyzedFile,
  rule: RuleId,
  settings: RuleSettings,
  at: Pick<Finding, 'line' | 'endLine' | 'symbol' | 'value'>,
): Finding[] {
  if (at.value <= settings.limit) return [];
  return [{ rule, path: file.entry.path, ...at, limit: settings.limit, severity: severityOf(settings, at.value) }];
}

function wholeFile(file: AnalyzedFile, value: number) {
  return { line: 1, endLine: Math.max(1, file.entry.lines), symbol: null, value };
}

function perSymbol(
  kinds: (symbol: SymbolSpan) => boolean,
  measure: (file: AnalyzedFile, settings: RuleSettings, symbol: SymbolSpan) => number | undefined,
): Check {
  return (file, settings, rule) =>
    file.symbols.filter(kinds).flatMap((symbol) => {
      const value = measure(file, settings, symbol);
      if (value === undefined) return [];
      return finding(file, rule, settings, { line: symbol.line, endLine: symbol.endLine, symbol: symbol.name, value });
    });
}

function perFile(kinds: (symbol: SymbolSpan) => boolean): Check {
  return (file, settings, rule) => finding(file, rule, settings, wholeFile(file, file.symbols.filter(kinds).length));
}

const CHECKS: Record<RuleId, Check> = {
  'file-lines': (file, settings, rule) => {
    if (file.language?.category !== 'programming') return [];
    const value = settings.count === 'code' ? file.entry.code : file.entry.lines;
    return finding(file, rule, settings, wholeFile(file, value));
  },
  'class-lines': perSymbol(isClass, (file, settings, s) => spanValue(file, settings, s)),
  'function-lines': perSymbol(isFunction, (file, settings, s) => spanValue(file, settings, s)),
  'function-params': perSymbol(isFunction, (_file, _settings, s) => s.params),
  'functions-per-file': perFile(isNamedFunction),
  'classes-per-file': perFile(isClass),
  'enums-per-file': perFile(isEnum),
};

/** Every rule's findings for one file under the rules in force for it. */
export function evaluateFile(file: AnalyzedFile, rules: RuleSet): Finding[] {
  return (Object.keys(CHECKS) as RuleId[]).flatMap((rule) =>
    rules[rule].enabled ? CHECKS[rule](file, rules[rule], rule) : [],
  );
}
