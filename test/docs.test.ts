// The README's reference parts are generated from action.yml files and the JSON Schema (scripts/docs.mjs):
// an input or config key added on one side only would be documented wrong.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/runner.js';

const run = promisify(execFile);

describe('README.md', () => {
  it('has its generated parts current with the action.yml files and the config schema', async () => {
    const check = run(process.execPath, [path.join(repoRoot, 'scripts/docs.mjs'), '--check'], { cwd: repoRoot });
    await expect(check).resolves.toBeDefined();
  });

  it('documents the inputs and outputs of every action, from its action.yml', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const actions = [
      'action.yml',
      ...readdirSync(path.join(repoRoot, 'actions')).map((a) => `actions/${a}/action.yml`),
    ];
    const missing = actions.filter((a) => !readme.includes(`<!-- generated: inputs and outputs of ${a} -->`));
    expect(missing).toEqual([]);
  });
});
