/**
 * Real merges without a work tree: `git merge-tree --write-tree --stdin`, many merges per git process. It
 * writes the objects of every merge it tries, so give it a `Git` from `withScratchObjects`.
 *
 * git 2.39 dies on the first merge it cannot start (an unknown object, unrelated histories), which would
 * lose the whole batch: callers pass commit ids they have resolved and whose histories they know meet.
 */
import type { Git } from './git.js';

export interface MergeRequest {
  /** the commit merged into (what `git merge` runs on) */
  ours: string;
  /** the commit merged in */
  theirs: string;
}

/** One index entry a conflicted merge leaves: stage 1 is the merge base's version, 2 ours, 3 theirs. */
export interface ConflictEntry {
  mode: string;
  oid: string;
  stage: number;
  path: string;
}

/** A message of the merge, e.g. type "CONFLICT (modify/delete)", with the paths it is about. */
export interface MergeMessage {
  paths: string[];
  type: string;
  text: string;
}

export interface MergeOutcome {
  clean: boolean;
  /** the merged tree; for a conflicted merge, with conflict markers in the conflicted files */
  tree: string;
  /** what `git ls-files -u` would list after the same `git merge`; empty when clean */
  entries: ConflictEntry[];
  messages: MergeMessage[];
}

export interface MergeOptions {
  /** git processes run side by side, each with its share of the merges; default 1 */
  processes?: number;
  /** per git process; default 30 minutes (a stuck git must not hold a workflow until its job times out) */
  timeoutMs?: number;
}

const MERGES_PER_PROCESS = 200;
const DEFAULT_TIMEOUT_MS = 30 * 60_000;
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Runs the merges and returns their outcomes in the order asked. */
export async function mergeMany(
  git: Git,
  requests: MergeRequest[],
  options: MergeOptions = {},
): Promise<MergeOutcome[]> {
  for (const { ours, theirs } of requests) {
    if (!OBJECT_ID.test(ours) || !OBJECT_ID.test(theirs))
      throw new Error(`mergeMany takes resolved commit ids, not "${ours}" and "${theirs}".`);
  }
  // A process costs a few milliseconds to start: small batches stay in one.
  const processes = Math.max(1, Math.min(options.processes ?? 1, Math.ceil(requests.length / MERGES_PER_PROCESS)));
  const chunks = split(requests, processes);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const results = await Promise.all(chunks.map((chunk) => mergeChunk(git, chunk, timeoutMs)));
  return results.flat();
}

function split<T>(items: T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

async function mergeChunk(git: Git, requests: MergeRequest[], timeoutMs: number): Promise<MergeOutcome[]> {
  const input = requests.map((r) => `${r.ours} ${r.theirs}\n`).join('');
  const { stdout } = await git.run(['merge-tree', '--write-tree', '--stdin', '-z', '--messages'], {
    input,
    timeoutMs,
  });
  const outcomes = parseMergeOutput(stdout);
  if (outcomes.length !== requests.length)
    throw new Error(`git merge-tree answered ${outcomes.length} merges for ${requests.length} asked.`);
  return outcomes;
}

/**
 * Reads `merge-tree --stdin -z --messages` output. Per merge: status (1 clean, 0 conflicted), tree, the
 * conflicted entries, an empty field, the messages (count of paths, paths, type, text), an empty field.
 */
export function parseMergeOutput(stdout: string): MergeOutcome[] {
  const fields = stdout.split('\0');
  const outcomes: MergeOutcome[] = [];
  let at = 0;
  while (at < fields.length - 1) {
    const status = fields[at++]!;
    const tree = fields[at++]!;
    const entries: ConflictEntry[] = [];
    while (at < fields.length && fields[at] !== '') entries.push(parseEntry(fields[at++]!));
    at++;
    const messages: MergeMessage[] = [];
    while (at < fields.length && fields[at] !== '') {
      const count = Number(fields[at++]);
      const paths = fields.slice(at, at + count);
      at += count;
      messages.push({ paths, type: fields[at]!, text: fields[at + 1]!.trimEnd() });
      at += 2;
    }
    at++;
    if (status !== '0' && status !== '1') throw new Error(`Unexpected merge-tree status "${status}".`);
    outcomes.push({ clean: status === '1', tree, entries, messages });
  }
  return outcomes;
}

function parseEntry(field: string): ConflictEntry {
  const tab = field.indexOf('\t');
  const [mode = '', oid = '', stage = ''] = field.slice(0, tab).split(' ');
  return { mode, oid, stage: Number(stage), path: field.slice(tab + 1) };
}
