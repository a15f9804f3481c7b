import { lstat, readFile } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { writeFileAtomic } from '../core/atomic-file.js';
import type { Git } from '../git/git.js';
import { RULE_IDS, type RuleId } from '../compliance/settings.js';
import type { FixedEntry } from './report.js';

/**
 * Today's accepted violations, keyed by path + rule + symbol (not line numbers, which shift), so that
 * later runs fail only on violations that are new or have grown past their recorded value.
 */
export interface BaselineEntry {
  path: string;
  rule: RuleId;
  symbol: string | null;
  value: number;
}

export interface BaselineFile {
  version: 1;
  entries: BaselineEntry[];
}

export type BaselineStatus = 'new' | 'baseline' | 'grown';

const keyOf = (e: Pick<BaselineEntry, 'path' | 'rule' | 'symbol'>): string => `${e.path}\0${e.rule}\0${e.symbol ?? ''}`;

function isEntry(value: unknown): value is BaselineEntry {
  const e = value as Partial<BaselineEntry> | null;
  return (
    typeof e?.path === 'string' &&
    (RULE_IDS as readonly string[]).includes(String(e.rule)) &&
    (e.symbol === null || typeof e.symbol === 'string') &&
    typeof e.value === 'number'
  );
}

/**
 * Reads a baseline file; a missing file is an empty baseline, a malformed one a configuration error.
 * Only a regular file is read (never a link or a FIFO), and errors never quote its content.
 */
export async function readBaseline(file: string, name: string): Promise<BaselineEntry[]> {
  let text: string;
  try {
    const info = await lstat(file);
    if (!info.isFile())
      throw new ConfigurationError(`The baseline ${name} is not a regular file (a link, folder or FIFO?).`);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      `Cannot read the baseline ${name}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`,
    );
  }
  return parseBaseline(text, name);
}

/**
 * The baseline as it was at a commit: a pull request is judged against its base's baseline, so that a
 * baseline rewritten in the pull request itself cannot wave its own violations through.
 */
export async function readBaselineAt(git: Git, commit: string, repoPath: string): Promise<BaselineEntry[]> {
  const { stdout, exitCode } = await git.run(['show', `${commit}:${repoPath}`], { allowExitCodes: [128] });
  return exitCode === 0 ? parseBaseline(stdout, `${repoPath} at ${commit.slice(0, 12)}`) : [];
}

const BYTE_ORDER_MARK = '\uFEFF';

function parseBaseline(text: string, source: string): BaselineEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
  } catch {
    // JSON.parse's message quotes the text: a baseline path pointed at a secret must not print it.
    throw new ConfigurationError(`The baseline ${source} is not valid JSON.`);
  }
  const file = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Partial<BaselineFile>;
  const entries = Array.isArray(file.entries) ? file.entries : undefined;
  const bad = entries?.findIndex((e) => !isEntry(e));
  if (file.version !== 1 || entries === undefined || bad !== -1) {
    const where = bad !== undefined && bad >= 0 ? ` (entries[${bad}] needs path, rule, symbol, value)` : '';
    throw new ConfigurationError(`The baseline ${source} is not a shipgate baseline of version 1${where}.`);
  }
  return entries;
}

export async function writeBaseline(file: string, entries: BaselineEntry[]): Promise<void> {
  const sorted = [...entries].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const content: BaselineFile = { version: 1, entries: sorted };
  await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`);
}

/** Where one finding stands, and the value recorded for it when it has a baseline entry. */
export interface BaselineVerdict {
  status: BaselineStatus;
  recorded?: number;
}

type Keyed = Pick<BaselineEntry, 'path' | 'rule' | 'symbol' | 'value'>;

/**
 * Matches findings to baseline entries one to one per path, rule and symbol (several anonymous
 * callbacks share a key): the largest finding takes the largest entry, and so on down. A finding within
 * its entry's value is 'baseline', above it 'grown', and without an entry 'new'.
 */
export class BaselineIndex {
  private readonly unmatched = new Map<string, BaselineEntry[]>();
  private readonly matches = new Map<BaselineEntry, { path: string; value: number }>();

  constructor(private readonly entries: BaselineEntry[]) {
    for (const entry of entries) {
      const list = this.unmatched.get(keyOf(entry)) ?? [];
      list.push(entry);
      this.unmatched.set(keyOf(entry), list);
    }
    for (const list of this.unmatched.values()) list.sort((a, b) => b.value - a.value);
  }

  /** Judges one file's findings; `lookupPath` is the path its entries were recorded under (a renamed file's old path). */
  judge(findings: Keyed[], lookupPath?: string): BaselineVerdict[] {
    const order = findings
      .map((finding, index) => ({ finding, index }))
      .sort((a, b) => b.finding.value - a.finding.value);
    const verdicts: BaselineVerdict[] = new Array(findings.length);
    for (const { finding, index } of order) {
      const entry = this.unmatched.get(keyOf({ ...finding, path: lookupPath ?? finding.path }))?.shift();
      if (entry) this.matches.set(entry, { path: finding.path, value: finding.value });
      verdicts[index] = entry
        ? { status: finding.value <= entry.value ? 'baseline' : 'grown', recorded: entry.value }
        : { status: 'new' };
    }
    return verdicts;
  }

  /** Entries no finding matched, among the paths this run covered: fixed (or deleted) code. */
  fixed(covers: (path: string) => boolean): FixedEntry[] {
    return [...this.unmatched.values()]
      .flat()
      .filter((entry) => covers(entry.path))
      .map((entry) => ({ ...entry }));
  }

  /**
   * The baseline to write: entries of paths this run did not cover are kept; for covered paths the
   * current findings are recorded. With `prune`, only matched entries are kept, at their current (never
   * a higher) value, so the baseline only ever ratchets down.
   */
  next(covers: (path: string) => boolean, current: BaselineEntry[], prune: boolean): BaselineEntry[] {
    const kept = this.entries.filter((e) => !covers(e.path) && !this.matches.has(e));
    if (!prune) return [...kept, ...current];
    const ratcheted = [...this.matches].map(([entry, now]) => ({
      ...entry,
      path: now.path,
      value: Math.min(entry.value, now.value),
    }));
    return [...kept, ...ratcheted];
  }
}
