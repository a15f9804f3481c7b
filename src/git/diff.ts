import { ConfigurationError } from '../core/errors.js';
import type { Git } from './git.js';
import { refExists } from './refs.js';

/** What a change did to one file: added as a whole, or these line ranges (1-based, inclusive) touched. */
export interface FileChange {
  added: boolean;
  ranges: [number, number][];
  /** the path the file had at the merge base, when the change renamed it */
  renamedFrom?: string;
}

/** Changed files against the merge base of `ref` and HEAD, keyed by repository-relative path. */
export interface ChangeSet {
  base: string;
  mergeBase: string;
  files: Map<string, FileChange>;
}

export async function mergeBaseOf(git: Git, ref: string): Promise<string> {
  if (!(await refExists(git, ref))) {
    const hint =
      /^[\w.-]+$/.test(ref) && !/^[0-9a-f]{7,40}$/.test(ref)
        ? ` (in a workflow the base branch is usually "origin/${ref}")`
        : '';
    throw new ConfigurationError(
      `changed-since: "${ref}" is not a commit in this repository${hint}. In a workflow, check out with fetch-depth: 0 so that the base and its history are there.`,
    );
  }
  const { stdout, exitCode } = await git.run(['merge-base', ref, 'HEAD'], { allowExitCodes: [1] });
  if (exitCode !== 0)
    throw new ConfigurationError(`changed-since: "${ref}" and HEAD share no history (no merge base).`);
  return stdout.trim();
}

/** Paths the change added, modified or renamed (with rename detection); deleted files are left out. */
async function changedPaths(git: Git, mergeBase: string): Promise<Map<string, FileChange>> {
  const { stdout } = await git.run(['diff', '-z', '--name-status', '-M', '--no-ext-diff', mergeBase, '--']);
  const fields = stdout.split('\0');
  const files = new Map<string, FileChange>();
  for (let i = 0; i + 1 < fields.length;) {
    const status = fields[i]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      const [from, to] = [fields[i + 1]!, fields[i + 2]!];
      files.set(
        to,
        status.startsWith('R') ? { added: false, ranges: [], renamedFrom: from } : { added: true, ranges: [] },
      );
      i += 3;
      continue;
    }
    if (status !== 'D') files.set(fields[i + 1]!, { added: status === 'A', ranges: [] });
    i += 2;
  }
  return files;
}

/** Reads a path as git writes it in a `+++` line: C-quoted when it has `"`, `\` or control characters. */
export function unquoteDiffPath(text: string): string {
  if (!text.startsWith('"')) return text.replace(/\t$/, '');
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, '\\': 92 };
  for (let i = 1; i < text.length && text[i] !== '"'; i++) {
    if (text[i] !== '\\') {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    } else if (/[0-7]/.test(text[i + 1] ?? '')) {
      bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[text[++i]!] ?? text.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Reads the new-side line ranges of `git diff -U0` hunks. Only the header of each file's patch names
 * the file (content lines inside hunks may start with `+++` too); a pure deletion marks the line it follows.
 */
export function parseHunks(diff: string, files: Map<string, FileChange>): void {
  let current: FileChange | undefined;
  let inHeader = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      [current, inHeader] = [undefined, true];
    } else if (inHeader && line.startsWith('+++ ')) {
      const target = line.slice(4);
      current = target === '/dev/null' ? undefined : files.get(unquoteDiffPath(target).replace(/^b\//, ''));
    } else if (line.startsWith('@@ ')) {
      inHeader = false;
      const hunk = current && HUNK.exec(line);
      if (!hunk || !current) continue;
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      current.ranges.push(count === 0 ? [Math.max(1, start), Math.max(1, start)] : [start, start + count - 1]);
    }
  }
}

/** The change between the merge base of `ref` and the work tree (so local, uncommitted edits count). */
export async function changesSince(git: Git, ref: string): Promise<ChangeSet> {
  const mergeBase = await mergeBaseOf(git, ref);
  const files = await changedPaths(git, mergeBase);
  if (files.size > 0) {
    const args = [
      '-c',
      'core.quotePath=false',
      'diff',
      '-U0',
      '-M',
      '--no-color',
      '--no-ext-diff',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      mergeBase,
      '--',
    ];
    parseHunks((await git.run(args)).stdout, files);
  }
  return { base: ref, mergeBase, files };
}

/** True when a span touches a changed line of the file, or the file is new. */
export function touchesChange(change: FileChange, line: number, endLine: number): boolean {
  return change.added || change.ranges.some(([start, end]) => start <= endLine && end >= line);
}
