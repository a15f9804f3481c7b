/** What both use cases share once they know the base and the branches: the engine, branch health, the report. */
import type { Logger } from '../core/logger.js';
import type { Git } from '../git/git.js';
import { branchHealth, type BranchHealth } from './health/health.js';
import { analyse, type Analysis } from './merges/analyse.js';
import { buildReport, type ReportInput } from './report/build.js';
import type { ConflictsReport } from './report/report.js';
import type { ConflictsFailOn, ConflictsSettings } from './settings.js';

export interface RunInput {
  git: Git;
  base: { name: string; sha: string };
  /** each with the name its team prefix is matched against */
  branches: { name: string; sha: string; teamName: string }[];
  /** the branch checked against the others; branch health is left out then */
  focus?: string;
  settings: ConflictsSettings;
  failOn: ConflictsFailOn;
  exhaustive: boolean;
  processes: number;
  logger: Logger;
  toolVersion: string;
  /** what the report adds for pull requests: their details, a partial listing, heads not fetched */
  extra?: Pick<ReportInput, 'pulls' | 'partialReason' | 'unchecked'>;
}

/** Branch health, in runs about every branch (a run about one has not merged the others). */
function healthOf(input: RunInput, analysis: Analysis): Promise<BranchHealth> | undefined {
  if (input.focus) return undefined;
  const { git, base, branches, settings } = input;
  return branchHealth({
    git,
    base: base.sha,
    branches,
    mergeBases: analysis.mergeBases,
    settings: settings.health,
    now: new Date(),
  });
}

export async function runConflicts(input: RunInput): Promise<{ analysis: Analysis; report: ConflictsReport }> {
  const { git, base, branches, focus, settings } = input;
  const analysis = await analyse({
    git,
    base: base.sha,
    branches,
    ...(focus ? { focus: [focus] } : {}),
    exhaustive: input.exhaustive,
    regenerable: settings.regenerable,
    merge: { processes: input.processes },
    logger: input.logger,
  });
  const health = await healthOf(input, analysis);
  const report = buildReport({
    analysis,
    base: base.name,
    branches,
    teams: settings.teams,
    failOn: input.failOn,
    toolVersion: input.toolVersion,
    ...(focus ? { focus } : {}),
    ...(health ? { health } : {}),
    ...input.extra,
  });
  return { analysis, report };
}
