// Shared by the compliance action's tests: a pull request in a real repository, and its webhook payload.
import { makeRepo, type TestRepo } from '../support/git-repo.js';
import { webhookExample } from '../support/runner.js';

export const longFunction = (name: string, lines: number): string =>
  `def ${name}():\n${'    x = 1\n'.repeat(lines - 1)}`;

/** A repository with a base commit and a pull request head that adds one 40-line function. */
export function pullRequestRepo(): { repo: TestRepo; base: string; head: string } {
  const repo = makeRepo({ 'app/old.py': longFunction('legacy', 50) });
  const base = repo.git('rev-parse', 'HEAD').trim();
  const head = repo.commit('add a feature', { 'app/feature.py': `import os\n\n\n${longFunction('handler', 40)}` });
  return { repo, base, head };
}

/** A real pull_request webhook payload for PR #7, pointed at these commits. */
export function pullRequestEvent(base: string, head: string): Record<string, unknown> {
  const event = webhookExample('pull_request', 'synchronize');
  const pr = event.pull_request as { number: number; base: { sha: string }; head: { sha: string } };
  pr.number = 7;
  pr.base.sha = base;
  pr.head.sha = head;
  event.number = 7;
  return event;
}
