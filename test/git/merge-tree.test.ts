import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { writeCommits } from '../../src/git/commit-objects.js';
import { GitCli } from '../../src/git/git.js';
import { mergeMany } from '../../src/git/merge-tree.js';
import { withScratchObjects } from '../../src/git/scratch-objects.js';
import { makeRepo } from '../support/git-repo.js';

/** main, and two branches that edit the same line of a.txt; c adds a file. */
function repo() {
  const r = makeRepo({ 'a.txt': 'one\ntwo\nthree\n' });
  const main = r.git('rev-parse', 'HEAD').trim();
  const branch = (name: string, files: Record<string, string>) => {
    r.git('checkout', '--quiet', '-b', name, main);
    return r.commit(name, files);
  };
  const shas = {
    main,
    a: branch('a', { 'a.txt': 'one\nA\nthree\n' }),
    b: branch('b', { 'a.txt': 'one\nB\nthree\n' }),
    c: branch('c', { 'c.txt': 'new\n' }),
  };
  r.git('checkout', '--quiet', 'main');
  return { r, git: new GitCli(r.dir), shas };
}

const objectCount = (dir: string) => execFileSync('git', ['count-objects', '-v'], { cwd: dir, encoding: 'utf8' });

describe('mergeMany', () => {
  it('answers each merge in order: clean with its tree, or conflicted with the index entries and messages', async () => {
    const { r, git, shas } = repo();
    const before = objectCount(r.dir);
    const [clean, conflicted] = await withScratchObjects(git, (scratch) =>
      mergeMany(scratch, [
        { ours: shas.a, theirs: shas.c },
        { ours: shas.a, theirs: shas.b },
      ]),
    );
    expect(clean).toMatchObject({ clean: true, entries: [], messages: [] });
    expect(clean!.tree).toMatch(/^[0-9a-f]{40}$/);
    expect(conflicted!.clean).toBe(false);
    expect(conflicted!.entries.map((e) => [e.stage, e.path])).toEqual([
      [1, 'a.txt'],
      [2, 'a.txt'],
      [3, 'a.txt'],
    ]);
    expect(conflicted!.messages).toContainEqual({
      paths: ['a.txt'],
      type: 'CONFLICT (contents)',
      text: 'CONFLICT (content): Merge conflict in a.txt',
    });
    expect(objectCount(r.dir), 'nothing written into the repository').toBe(before);
  });

  it('spreads a large batch over several git processes and keeps the order', async () => {
    const { git, shas } = repo();
    const requests = Array.from({ length: 450 }, (_, i) =>
      i % 3 === 0 ? { ours: shas.a, theirs: shas.b } : { ours: shas.a, theirs: shas.c },
    );
    const outcomes = await withScratchObjects(git, (scratch) => mergeMany(scratch, requests, { processes: 3 }));
    expect(outcomes.map((o) => o.clean)).toEqual(requests.map((_, i) => i % 3 !== 0));
  });

  it('takes resolved commit ids only: git 2.39 would drop the whole batch on one unknown name', async () => {
    const { git, shas } = repo();
    await expect(mergeMany(git, [{ ours: 'main', theirs: shas.a }])).rejects.toThrow('resolved commit ids');
  });

  it('writes landing commits in the scratch store, with parents and a current date', async () => {
    const { r, git, shas } = repo();
    await withScratchObjects(git, async (scratch) => {
      const [merge] = await mergeMany(scratch, [{ ours: shas.main, theirs: shas.c }]);
      const [commit] = await writeCommits(scratch, [
        { tree: merge!.tree, parents: [shas.main, shas.c], message: 'land c' },
      ]);
      const parents = (await scratch.run(['rev-parse', `${commit}^1`, `${commit}^2`])).stdout.split('\n');
      expect(parents.slice(0, 2)).toEqual([shas.main, shas.c]);
      const date = Number((await scratch.run(['show', '-s', '--format=%ct', commit!])).stdout);
      expect(Math.abs(date - Date.now() / 1000)).toBeLessThan(60);
    });
    expect(() => r.git('cat-file', '-e', shas.c)).not.toThrow();
  });
});

describe('GitCli', () => {
  it('stops a git that does not finish in time, and says so', async () => {
    const { git } = repo();
    // hash-object --stdin waits for input that never comes.
    await expect(git.run(['hash-object', '--stdin'], { timeoutMs: 300 })).rejects.toThrow(
      'git hash-object did not finish within 300 ms and was stopped.',
    );
  });
});
