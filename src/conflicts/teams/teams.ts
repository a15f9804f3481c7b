/** Teams by branch prefix: which team a branch belongs to, and how conflicts fall between teams. */

export interface TeamTable {
  /** the team of a branch name, or undefined when no prefix matches */
  teamOf(branchName: string): string | undefined;
  names: string[];
}

/**
 * The longest matching prefix wins. A remote-tracking name ("origin/feature/x") and a pull request's head
 * ref are matched as the branch name people type, so the caller passes that name.
 */
export function teamTable(teams: Record<string, string[]>): TeamTable {
  const prefixes = Object.entries(teams)
    .flatMap(([team, list]) => list.map((prefix) => ({ team, prefix })))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  return {
    names: Object.keys(teams).sort(),
    teamOf: (branchName) => prefixes.find(({ prefix }) => branchName.startsWith(prefix))?.team,
  };
}

/** The branch name inside its remote: "origin/feature/x" → "feature/x" when "origin" is a remote. */
export function withoutRemote(name: string, remotes: string[]): string {
  const slash = name.indexOf('/');
  return slash > 0 && remotes.includes(name.slice(0, slash)) ? name.slice(slash + 1) : name;
}
