/** The conflicts capability's vocabulary and settings: orders, failure policies, teams, filters, raw config → typed. */

/** Which landing order makes a pair conflict: "a-first" means that once a lands, b no longer merges. */
export const ORDERS = ['both', 'a-first', 'b-first'] as const;
export type Order = (typeof ORDERS)[number];

/** When the check fails: a conflict with the base (default), any conflict, or never. */
export const CONFLICTS_FAIL_ON = ['base', 'any', 'none'] as const;
export type ConflictsFailOn = (typeof CONFLICTS_FAIL_ON)[number];

/** Lock files: their conflicts are settled by regenerating them, so they are reported apart. */
export const DEFAULT_REGENERABLE = [
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/poetry.lock',
  '**/Pipfile.lock',
  '**/uv.lock',
  '**/Cargo.lock',
  '**/Gemfile.lock',
  '**/composer.lock',
  '**/go.sum',
];

export interface HealthSettings {
  /** a branch this many commits behind its base is reported as behind */
  behindCommits: number;
  /** a branch with no commit for this many days is reported as stale */
  staleDays: number;
}

export interface CleanupSettings {
  enabled: boolean;
  /** only branches merged at least this many days ago are deleted */
  olderThanDays: number;
  /** list what would be deleted, delete nothing */
  dryRun: boolean;
}

export interface SyncSettings {
  enabled: boolean;
  /** pull requests brought up to date per run at most */
  max: number;
}

export interface ConflictsSettings {
  /** the base branch the CLI compares with; undefined: origin/HEAD's branch, else main */
  base?: string;
  /** branch globs the CLI checks by default; empty: every local branch */
  branches: string[];
  /** team name → branch name prefixes */
  teams: Record<string, string[]>;
  /** undefined: the front end's default (the action fails on base conflicts, the CLI on any) */
  failOn?: ConflictsFailOn;
  regenerable: string[];
  label: string;
  comment: boolean;
  includeDrafts: boolean;
  includeBots: boolean;
  /** pull requests with one of these labels are left out */
  skipLabels: string[];
  /** base branches whose pull requests are checked on schedule; empty: the default branch */
  bases: string[];
  /** run every merge, skipping none of those that provably cannot conflict (slower; for audits) */
  exhaustive: boolean;
  health: HealthSettings;
  cleanup: CleanupSettings;
  sync: SyncSettings;
}

export function defaultConflictsSettings(): ConflictsSettings {
  return {
    branches: [],
    teams: {},
    regenerable: [...DEFAULT_REGENERABLE],
    label: 'merge-conflict',
    comment: true,
    includeDrafts: false,
    includeBots: false,
    skipLabels: [],
    bases: [],
    exhaustive: false,
    health: { behindCommits: 50, staleDays: 30 },
    cleanup: { enabled: false, olderThanDays: 30, dryRun: true },
    sync: { enabled: false, max: 5 },
  };
}

/** The `conflicts:` section once validated against schema/conflicts.schema.json (keys as users write them). */
export interface RawConflictsConfig {
  base?: string;
  branches?: string[];
  teams?: Record<string, string[]>;
  'fail-on'?: ConflictsFailOn;
  regenerable?: string[];
  label?: string;
  comment?: boolean;
  'include-drafts'?: boolean;
  'include-bots'?: boolean;
  'skip-labels'?: string[];
  bases?: string[];
  exhaustive?: boolean;
  health?: { 'behind-commits'?: number; 'stale-days'?: number };
  cleanup?: { enabled?: boolean; 'older-than-days'?: number; 'dry-run'?: boolean };
  sync?: { enabled?: boolean; max?: number };
}

/** Every key of the section, by type: the schema test checks schema/conflicts.schema.json against it. */
const SECTION_KEYS: Record<keyof RawConflictsConfig, true> = {
  base: true,
  branches: true,
  teams: true,
  'fail-on': true,
  regenerable: true,
  label: true,
  comment: true,
  'include-drafts': true,
  'include-bots': true,
  'skip-labels': true,
  bases: true,
  exhaustive: true,
  health: true,
  cleanup: true,
  sync: true,
};
export const CONFLICTS_CONFIG_KEYS = Object.keys(SECTION_KEYS);

/** Resolves the validated `conflicts:` section; defaults fill whatever is not written. */
export function conflictsSettingsFrom(raw: RawConflictsConfig = {}): ConflictsSettings {
  const d = defaultConflictsSettings();
  return {
    ...(raw.base === undefined ? {} : { base: raw.base }),
    ...(raw['fail-on'] === undefined ? {} : { failOn: raw['fail-on'] }),
    branches: raw.branches ?? d.branches,
    teams: raw.teams ?? d.teams,
    regenerable: raw.regenerable ?? d.regenerable,
    label: raw.label ?? d.label,
    comment: raw.comment ?? d.comment,
    includeDrafts: raw['include-drafts'] ?? d.includeDrafts,
    includeBots: raw['include-bots'] ?? d.includeBots,
    skipLabels: raw['skip-labels'] ?? d.skipLabels,
    bases: raw.bases ?? d.bases,
    exhaustive: raw.exhaustive ?? d.exhaustive,
    health: {
      behindCommits: raw.health?.['behind-commits'] ?? d.health.behindCommits,
      staleDays: raw.health?.['stale-days'] ?? d.health.staleDays,
    },
    cleanup: {
      enabled: raw.cleanup?.enabled ?? d.cleanup.enabled,
      olderThanDays: raw.cleanup?.['older-than-days'] ?? d.cleanup.olderThanDays,
      dryRun: raw.cleanup?.['dry-run'] ?? d.cleanup.dryRun,
    },
    sync: { enabled: raw.sync?.enabled ?? d.sync.enabled, max: raw.sync?.max ?? d.sync.max },
  };
}
