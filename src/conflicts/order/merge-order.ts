/**
 * A suggested landing order for branches that conflict with each other: at each step, land the branch whose
 * landing breaks the fewest of those still waiting. One-order pairs steer it: when landing a first makes b
 * conflict but not the reverse, b goes first and nobody rebases.
 */

/** "landing `first` makes `second` conflict" */
export interface Breakage {
  first: string;
  second: string;
}

export interface MergeStep {
  branch: string;
  /** branches still waiting that need a rebase once this one lands */
  rebase: string[];
}

export interface MergeOrder {
  steps: MergeStep[];
  /** distinct branches that need a rebase in the suggested order */
  rebases: number;
  /** the same count when landing in name order, for comparison */
  rebasesInNameOrder: number;
}

function breaksOf(breakages: Breakage[]): Map<string, Set<string>> {
  const breaks = new Map<string, Set<string>>();
  for (const { first, second } of breakages) {
    if (!breaks.has(first)) breaks.set(first, new Set());
    if (!breaks.has(second)) breaks.set(second, new Set());
    breaks.get(first)!.add(second);
  }
  return breaks;
}

/** Lands the branches in the order given; returns each step's rebases. */
function land(order: string[], breaks: Map<string, Set<string>>): MergeStep[] {
  const waiting = new Set(order);
  return order.map((branch) => {
    waiting.delete(branch);
    return { branch, rebase: [...(breaks.get(branch) ?? [])].filter((b) => waiting.has(b)).sort() };
  });
}

const rebasesIn = (steps: MergeStep[]): number => new Set(steps.flatMap((s) => s.rebase)).size;

/** Fewest breakages caused first; then the branch most at risk from others; then by name. */
function nextBranch(waiting: Set<string>, breaks: Map<string, Set<string>>): string {
  const score = (branch: string) => {
    const caused = [...breaks.get(branch)!].filter((b) => waiting.has(b)).length;
    const suffered = [...waiting].filter((other) => breaks.get(other)!.has(branch)).length;
    return { branch, caused, suffered };
  };
  const ranked = [...waiting]
    .map(score)
    .sort((x, y) => x.caused - y.caused || y.suffered - x.suffered || (x.branch < y.branch ? -1 : 1));
  return ranked[0]!.branch;
}

export function suggestMergeOrder(breakages: Breakage[]): MergeOrder {
  const breaks = breaksOf(breakages);
  const waiting = new Set([...breaks.keys()]);
  const order: string[] = [];
  while (waiting.size > 0) {
    const branch = nextBranch(waiting, breaks);
    order.push(branch);
    waiting.delete(branch);
  }
  const steps = land(order, breaks);
  const byName = land([...breaks.keys()].sort(), breaks);
  return { steps, rebases: rebasesIn(steps), rebasesInNameOrder: rebasesIn(byName) };
}
