/** A Mermaid graph of which branches conflict (GitHub draws it in job summaries and comments). */
import type { ConflictsReport, PairEntry } from '../../report/report.js';
import { branchLabel } from './names.js';

/** More edges than this make a graph nobody can read; the tables list them all. */
export const MAX_GRAPH_EDGES = 60;

const quoted = (label: string): string => `"${label.replace(/"/g, '#quot;')}"`;

function nodesOf(report: ConflictsReport, pairs: PairEntry[]): Map<string, string> {
  const names = [...new Set(pairs.flatMap((p) => [p.a, p.b]))].sort();
  return new Map(names.map((name, i) => [name, `n${i}`]));
}

/** Nodes grouped by team, so a tangle between teams shows as edges between boxes. */
function nodeLines(report: ConflictsReport, ids: Map<string, string>): string[] {
  const teamOf = new Map(Object.entries(report.teams).flatMap(([team, e]) => e.branches.map((b) => [b, team])));
  const groups = new Map<string | undefined, string[]>();
  for (const [name, id] of ids) {
    const team = teamOf.get(name);
    groups.set(team, [...(groups.get(team) ?? []), `${id}[${quoted(branchLabel(report, name))}]`]);
  }
  return [...groups.entries()].flatMap(([team, nodes], index) =>
    team === undefined
      ? nodes.map((n) => `  ${n}`)
      : [`  subgraph team${index}[${quoted(team)}]`, ...nodes.map((n) => `    ${n}`), '  end'],
  );
}

/** "a --- b" when either order conflicts; an arrow from the branch whose landing breaks the other. */
function edgeLine(pair: PairEntry, ids: Map<string, string>): string {
  const [a, b] = [ids.get(pair.a)!, ids.get(pair.b)!];
  if (pair.order === 'both') return `  ${a} ---|either order| ${b}`;
  return pair.order === 'a-first' ? `  ${a} -->|breaks if first| ${b}` : `  ${b} -->|breaks if first| ${a}`;
}

export function conflictGraph(report: ConflictsReport): string[] {
  if (report.pairs.length === 0) return [];
  const pairs = report.pairs.slice(0, MAX_GRAPH_EDGES);
  const ids = nodesOf(report, pairs);
  const crossTeam = pairs.map((p, i) => (p.crossTeam ? i : -1)).filter((i) => i >= 0);
  const style = crossTeam.length > 0 ? [`  linkStyle ${crossTeam.join(',')} stroke:#d73a49,stroke-width:3px`] : [];
  const more = report.pairs.length - pairs.length;
  return [
    '### Which branches conflict',
    '',
    '```mermaid',
    'graph LR',
    ...nodeLines(report, ids),
    ...pairs.map((pair) => edgeLine(pair, ids)),
    ...style,
    '```',
    ...(more > 0 ? ['', `${more} more pairs are in the tables and the JSON report.`] : []),
    '',
  ];
}
