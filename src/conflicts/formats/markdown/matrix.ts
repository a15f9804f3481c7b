/** The team × team table: how many pairs conflict between each two teams, cross-team cells marked. */
import type { ConflictsReport } from '../../report/report.js';
import { NO_TEAM } from '../../report/team-entries.js';

function cell(count: number | undefined, crossTeam: boolean): string {
  if (!count) return '·';
  return crossTeam ? `**${count}** ⚠️` : String(count);
}

/** Empty when no team is configured or no pair conflicts. */
export function teamMatrix(report: ConflictsReport): string[] {
  const teams = Object.keys(report.teams);
  if (teams.length === 0 || report.pairs.length === 0) return [];
  const columns = report.unassigned.length > 0 ? [...teams, NO_TEAM] : teams;
  const rows = teams.map((team) => {
    const pairs = report.teams[team]!.pairs;
    return `| **${team}** | ${columns.map((other) => cell(pairs[other], other !== team)).join(' | ')} |`;
  });
  return [
    '### Conflicts between teams',
    '',
    `| | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...rows,
    '',
    'Each cell counts the pairs of branches that conflict; ⚠️ marks pairs across teams, which need the teams to talk.',
    '',
  ];
}
