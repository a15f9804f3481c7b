import { RULE_IDS, type ComplianceSettings } from '../compliance/settings.js';
import { DIRECTIVE } from './analysis/directives.js';
import type { Git } from '../git/git.js';
import type { Logger } from '../core/logger.js';
import type { AnalyzedFile } from './analysis/analyze.js';
import { BaselineIndex, type BaselineEntry } from './baseline.js';
import { changesSince, type ChangeSet, type FileChange } from '../git/diff.js';
import { selectFiles, type ScanFile } from './files.js';
import { AnalysisPool, MIN_FILES_FOR_THREADS, startAnalysisPool } from './analysis/threads.js';
import type { ComplianceReport, FileEntry, Violation } from './report.js';
import { evaluateFile, rulesForPaths, type Finding } from './rules.js';
import { summarize } from './summary.js';
import { directiveChecker, exceptionChecker, type Suppression } from './suppressions.js';
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
  /** the baseline to judge against; in changed-files mode it is given the merge base */
  readBaseline: (mergeBase: string | undefined) => Promise<BaselineEntry[]>;
  /** YYYY-MM-DD, for exception expiry */
  today: string;
  toolVersion: string;
}

export interface ComplianceRun {
  report: ComplianceReport;
  /** every unsuppressed finding, as baseline entries with repository paths: what --write-baseline records */
  current: BaselineEntry[];
  baseline: BaselineIndex;
  /** whether this run covered a repository path, so its baseline entries could be judged */
  covers: (repoPath: string) => boolean;
}

async function filesToScan(options: ComplianceOptions, changes: ChangeSet | undefined): Promise<ScanFile[]> {
  const { settings } = options;
  const all = await selectFiles(options.git, {
    scanPath: options.scanPath,
    include: settings.include,
    exclude: settings.exclude,
    shard: options.shard,
  });
  return changes ? all.filter((f) => changes.files.has(f.repoPath)) : all;
}

/** Lists and analyses the files; a full scan starts its threads first, so they load while git lists files. */
async function analyzeScan(
  options: ComplianceOptions,
): Promise<{ analyzed: AnalyzedFile[]; changes: ChangeSet | undefined }> {
  const early = options.changedSince ? undefined : startAnalysisPool();
  try {
    const changes = options.changedSince ? await changesSince(options.git, options.changedSince) : undefined;
    const files = await filesToScan(options, changes);
    const pool = files.length < MIN_FILES_FOR_THREADS ? new AnalysisPool(0) : (early ?? startAnalysisPool());
    const base = changes ? ` changed since ${changes.base} (merge base ${changes.mergeBase.slice(0, 12)})` : '';
    options.logger.info(`Scanning ${files.length} file(s)${base}.`);
    try {
      const analyzed = await pool.analyze({
        root: options.git.root,
        files,
        maxParseBytes: options.settings.maxParseBytes,
      });
      if (pool.filesFromThreads > 0)
        options.logger.debug(`${pool.filesFromThreads} of ${files.length} files were analysed in worker threads.`);
      return { analyzed, changes };
    } finally {
      await pool.close();
    }
  } finally {
    await early?.close();
  }
}

/** Runs a compliance scan: lists, counts and parses the files, applies the rules, builds the report. */
export async function runCompliance(options: ComplianceOptions): Promise<ComplianceRun> {
  const { analyzed, changes } = await analyzeScan(options);
  const baseline = new BaselineIndex(await options.readBaseline(changes?.mergeBase));
  const judged = judgeFiles(analyzed, options, baseline, (repoPath) => changes?.files.get(repoPath));
  const scanned = new Set(analyzed.map((f) => f.entry.path));
  const wholeRepository = !changes && options.scanPath === '' && !options.shard;
  const covers = (repoPath: string): boolean => wholeRepository || scanned.has(repoPath);
  const toReport = reportPaths(options.scanPath);
  const files: FileEntry[] = analyzed.map((f) => toReport(f.entry));
  const violations = judged.violations.map(toReport);
  const fixed = baseline.fixed(covers).map(toReport);
  const report: ComplianceReport = {
    version: 1,
    tool: { name: 'shipgate', version: options.toolVersion },
    mode: changes ? 'changed' : 'full',
    root: options.scanPath,
    base: changes?.base ?? null,
    shard: options.shard ?? null,
    rules: options.settings.rules,
    files,
    violations,
    fixed,
    summary: summarize(files, violations, fixed, judged.suppressed, options.settings.failOn),
  };
  return { report, current: judged.current, baseline, covers };
}

/** Rules, exceptions and the baseline speak of repository paths; the report, of paths under the scanned folder. */
function reportPaths(scanPath: string): <T extends { path: string }>(item: T) => T {
  return (item) =>
    scanPath === '' || !item.path.startsWith(`${scanPath}/`)
      ? item
      : { ...item, path: item.path.slice(scanPath.length + 1) };
}

interface Pending {
  finding: Finding;
  suppression: Suppression;
}

function judgeFiles(
  analyzed: AnalyzedFile[],
  options: ComplianceOptions,
  baseline: BaselineIndex,
  changeOf: (repoPath: string) => FileChange | undefined,
) {
  const rulesFor = rulesForPaths(options.settings.rules, options.settings.overrides);
  const exception = exceptionChecker(options.settings.exceptions, options.today);
  const violations: Violation[] = [];
  let suppressed = 0;
  for (const file of analyzed) {
    const directive = directiveChecker(file.directives);
    for (const d of file.directives.filter((d) => d.unknownRules.length > 0)) {
      options.logger.warning(
        `${file.entry.path}:${d.line}: ${DIRECTIVE} names no known rule (${d.unknownRules.join(', ')}); known rules: ${RULE_IDS.join(', ')}`,
      );
    }
    const pending: Pending[] = [];
    for (const finding of evaluateFile(file, rulesFor(file.entry.path))) {
      const [fromException, fromDirective] = [exception(finding), directive(finding)];
      if (fromException.kind === 'suppressed' || fromDirective.kind === 'suppressed') suppressed++;
      else if (fromException.kind === 'over-exception')
        pending.push({ finding: { ...finding, limit: fromException.limit }, suppression: fromException });
      else pending.push({ finding, suppression: fromException.kind === 'none' ? fromDirective : fromException });
    }
    const change = changeOf(file.entry.path);
    const verdicts = baseline.judge(
      pending.map((p) => p.finding),
      change?.renamedFrom,
    );
    pending.forEach((p, i) => violations.push(toViolation(p.finding, p.suppression, verdicts[i]!, change)));
  }
  const current = violations.map(({ path, rule, symbol, value }) => ({ path, rule, symbol, value }));
  return { violations, current, suppressed };
}
