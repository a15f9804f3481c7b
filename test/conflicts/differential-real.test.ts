// The engine against one `git merge` per question on a real project's pull requests. The material is a
// public repository's mirror (pull request heads as refs/pull/N/head), which cannot ship with shipgate:
// point SHIPGATE_CONFLICTS_MIRROR at one to run this test. It is read through a scratch repository, never written.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/conflicts/merges/analyse.js';
import { GitCli } from '../../src/git/git.js';
import { oracle } from './support/oracle.js';

const mirror = process.env.SHIPGATE_CONFLICTS_MIRROR;
const count = Number(process.env.SHIPGATE_CONFLICTS_MIRROR_PULLS ?? 24);
if (!mirror)
  console.warn(
    'skipped: set SHIPGATE_CONFLICTS_MIRROR to a mirror with refs/pull/N/head to compare on real pull requests',
  );

/** A scratch repository reading the mirror's objects, with its default branch and its newest pull request heads. */
function scratchOf(source: string): { dir: string; base: string; pulls: string[] } {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-real-')), 'repo.git');
  git(os.tmpdir(), 'init', '--quiet', '--bare', dir);
  writeFileSync(
    path.join(dir, 'objects/info/alternates'),
    path.resolve(source, git(source, 'rev-parse', '--git-path', 'objects').trim()) + '\n',
  );
  const base = git(source, 'symbolic-ref', '--short', 'HEAD').trim();
  const pulls = git(source, 'for-each-ref', '--format=%(refname) %(objectname)', 'refs/pull/')
    .split('\n')
    .filter((line) => /^refs\/pull\/\d+\/head /.test(line))
    .sort((a, b) => Number(b.split('/')[2]) - Number(a.split('/')[2]))
    .slice(0, count);
  const updates = [
    `update refs/heads/${base} ${git(source, 'rev-parse', base).trim()}`,
    ...pulls.map((l) => `update ${l}`),
  ];
  execFileSync('git', ['update-ref', '--stdin'], { cwd: dir, input: updates.join('\n') + '\n' });
  return { dir, base, pulls: pulls.map((l) => l.split(' ')[0]!.replace(/^refs\//, '')) };
}

describe.skipIf(!mirror)('the engine against one git merge per question, on real pull requests', () => {
  it(`agrees on the ${count} newest pull requests of the mirror`, async () => {
    const { dir, base, pulls } = scratchOf(mirror!);
    const git = new GitCli(dir);
    const sha = (ref: string) => execFileSync('git', ['rev-parse', ref], { cwd: dir, encoding: 'utf8' }).trim();
    const branches = pulls.map((name) => ({ name, sha: sha(`refs/${name}`) }));
    const expected = oracle(dir, base, pulls);
    for (const exhaustive of [true, false]) {
      const analysis = await analyse({ git, base: sha(base), branches, exhaustive, regenerable: [] });
      const onBase = [...analysis.states].filter(([, s]) => s.kind === 'conflict' || s.kind === 'unrelated');
      expect(onBase.map(([name]) => name).sort()).toEqual([...expected.base.keys()].sort());
      const ordered = analysis.pairs.flatMap((p) => [
        ...(p.aFirst ? [[`${p.a} ${p.b}`, p.aFirst.files] as const] : []),
        ...(p.bFirst ? [[`${p.b} ${p.a}`, p.bFirst.files] as const] : []),
      ]);
      expect(new Map(ordered), `pair merges, exhaustive: ${exhaustive}`).toEqual(expected.ordered);
      for (const [name, state] of analysis.states)
        if (state.kind === 'conflict') expect(state.finding.files, name).toEqual(expected.base.get(name));
    }
    // Runs about one pull request each, as on a pull request event.
    for (const focus of pulls.slice(0, 5)) {
      const analysis = await analyse({
        git,
        base: sha(base),
        branches,
        focus: [focus],
        exhaustive: false,
        regenerable: [],
      });
      const mine = [...expected.ordered].filter(([key]) => key.split(' ').includes(focus));
      const found = analysis.pairs.flatMap((p) => [
        ...(p.aFirst ? [[`${p.a} ${p.b}`, p.aFirst.files] as const] : []),
        ...(p.bFirst ? [[`${p.b} ${p.a}`, p.bFirst.files] as const] : []),
      ]);
      expect(new Map(found), `pairs with ${focus}`).toEqual(new Map(mine));
    }
  }, 900_000);
});
