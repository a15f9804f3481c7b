/**
 * SARIF 2.1.0 (CodeQL, Semgrep, ESLint's SARIF formatter, shipgate compliance, …): results counted by level
 * (a result without one takes its rule's default, else "warning", as the standard says) and by rule.
 * Suppressed results and results of kinds other than "fail" are not problems and are left out.
 */
import { ReportError } from '../source.js';
import { describePath, expectObject, parseJson, type JsonPath } from '../json.js';
import type { LintLevel, LintReport, ReportInput, SourcePlace } from '../types.js';
import { LintTally } from './findings.js';

interface Rule {
  id?: string;
  defaultConfiguration?: { level?: string };
}

interface Result {
  ruleId?: string;
  ruleIndex?: number;
  rule?: { id?: string; index?: number };
  level?: string;
  kind?: string;
  message?: { text?: string; markdown?: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
  suppressions?: { status?: string }[];
}

const LEVELS = new Set(['error', 'warning', 'note', 'none']);

class SarifReader {
  readonly tally = new LintTally('sarif');
  /** per run: rule index → rule, from tool.driver.rules (written before the results by every tool seen) */
  private readonly rules = new Map<number, Rule[]>();
  private sawRuns = false;

  constructor(private readonly input: ReportInput) {}

  value(value: unknown, path: JsonPath): void {
    if (path[0] === 'version') return this.version(value);
    this.sawRuns = true;
    const run = path[1] as number;
    if (path[2] === 'tool') return this.rule(run, expectObject(value, this.input.display, path) as Rule);
    this.result(run, expectObject(value, this.input.display, path) as Result, path);
  }

  finish(): LintReport {
    if (!this.sawRuns) throw new ReportError(`${this.input.display}: a SARIF log without runs.`);
    return this.tally.report;
  }

  private version(value: unknown): void {
    if (value !== '2.1.0')
      throw new ReportError(`${this.input.display}: SARIF version ${JSON.stringify(value)}; shipgate reads 2.1.0.`);
  }

  private rule(run: number, rule: Rule): void {
    const list = this.rules.get(run) ?? [];
    list.push(rule);
    this.rules.set(run, list);
  }

  private result(run: number, result: Result, path: JsonPath): void {
    if ((result.kind ?? 'fail') !== 'fail') return;
    if (result.suppressions?.some((s) => (s.status ?? 'accepted') === 'accepted')) return;
    const rule = this.ruleOf(run, result);
    const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
    if (!LEVELS.has(level))
      throw new ReportError(`${this.input.display}: ${describePath([...path, 'level'])} is "${level}".`);
    if (level === 'none') return;
    const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? '(no rule)';
    const message = result.message?.text ?? result.message?.markdown ?? '';
    this.tally.add(level as LintLevel, ruleId, message, this.placeOf(result));
  }

  private ruleOf(run: number, result: Result): Rule | undefined {
    const index = result.ruleIndex ?? result.rule?.index;
    const rules = this.rules.get(run) ?? [];
    if (index !== undefined) return rules[index];
    return rules.find((rule) => rule.id !== undefined && rule.id === (result.ruleId ?? result.rule?.id));
  }

  private placeOf(result: Result): SourcePlace | undefined {
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri;
    if (!uri) return undefined;
    const file = this.input.paths.resolve(decodeURIComponent(uri));
    return file === undefined ? undefined : { path: file, line: location?.region?.startLine ?? 1 };
  }
}

export async function readSarif(input: ReportInput): Promise<LintReport> {
  const reader = new SarifReader(input);
  await parseJson(
    input.file,
    input.display,
    ['$.version', '$.runs.*.tool.driver.rules.*', '$.runs.*.results.*'],
    (value, path) => reader.value(value, path),
  );
  return reader.finish();
}
