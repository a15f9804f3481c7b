/** What one conflicted merge found: the conflicted files, each conflict's kind and paths, lock files apart. */
import picomatch from 'picomatch';
import type { MergeMessage, MergeOutcome } from '../../git/merge-tree.js';
import type { ConflictHunk } from './ranges.js';

/** One conflict as git reports it, e.g. kind "modify/delete" about ["app.py"], or "rename/delete" about both names. */
export interface Conflict {
  kind: string;
  paths: string[];
  /** for a content conflict: where the two sides' lines collide (the side merged into first) */
  ranges?: ConflictHunk[];
}

export interface MergeFinding {
  /** the conflicted files, as `git status` lists them after the same `git merge`, lock files left out */
  files: string[];
  conflicts: Conflict[];
  /** conflicted files that are regenerated rather than merged (lock files) */
  regenerable: string[];
}

/** True for paths whose conflicts are settled by regenerating the file. */
export type PathTest = (path: string) => boolean;

export function regenerableTest(globs: string[]): PathTest {
  return globs.length === 0 ? () => false : picomatch(globs, { dot: true });
}

const CONFLICT = /^CONFLICT \(([^)]+)\)/;

/**
 * The kind of a conflict message, undefined for informational ones. The text names it most precisely
 * ("CONFLICT (add/add): …" where the type says "contents"; "file location" for a suggested directory rename).
 */
function kindOf(message: MergeMessage): string | undefined {
  const kind = CONFLICT.exec(message.text)?.[1] ?? CONFLICT.exec(message.type)?.[1];
  return kind === 'contents' ? 'content' : kind;
}

const sortedUnique = (paths: Iterable<string>): string[] => [...new Set(paths)].sort();

/**
 * In a file/directory conflict git keeps the file beside the folder as "path~<side>", where the side is
 * what the merge was given (a branch name for `git merge`, a commit id here): report the path itself.
 */
function withoutSideLabel(path: string, labels: string[]): string {
  for (const label of labels) if (path.endsWith(`~${label}`)) return path.slice(0, -label.length - 1);
  return path;
}

/** `labels`: the two commits merged, which git appends to paths it moves aside. */
export function findingOf(outcome: MergeOutcome, regenerable: PathTest, labels: string[]): MergeFinding {
  const conflicted = outcome.entries.map((entry) => withoutSideLabel(entry.path, labels));
  const conflicts: Conflict[] = [];
  for (const message of outcome.messages) {
    const kind = kindOf(message);
    const paths = [...new Set(message.paths.map((p) => withoutSideLabel(p, labels)))];
    if (kind !== undefined) conflicts.push({ kind, paths });
  }
  // A conflict git names but leaves no index entry for still makes the merge fail: name its paths then.
  const files = sortedUnique(conflicted.length > 0 ? conflicted : conflicts.flatMap((c) => c.paths));
  // Never read a failed merge as clean: one git gives no reason for still blocks.
  if (files.length === 0) conflicts.push({ kind: 'unexplained', paths: [] });
  return {
    files: files.filter((path) => !regenerable(path)),
    conflicts: conflicts.filter((c) => !c.paths.every(regenerable)),
    regenerable: files.filter(regenerable),
  };
}

/** A finding that blocks a merge: some conflict is not settled by regenerating lock files. */
export function blocks(finding: MergeFinding): boolean {
  return finding.files.length > 0 || finding.conflicts.length > 0;
}
