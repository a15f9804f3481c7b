// What tests pass to seed the stand-in's state, and how those seeds become records.
import { createHash } from 'node:crypto';
import type { BranchPoint, FileStatus, PullFileRecord, UserRecord, UserType } from './records.js';

export interface LabelSeed {
  name: string;
  /** Six hex digits without '#'; defaults to GitHub's grey. */
  color?: string;
  description?: string | null;
  default?: boolean;
}

export interface IssueSeed {
  number?: number;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  /** Login of the author; defaults to 'octocat'. */
  author?: string;
  /** Label names; unknown ones are created in the repository. */
  labels?: string[];
  assignees?: string[];
  createdAt?: string;
}

export interface PullFileSeed {
  filename: string;
  status?: FileStatus;
  additions?: number;
  deletions?: number;
  patch?: string;
  previousFilename?: string;
  sha?: string;
}

/** A branch name, or a name with the commit it points at. */
export type BranchSeed = string | { ref: string; sha?: string };

export interface PullSeed extends IssueSeed {
  head: BranchSeed;
  /** Defaults to the repository's default branch. */
  base?: BranchSeed;
  draft?: boolean;
  merged?: boolean;
  mergeable?: boolean | null;
  files?: PullFileSeed[];
}

export const DEFAULT_LABEL_COLOR = 'ededed';
export const DEFAULT_AUTHOR = 'octocat';

/** A stable 40-hex-digit id made from any text, for commits and blobs tests did not name. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export function branchOf(
  seed: BranchSeed,
  knownSha: (ref: string) => string | undefined,
  fallbackSeed: string,
): BranchPoint {
  const { ref, sha } = typeof seed === 'string' ? { ref: seed, sha: undefined } : seed;
  return { ref, sha: sha ?? knownSha(ref) ?? fakeSha(`${fallbackSeed}:${ref}`) };
}

export function fileRecord(seed: PullFileSeed): PullFileRecord {
  const record: PullFileRecord = {
    filename: seed.filename,
    status: seed.status ?? 'modified',
    additions: seed.additions ?? 1,
    deletions: seed.deletions ?? 0,
    sha: seed.sha ?? fakeSha(`blob:${seed.filename}`),
  };
  if (seed.patch !== undefined) record.patch = seed.patch;
  if (seed.previousFilename !== undefined) record.previousFilename = seed.previousFilename;
  return record;
}

// Real ids of well-known accounts, so logs look familiar.
const KNOWN_USER_IDS: Record<string, number> = { 'github-actions[bot]': 41898282, octocat: 583231 };

export function userRecord(login: string, organization: string, nextId: () => number): UserRecord {
  const type: UserType = login.endsWith('[bot]')
    ? 'Bot'
    : login.toLowerCase() === organization.toLowerCase()
      ? 'Organization'
      : 'User';
  return { login, id: KNOWN_USER_IDS[login] ?? nextId(), type };
}

/** GitHub's timestamps: ISO 8601 in UTC with whole seconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
