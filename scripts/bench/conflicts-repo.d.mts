export interface ConflictsRepoOptions {
  seed?: number;
  files?: number;
  branches?: number;
  baseCommits?: number;
  maxChanges?: number;
  startTime?: number;
}

/** Creates the repository in `dir` and returns its branch names (the base, main, left out). */
export function generateConflictsRepo(dir: string, options?: ConflictsRepoOptions): string[];
