// The engine's answers against the plain way: each of the same merges run as its own `git merge`, on a
// repository with every kind of conflict and on generated repositories with many team branches.
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { analyse, type Analysis } from '../../src/conflicts/merges/analyse.js';
import { GitCli } from '../../src/git/git.js';
import { listCommitRefs } from '../../src/git/refs.js';
import { generateConflictsRepo } from '../../scripts/bench/conflicts-repo.mjs';
import { oracle, type OracleResult } from './support/oracle.js';
import { scenarioRepo } from './support/scenarios.js';

/** The engine's answers in the oracle's shape. */
function asOracle(analysis: Analysis): OracleResult {
  const base = new Map<string, string[]>();
  for (const [name, state] of analysis.states) if (state.kind === 'conflict') base.set(name, state.finding.files);
  const ordered = new Map<string, string[]>();
  for (const pair of analysis.pairs) {
    if (pair.aFirst) ordered.set(`${pair.a} ${pair.b}`, pair.aFirst.files);
    if (pair.bFirst) ordered.set(`${pair.b} ${pair.a}`, pair.bFirst.files);
  }
  return { base, ordered };
}

const sortedEntries = (map: Map<string, string[]>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1));

async function compare(dir: string, branches: string[], base = 'main') {
  const git = new GitCli(dir);
  const refs = await listCommitRefs(git);
  const sha = (name: string) => refs.find((r) => r.name === name)!.sha;
  const inputs = branches.map((name) => ({ name, sha: sha(name) }));
  const expected = oracle(dir, base, branches);
  for (const exhaustive of [true, false]) {
    const analysis = await analyse({ git, base: sha(base), branches: inputs, exhaustive, regenerable: [] });
    const actual = asOracle(analysis);
    expect(sortedEntries(actual.base), `base conflicts, exhaustive: ${exhaustive}`).toEqual(
      sortedEntries(expected.base),
    );
    expect(sortedEntries(actual.ordered), `pair merges, exhaustive: ${exhaustive}`).toEqual(
      sortedEntries(expected.ordered),
    );
  }
  return expected;
}

/**
 * A run about each branch in turn: its state against the base, and every ordered pair with it, as the oracle
 * answers them; other branches' states where the run merged them.
 */
async function compareFocused(dir: string, branches: string[], expected: OracleResult, base = 'main') {
  const git = new GitCli(dir);
  const refs = await listCommitRefs(git);
  const sha = (name: string) => refs.find((r) => r.name === name)!.sha;
  const inputs = branches.map((name) => ({ name, sha: sha(name) }));
  let skippedMerges = 0;
  for (const focus of branches) {
    const analysis = await analyse({
      git,
      base: sha(base),
      branches: inputs,
      focus: [focus],
      exhaustive: false,
      regenerable: [],
    });
    const actual = asOracle(analysis);
    const mine = (map: Map<string, string[]>) =>
      sortedEntries(new Map([...map].filter(([key]) => key.split(' ').includes(focus))));
    expect(mine(actual.ordered), `pairs with ${focus}`).toEqual(mine(expected.ordered));
    expect(actual.base.get(focus), `${focus} against the base`).toEqual(expected.base.get(focus));
    for (const [name, state] of analysis.states) {
      if (state.kind === 'untested') skippedMerges++;
      else if (state.kind !== 'unrelated') expect(actual.base.get(name), name).toEqual(expected.base.get(name));
    }
  }
  expect(skippedMerges, 'the focused runs left some merges into the base out').toBeGreaterThan(0);
}

describe('the engine against one git merge per question', () => {
  it('agrees on every kind of conflict, a base that moved on, and a pair that conflicts in one order', async () => {
    const { repo, branches } = scenarioRepo();
    const related = branches.filter((b) => b !== 'orphan');
    const expected = await compare(repo.dir, related);
    await compareFocused(repo.dir, related, expected);
    // The cases are there: the comparison above is not vacuous.
    expect(expected.base.get('feature/base-moved')).toEqual(['docs/guide.md']);
    expect(expected.ordered.get('feature/builds-on feature/cherry')).toEqual(['app/views.py']);
    expect(expected.ordered.has('feature/cherry feature/builds-on')).toBe(false);
    expect(expected.ordered.get('feature/ai-workflow-delete feature/ai-workflow-modify')).toEqual(['legacy/old.py']);
    expect(expected.ordered.get('feature/add-a feature/add-b')).toEqual(['app/new.py']);
    expect(expected.ordered.get('feature/logo-a feature/logo-b')).toEqual(['assets/logo.png']);
    expect(expected.ordered.get('feature/rename-models feature/modify-models')).toEqual(['app/model.py']);
  }, 120_000);

  it.each([7, 23])(
    'agrees on a generated repository of team branches (seed %i)',
    async (seed) => {
      const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-gen-')), 'repo');
      const branches = generateConflictsRepo(dir, { seed, files: 120, branches: 18, baseCommits: 5, maxChanges: 4 });
      const expected = await compare(dir, branches);
      expect(expected.ordered.size + expected.base.size).toBeGreaterThan(0);
      await compareFocused(dir, branches, expected);
    },
    300_000,
  );
});
