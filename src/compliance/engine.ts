import { RULE_IDS, type ComplianceSettings, type RuleSet } from '../compliance/settings.js';
import { DIRECTIVE } from './analysis/directives.js';
import type { Git } from '../git/git.js';
import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { AnalyzedBatch, AnalyzedFile } from './analysis/analyze.js';
import { BaselineIndex, type BaselineEntry } from './baseline.js';
import type { ChangeSet, FileChange } from '../git/diff.js';
import { inShard, selectFiles, type Selected } from './files.js';
import { AnalysisPool, MIN_FILES_FOR_THREADS, startAnalysisPool } from './analysis/threads.js';
import type { ComplianceReport, ConfigOrigin, FileEntry, Violation } from './report.js';
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
  /** the change against a merge base: only its files are checked */
  changes?: ChangeSet;
  shard?: { index: number; count: number };
  /** the baseline to judge against (in changed-files mode, as it is at the merge base) */
  baseline: BaselineEntry[];
  /** which config judged the run, and what the work tree's config would change */
  config: ConfigOrigin;
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

async function filesToScan(options: ComplianceOptions): Promise<Selected> {
  const { settings, changes } = options;
  const selected = await selectFiles(options.git, {
    scanPath: options.scanPath,
    include: settings.include,
    exclude: settings.exclude,
    shard: options.shard,
  });
  for (const glob of selected.idleIncludes) {
    options.logger.warning(`include: "${glob}" matches no tracked file (globs are case-sensitive).`);
  }
  if (!changes) return selected;
  return { ...selected, files: selected.files.filter((f) => changes.files.has(f.repoPath)) };
}

/** A full scan that selects nothing is almost always a config mistake; with fail-on all it cannot pass. */
function checkSelection(options: ComplianceOptions, selected: Selected): void {
  if (options.changes || selected.files.length > 0 || options.shard) return;
  const { include, exclude } = options.settings;
  const message =
    `No file selected: ${selected.tracked.size} file(s) are tracked under "${options.scanPath || '.'}", ` +
    `but include ${JSON.stringify(include)} and exclude ${JSON.stringify(exclude)} leave none to check.`;
  if (options.settings.failOn === 'all')
    throw new ConfigurationError(`${message} (fail-on: all refuses an empty scan)`);
  options.logger.warning(message);
}

interface Scanned extends AnalyzedBatch {
  selected: Selected;
}

/** Lists and analyses the files; a full scan starts its threads first, so they load while git lists files. */
async function analyzeScan(options: ComplianceOptions): Promise<Scanned> {
  const early = options.changes ? undefined : startAnalysisPool();
  let selected: Selected;
  try {
    selected = await filesToScan(options);
    checkSelection(options, selected);
  } catch (error) {
    early?.release();
    throw error;
  }
  const { files } = selected;
  const pool = files.length < MIN_FILES_FOR_THREADS ? new AnalysisPool({ threads: 0 }) : (early ?? startAnalysisPool());
  if (pool !== early) early?.release();
  const changes = options.changes;
  const base = changes ? ` changed since ${changes.base} (merge base ${changes.mergeBase.slice(0, 12)})` : '';
  options.logger.info(`Scanning ${files.length} file(s)${base}.`);
  try {
    const batch = await pool.analyze({ root: options.git.root, files, maxParseBytes: options.settings.maxParseBytes });
    if (pool.filesFromThreads > 0)
      options.logger.debug(`${pool.filesFromThreads} of ${files.length} files were analysed in worker threads.`);
    return { ...batch, skipped: [...selected.skipped, ...batch.skipped], selected };
  } finally {
    await pool.close();
  }
}

/**
 * The repository paths whose baseline entries this run can judge: the files it scanned, and in a full
 * scan the files that no longer exist (their entries are fixed). A file that exists but was not scanned
 * (excluded, skipped, another shard's) is never called fixed.
 */
function coverage(options: ComplianceOptions, scanned: Scanned): (repoPath: string) => boolean {
  const analyzed = new Set(scanned.analyzed.map((f) => f.entry.path));
  const folder = options.scanPath === '' ? '' : `${options.scanPath}/`;
  const deletedHere = (repoPath: string): boolean =>
    !options.changes &&
    repoPath.startsWith(folder) &&
    inShard(repoPath, options.shard) &&
    !scanned.selected.tracked.has(repoPath);
  return (repoPath) => analyzed.has(repoPath) || deletedHere(repoPath);
}

/** Runs a compliance scan: lists, counts and parses the files, applies the rules, builds the report. */
export async function runCompliance(options: ComplianceOptions): Promise<ComplianceRun> {
  const scanned = await analyzeScan(options);
  const { changes } = options;
  const baseline = new BaselineIndex(options.baseline);
  const judged = judgeFiles(scanned.analyzed, options, baseline, (repoPath) => changes?.files.get(repoPath));
  const covers = coverage(options, scanned);
  const toReport = reportPaths(options.scanPath);
  const parts = {
    files: scanned.analyzed.map((f): FileEntry => toReport(f.entry)),
    skipped: scanned.skipped.map(toReport),
    violations: judged.violations.map(toReport),
    fixed: baseline.fixed(covers).map(toReport),
  };
  const report: ComplianceReport = {
    version: 1,
    tool: { name: 'shipgate', version: options.toolVersion },
    mode: changes ? 'changed' : 'full',
    root: options.scanPath,
    base: changes?.base ?? null,
    shard: options.shard ?? null,
    config: options.config,
    rules: options.settings.rules,
    ...parts,
    summary: summarize(parts, judged.suppressed, options.settings.failOn),
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

/** Directives that suppress nothing because of a mistake: the author should hear of it. */
function warnAboutDirectives(file: AnalyzedFile, logger: Logger): void {
  for (const d of file.directives) {
    const where = `${file.entry.path}:${d.line}`;
    if (d.misspelt) logger.warning(`${where}: ${d.misspelt}`);
    else if (d.unknownRules.length > 0) {
      const known = RULE_IDS.join(', ');
      logger.warning(
        `${where}: ${DIRECTIVE} names no known rule (${d.unknownRules.join(', ')}); known rules: ${known}`,
      );
    }
  }
}

interface Pending {
  finding: Finding;
  suppression: Suppression;
}

/** A file's findings after its exceptions and inline directives: those still pending a verdict, and how many went. */
function suppress(
  file: AnalyzedFile,
  rulesFor: (path: string) => RuleSet,
  exception: (finding: Finding) => Suppression,
): { pending: Pending[]; suppressed: number } {
  const directive = directiveChecker(file.directives);
  const pending: Pending[] = [];
  let suppressed = 0;
  for (const finding of evaluateFile(file, rulesFor(file.entry.path))) {
    const [fromException, fromDirective] = [exception(finding), directive(finding)];
    if (fromException.kind === 'suppressed' || fromDirective.kind === 'suppressed') suppressed++;
    else if (fromException.kind === 'over-exception')
      pending.push({ finding: { ...finding, limit: fromException.limit }, suppression: fromException });
    else pending.push({ finding, suppression: fromException.kind === 'none' ? fromDirective : fromException });
  }
  return { pending, suppressed };
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
    warnAboutDirectives(file, options.logger);
    const { pending, suppressed: fileSuppressed } = suppress(file, rulesFor, exception);
    suppressed += fileSuppressed;
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
