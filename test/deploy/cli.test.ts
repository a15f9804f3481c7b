// `shipgate deploy` and `shipgate rollback` as a user runs them: the bundled CLI, exit codes and messages.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../support/git-repo.js';
import { repoRoot } from '../support/runner.js';

const execFileAsync = promisify(execFile);

async function shipgate(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, GITHUB_TOKEN: '', GITHUB_REPOSITORY: '' };
  try {
    const { stdout, stderr } = await execFileAsync(
      process.execPath,
      [path.join(repoRoot, 'dist/cli/index.js'), ...args],
      { cwd, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('shipgate deploy and rollback (bundled CLI)', () => {
  it('explain their options', async () => {
    const help = await shipgate(['deploy', '--help'], repoRoot);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--ref REF');
    expect((await shipgate(['rollback', '--help'], repoRoot)).stdout).toContain('--to ID|REF');
  });

  it('exit 2 with what is wrong: no environment, an environment the config lacks, a ledger that cannot be reached', async () => {
    const repo = makeRepo({ 'README.md': 'x\n' });
    const missing = await shipgate(['deploy'], repo.dir);
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'shipgate deploy: --environment is required (e.g. --environment staging).\n',
    });
    const unknown = await shipgate(['rollback', '--environment', 'prod'], repo.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('The environment "prod" is not in the config (none found: .github/shipgate.yml)');
    const ledger = await shipgate(['deploy', '--environment', 'prod', '--ledger', 'github'], repo.dir);
    expect(ledger.stderr).toContain('--ledger github needs GITHUB_TOKEN and GITHUB_REPOSITORY');
  });
});
