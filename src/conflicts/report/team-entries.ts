/** The report's teams section: each team's branches, its conflicts with the base, and its pairs with each team. */
import type { TeamTable } from '../teams/teams.js';
import type { BaseConflictEntry, PairEntry, TeamEntry } from './report.js';

export const NO_TEAM = '(no team)';

function count(entry: TeamEntry, other: string): void {
  entry.pairs[other] = (entry.pairs[other] ?? 0) + 1;
}

export function teamEntries(
  table: TeamTable,
  teams: Record<string, string[]>,
  branches: { name: string; teamName: string }[],
  found: { baseConflicts: BaseConflictEntry[]; pairs: PairEntry[] },
): Record<string, TeamEntry> {
  const teamName = new Map(branches.map((b) => [b.name, b.teamName]));
  const team = (name: string) => table.teamOf(teamName.get(name) ?? name);
  const entries: Record<string, TeamEntry> = {};
  for (const name of table.names) entries[name] = { prefixes: teams[name]!, branches: [], baseConflicts: 0, pairs: {} };
  for (const { name } of branches) entries[team(name) ?? '']?.branches.push(name);
  for (const { branch } of found.baseConflicts) {
    const entry = entries[team(branch) ?? ''];
    if (entry) entry.baseConflicts++;
  }
  for (const pair of found.pairs) {
    const [ta, tb] = [team(pair.a), team(pair.b)];
    if (ta) count(entries[ta]!, tb ?? NO_TEAM);
    if (tb && tb !== ta) count(entries[tb]!, ta ?? NO_TEAM);
  }
  for (const entry of Object.values(entries)) entry.branches.sort();
  return entries;
}
