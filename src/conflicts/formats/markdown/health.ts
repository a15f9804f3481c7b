/** Branch health by team: far behind the base, no recent commit, merged but not deleted, no team prefix. */
import type { ConflictsReport } from '../../report/report.js';
import { NO_TEAM } from '../../report/team-entries.js';
import { branchLink } from './names.js';

interface TeamHealth {
  behind: string[];
  stale: string[];
  merged: string[];
}

function byTeam(report: ConflictsReport): Map<string, TeamHealth> {
  const teamOf = new Map(Object.entries(report.teams).flatMap(([team, e]) => e.branches.map((b) => [b, team])));
  const teams = new Map<string, TeamHealth>();
  const add = (branch: string, what: keyof TeamHealth, text: string) => {
    const team = teamOf.get(branch) ?? NO_TEAM;
    if (!teams.has(team)) teams.set(team, { behind: [], stale: [], merged: [] });
    teams.get(team)![what].push(text);
  };
  for (const { branch, commits } of report.health.behind)
    add(branch, 'behind', `${branchLink(report, branch)} (${commits})`);
  for (const { branch, days } of report.health.stale) add(branch, 'stale', `${branchLink(report, branch)} (${days} d)`);
  for (const branch of report.merged) add(branch, 'merged', branchLink(report, branch));
  return teams;
}

export function healthSection(report: ConflictsReport): string[] {
  const teams = byTeam(report);
  const unassigned = report.unassigned.map((b) => branchLink(report, b));
  if (teams.size === 0 && unassigned.length === 0) return [];
  const cell = (items: string[]) => (items.length > 0 ? items.join(', ') : '·');
  const rows = [...teams.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([team, h]) => `| **${team}** | ${cell(h.behind)} | ${cell(h.stale)} | ${cell(h.merged)} |`);
  return [
    '### Branch health',
    '',
    ...(rows.length > 0
      ? [
          '| Team | Behind the base (commits) | No commit lately (days) | Merged, not deleted |',
          '|---|---|---|---|',
          ...rows,
          '',
        ]
      : []),
    ...(unassigned.length > 0 ? [`Branches matching no team prefix: ${unassigned.join(', ')}.`, ''] : []),
  ];
}
