// The world the conflicts action's tests run in: an origin repository that keeps pull request heads as
// refs/pull/N/head, a shallow workspace cloned from it, the stand-in seeded with the same pull requests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConflictsReport } from '../../src/conflicts/report/report.js';
import { gitIdentityEnv, makeRepo, type TestRepo } from '../support/git-repo.js';
import { webhookExample } from '../support/runner.js';
import type { Standin } from '../support/standin/index.js';

export const lines = (tag: string) => Array.from({ length: 12 }, (_, i) => `${tag} ${i + 1}`).join('\n') + '\n';
export const edit = (tag: string, line: number, text: string) => {
  const all = lines(tag).split('\n');
  all[line - 1] = text;
  return all.join('\n');
};

export interface Origin {
  repo: TestRepo;
  bare: string;
  /** pull request number → head commit */
  heads: Record<number, string>;
  base: string;
}

/**
 * #7 and #8 edit the same line of app.py (a pair conflict), #9 edits docs only, #10 edits what main changed
 * after it forked (a conflict with the base). The origin keeps each head as refs/pull/N/head.
 */
export function origin(before?: (repo: TestRepo) => void): Origin {
  const repo = makeRepo({ 'app.py': lines('app'), 'docs.md': lines('docs'), 'guide.md': lines('guide') });
  const start = repo.git('rev-parse', 'HEAD').trim();
  const heads: Record<number, string> = {};
  const pull = (number: number, files: Record<string, string>) => {
    repo.git('checkout', '--quiet', '--detach', start);
    heads[number] = repo.commit(`pull ${number}`, files);
  };
  pull(7, { 'app.py': edit('app', 3, 'seven') });
  pull(8, { 'app.py': edit('app', 3, 'eight') });
  pull(9, { 'docs.md': edit('docs', 1, 'nine') });
  pull(10, { 'guide.md': edit('guide', 5, 'ten') });
  repo.git('checkout', '--quiet', 'main');
  let base = repo.commit('main moves on', { 'guide.md': edit('guide', 5, 'main') });
  if (before) {
    before(repo);
    base = repo.git('rev-parse', 'main').trim();
  }
  const bare = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-origin-')), 'origin.git');
  execFileSync('git', ['clone', '--quiet', '--bare', repo.dir, bare]);
  for (const [number, sha] of Object.entries(heads))
    execFileSync('git', ['update-ref', `refs/pull/${number}/head`, sha], { cwd: bare });
  return { repo, bare, heads, base };
}

/** The workspace as actions/checkout leaves it: a shallow clone of the base. */
export function checkout(bare: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-ws-')), 'ws');
  execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${bare}`, dir], {
    env: { ...process.env, ...gitIdentityEnv },
  });
  return dir;
}

export function seedPulls(standin: Standin, o: Origin, numbers: number[], labels: Record<number, string[]> = {}) {
  for (const number of numbers) {
    standin.state.addPull({
      number,
      head: { ref: `feature/pr-${number}`, sha: o.heads[number]! },
      labels: labels[number] ?? [],
    });
  }
}

export function pullRequestEvent(o: Origin, number: number): Record<string, unknown> {
  const event = webhookExample('pull_request', 'synchronize');
  const pr = event.pull_request as Record<string, Record<string, unknown> | unknown>;
  Object.assign(pr, { number, state: 'open', draft: false, labels: [] });
  Object.assign(pr.head as object, { sha: o.heads[number], ref: `feature/pr-${number}` });
  Object.assign(pr.base as object, { sha: o.base, ref: 'main' });
  (pr.user as { login: string }).login = 'octocat';
  event.number = number;
  return event;
}

export const report = (file: string): ConflictsReport => JSON.parse(readFileSync(file, 'utf8')) as ConflictsReport;
