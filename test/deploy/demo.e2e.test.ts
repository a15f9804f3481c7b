// The demo a newcomer runs (npm run demo:deploy) keeps working: it deploys, rolls back by itself, deploys again
// and rolls back by hand, through a real HAProxy with the bundled CLI.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect } from 'vitest';
import { itWithBinary } from '../support/binaries.js';
import { hasBinary } from '../support/deploy/topology.js';
import { repoRoot } from '../support/runner.js';

const it = itWithBinary('haproxy', hasBinary('haproxy'));

describe('npm run demo:deploy', () => {
  it('shows a deploy, an automatic rollback, a deploy and a manual rollback', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(repoRoot, 'examples/blue-green/demo.mjs')],
      {
        timeout: 90_000,
      },
    );
    const verdicts = stdout.split('\n').filter((line) => line.startsWith('shipgate '));
    expect(verdicts.map((line) => line.split(' — ')[0])).toEqual([
      'shipgate deploy demo: deployed',
      'shipgate deploy demo: rolled-back',
      'shipgate deploy demo: deployed',
      'shipgate rollback demo: rolled-back',
    ]);
    expect(stdout).toContain('phases:');
    expect(stdout).toMatch(/now: "hello from green [0-9a-f]{40}"\s*$/);
  });
});
