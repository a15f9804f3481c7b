import { describe, expect, it } from 'vitest';
import { GitCli } from '../../src/git/git.js';
import { branchHistories } from '../../src/git/history.js';
import { diffTrees } from '../../src/git/tree-diff.js';
import { foldersExist, resolveCommits, treesOf } from '../../src/git/object-lookup.js';
import { makeRepo } from '../support/git-repo.js';

describe('branchHistories', () => {
  it('finds own commits and merge bases of many branches from one walk, and asks git only when it must', async () => {
    const r = makeRepo({ 'a.txt': 'a\n' });
    const start = r.git('rev-parse', 'HEAD').trim();
    r.git('checkout', '--quiet', '-b', 'topic');
    const topic1 = r.commit('topic 1', { 't.txt': '1\n' });
    r.git('checkout', '--quiet', 'main');
    const merged = r.commit('main 1', { 'm.txt': '1\n' });
    r.git('merge', '--quiet', '--no-ff', '--no-edit', 'topic');
    const base = r.git('rev-parse', 'HEAD').trim();
    // A branch that merged the base in: two commits of the base's history reached, one merge base.
    r.git('checkout', '--quiet', '-b', 'synced', start);
    r.commit('synced 1', { 's.txt': '1\n' });
    r.git('merge', '--quiet', '--no-edit', merged);
    const synced = r.commit('synced 2', { 's.txt': '2\n' });
    r.git('checkout', '--quiet', '--orphan', 'alone');
    r.git('rm', '-r', '--quiet', '--force', '.');
    const alone = r.commit('alone', { 'x.txt': 'x\n' });
    const histories = await branchHistories(new GitCli(r.dir), base, [topic1, synced, alone]);
    expect(histories.get(topic1)).toEqual({ own: new Set(), mergeBases: [topic1] });
    expect(histories.get(synced)!.own.size).toBe(3);
    expect(histories.get(synced)!.mergeBases).toEqual([merged]);
    expect(histories.get(alone)).toMatchObject({ mergeBases: [] });
  });
});

describe('batched lookups', () => {
  it('diffs many tree pairs in one process, including empty diffs and awkward names', async () => {
    const r = makeRepo({ 'a.txt': 'a\n', 'dir/b.txt': 'b\n' });
    const one = r.git('rev-parse', 'HEAD').trim();
    r.remove('dir/b.txt');
    const two = r.commit('two', { 'a.txt': 'A\n', 'new\nline.txt': 'n\n', 'with space.txt': 's\n' });
    const git = new GitCli(r.dir);
    const [t1, t2] = await treesOf(git, [one, two]);
    const [forward, same, back] = await diffTrees(git, [
      { from: t1!, to: t2! },
      { from: t1!, to: t1! },
      { from: t2!, to: t1! },
    ]);
    expect(forward).toEqual([
      { status: 'M', path: 'a.txt' },
      { status: 'D', path: 'dir/b.txt' },
      { status: 'A', path: 'new\nline.txt' },
      { status: 'A', path: 'with space.txt' },
    ]);
    expect(same).toEqual([]);
    expect(back!.map((c) => c.status)).toEqual(['M', 'A', 'D', 'D']);
    expect(
      await foldersExist(git, [
        { tree: t1!, folder: 'dir' },
        { tree: t2!, folder: 'dir' },
      ]),
    ).toEqual([true, false]);
    expect(await resolveCommits(git, [one, 'main', 'nope'])).toEqual([one, two, undefined]);
  });
});
