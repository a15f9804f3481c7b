import type { ComplianceSettings } from '../config/settings.js';
import type { Git } from '../git/git.js';
import type { Logger } from '../logger.js';
import type { AnalyzedFile } from './analyze.js';
import { BaselineIndex, type BaselineEntry } from './baseline.js';
import { changesSince, type ChangeSet, type FileChange } from './changes.js';
import { selectFiles, type ScanFile } from './files.js';
import { AnalysisPool, MIN_FILES_FOR_THREADS, startAnalysisPool } from './parallel.js';
import type { ComplianceReport, FileEntry, Violation } from './report.js';
import { evaluateFile, rulesForPaths } from './rules.js';
import { summarize } from './summary.js';
import { directiveChecker, exceptionChecker } from './suppressions.js';
import { toViolation } from './violations.js';

export interface ComplianceOptions {
  git: Git;
  logger: Logger;
  settings: ComplianceSettings;
  /** the scanned folder, relative to the repository root ('' for all of it) */
  scanPath: string;
  /** compare against the merge base of this ref and check only the changed files */
  changedSince?: string;
  shard?: { index: number; count: number };
  baseline: BaselineEntry[];
  /** YYYY-MM-DD, for exception expiry */
  today: string;
  toolVersion: string;
}

export interface ComplianceRun {
  report: ComplianceReport;
  /** every unsuppressed finding, as baseline entries: what --write-baseline records */
  current: BaselineEntry[];
  baseline: BaselineIndex;
  scannedPaths: Set<string>;
}

async function filesToScan(options: ComplianceOptions, changes: ChangeSet | undefined): Promise<ScanFile[]> {
  const { settings } = options;
  const all = await selectFiles(options.git, { scanPath: options.scanPath, include: settings.include, exclude: settings.exclude, shard: options.shard });
  return changes ? all.filter((f) => changes.files.has(f.repoPath)) : all;
}

/** Runs a compliance scan: lists, counts and parses the files, applies the rules, builds the report. */
export async function runCompliance(options: ComplianceOptions): Promise<ComplianceRun> {
  const { settings, logger } = options;
  // A full scan starts its threads first, so that they load while git lists the files.
  const early = options.changedSince ? undefined : startAnalysisPool();
  const changes = options.changedSince ? await changesSince(options.git, options.changedSince) : undefined;
  const files = await filesToScan(options, changes);
  const pool = files.length < MIN_FILES_FOR_THREADS ? new AnalysisPool(0) : (early ?? startAnalysisPool());
  if (early && pool !== early) await early.close();
  logger.info(`Scanning ${files.length} file(s)${changes ? ` changed since ${changes.base} (merge base ${changes.mergeBase.slice(0, 12)})` : ''}.`);
  const analyzed = await pool.analyze({ root: options.git.root, files, maxParseBytes: settings.maxParseBytes });
  const repoPathOf = new Map(files.map((f) => [f.path, f.repoPath]));
  const baseline = new BaselineIndex(options.baseline);
  const judged = judgeFiles(analyzed, options, baseline, (p) => changes?.files.get(repoPathOf.get(p) ?? p));
  const scannedPaths = new Set(analyzed.map((f) => f.entry.path));
  const fixed = baseline.fixed(scannedPaths);
  const entries: FileEntry[] = analyzed.map((f) => f.entry);
  const report: ComplianceReport = {
    version: 1,
    tool: { name: 'shipgate', version: options.toolVersion },
    mode: changes ? 'changed' : 'full',
    base: changes?.base ?? null,
    shard: options.shard ?? null,
    rules: settings.rules,
    files: entries,
    violations: judged.violations,
    fixed,
    summary: summarize(entries, judged.violations, fixed, judged.suppressed, settings.failOn),
  };
  return { report, current: judged.current, baseline, scannedPaths };
}

function judgeFiles(
  analyzed: AnalyzedFile[],
  options: ComplianceOptions,
  baseline: BaselineIndex,
  changeOf: (path: string) => FileChange | undefined,
) {
  const rulesFor = rulesForPaths(options.settings.rules, options.settings.overrides);
  const exception = exceptionChecker(options.settings.exceptions, options.today);
  const violations: Violation[] = [];
  const current: BaselineEntry[] = [];
  let suppressed = 0;
  for (const file of analyzed) {
    const directive = directiveChecker(file.directives);
    const context = { baseline, change: changeOf(file.entry.path) };
    for (const finding of evaluateFile(file, rulesFor(file.entry.path))) {
      const fromException = exception(finding);
      const fromDirective = directive(finding);
      if (fromException.kind === 'suppressed' || fromDirective.kind === 'suppressed') {
        suppressed++;
        continue;
      }
      const violation = toViolation(finding, fromException.kind === 'none' ? fromDirective : fromException, context);
      violations.push(violation);
      current.push({ path: violation.path, rule: violation.rule, symbol: violation.symbol, value: violation.value });
    }
  }
  return { violations, current, suppressed };
}
