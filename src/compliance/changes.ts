import { ConfigurationError } from '../errors.js';
import { refExists, type Git } from '../git/git.js';

/** What a change did to one file: added as a whole, or these line ranges (1-based, inclusive) touched. */
export interface FileChange {
  added: boolean;
  ranges: [number, number][];
}

/** Changed files against the merge base of `ref` and HEAD, keyed by repository-relative path. */
export interface ChangeSet {
  base: string;
  mergeBase: string;
  files: Map<string, FileChange>;
}

async function mergeBaseOf(git: Git, ref: string): Promise<string> {
  if (!(await refExists(git, ref))) {
    throw new ConfigurationError(
      `changed-since: "${ref}" is not a commit in this repository. In a workflow, check out with fetch-depth: 0 (or fetch the base branch) so the base is there.`,
    );
  }
  const { stdout, exitCode } = await git.run(['merge-base', ref, 'HEAD'], { allowExitCodes: [1] });
  if (exitCode !== 0) throw new ConfigurationError(`changed-since: "${ref}" and HEAD share no history (no merge base).`);
  return stdout.trim();
}

/** Paths the change added (status A) or modified; deleted files are left out. */
async function changedPaths(git: Git, mergeBase: string): Promise<Map<string, FileChange>> {
  const { stdout } = await git.run(['diff', '-z', '--name-status', '--no-renames', '--no-ext-diff', mergeBase, '--']);
  const fields = stdout.split('\0');
  const files = new Map<string, FileChange>();
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i]!;
    if (status !== 'D') files.set(fields[i + 1]!, { added: status === 'A', ranges: [] });
  }
  return files;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Reads the new-side line ranges of `git diff -U0` hunks; a pure deletion marks the line it follows. */
export function parseHunks(diff: string, files: Map<string, FileChange>): void {
  let current: FileChange | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      current = line === '+++ /dev/null' ? undefined : files.get(line.slice(line.startsWith('+++ b/') ? 6 : 4));
      continue;
    }
    const hunk = current && HUNK.exec(line);
    if (!hunk || !current) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    current.ranges.push(count === 0 ? [Math.max(1, start), Math.max(1, start)] : [start, start + count - 1]);
  }
}

/** The change between the merge base of `ref` and the work tree (so local, uncommitted edits count). */
export async function changesSince(git: Git, ref: string): Promise<ChangeSet> {
  const mergeBase = await mergeBaseOf(git, ref);
  const files = await changedPaths(git, mergeBase);
  if (files.size > 0) {
    const args = ['-c', 'core.quotePath=false', 'diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/', mergeBase, '--'];
    parseHunks((await git.run(args)).stdout, files);
  }
  return { base: ref, mergeBase, files };
}

/** True when a span touches a changed line of the file, or the file is new. */
export function touchesChange(change: FileChange, line: number, endLine: number): boolean {
  return change.added || change.ranges.some(([start, end]) => start <= endLine && end >= line);
}
