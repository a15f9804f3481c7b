import { readFile } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { RULE_IDS, type RuleId } from '../config/settings.js';
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

/** Reads a baseline file; a missing file is an empty baseline, a malformed one a configuration error. */
export async function readBaseline(file: string): Promise<BaselineEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ConfigurationError(`Cannot read the baseline ${file}: ${errorMessage(error)}`);
  }
  let parsed: Partial<BaselineFile>;
  try {
    parsed = JSON.parse(text) as Partial<BaselineFile>;
  } catch (error) {
    throw new ConfigurationError(`The baseline ${file} is not valid JSON: ${errorMessage(error)}`);
  }
  const entries = Array.isArray(parsed.entries) ? parsed.entries : undefined;
  const bad = entries?.findIndex((e) => !isEntry(e));
  if (parsed.version !== 1 || entries === undefined || bad !== -1) {
    const where = bad !== undefined && bad >= 0 ? ` (entries[${bad}] needs path, rule, symbol, value)` : '';
    throw new ConfigurationError(`The baseline ${file} is not a shipgate baseline of version 1${where}.`);
  }
  return entries;
}

export async function writeBaseline(file: string, entries: BaselineEntry[]): Promise<void> {
  const sorted = [...entries].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const content: BaselineFile = { version: 1, entries: sorted };
  await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`);
}

/** Answers where a finding stands against the baseline, and which entries no finding matched. */
export class BaselineIndex {
  private readonly values = new Map<string, BaselineEntry>();
  private readonly matched = new Set<string>();

  constructor(entries: BaselineEntry[]) {
    for (const entry of entries) {
      const known = this.values.get(keyOf(entry));
      if (!known || known.value < entry.value) this.values.set(keyOf(entry), entry);
    }
  }

  /** the value recorded for this path, rule and symbol, if any */
  recorded(finding: Omit<BaselineEntry, 'value'>): number | undefined {
    return this.values.get(keyOf(finding))?.value;
  }

  statusOf(finding: Omit<BaselineEntry, 'value'> & { value: number }): BaselineStatus {
    const entry = this.values.get(keyOf(finding));
    if (!entry) return 'new';
    this.matched.add(keyOf(finding));
    return finding.value <= entry.value ? 'baseline' : 'grown';
  }

  /** Entries of scanned files that no finding matched any more: fixed code. */
  fixed(scannedPaths: Set<string>): FixedEntry[] {
    return [...this.values.entries()]
      .filter(([key, entry]) => scannedPaths.has(entry.path) && !this.matched.has(key))
      .map(([, entry]) => ({ ...entry }));
  }

  /**
   * The baseline to write: entries of files this run did not scan are kept; for scanned files the
   * current findings are recorded. With `prune`, only entries that still match a finding are kept,
   * at their current (never a higher) value, so the baseline only ever ratchets down.
   */
  next(scannedPaths: Set<string>, current: BaselineEntry[], prune: boolean): BaselineEntry[] {
    const kept = [...this.values.values()].filter((e) => !scannedPaths.has(e.path));
    if (!prune) return [...kept, ...current];
    const ratcheted = current.flatMap((entry) => {
      const recorded = this.values.get(keyOf(entry));
      return recorded ? [{ ...entry, value: Math.min(entry.value, recorded.value) }] : [];
    });
    return [...kept, ...ratcheted];
  }
}
