// The CLI as npm ships it: the packed tarball installed into an empty folder must run, with nothing else
// installed (the bundle carries its dependencies), on a repository of its own.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { makeRepo } from './support/git-repo.js';
import { repoRoot } from './support/runner.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the npm package', () => {
  it('installs from its tarball into an empty folder and runs `shipgate compliance`', async () => {
    const packed = await mkdtemp(path.join(os.tmpdir(), 'shipgate-pack-'));
    await run(npm, ['pack', '--silent', '--pack-destination', packed], { cwd: repoRoot });
    const [tarball] = (await readdir(packed)).filter((f) => f.endsWith('.tgz'));
    expect(tarball).toBe(`shipgate-${packageJson.version}.tgz`);
    const project = await mkdtemp(path.join(os.tmpdir(), 'shipgate-install-'));
    await writeFile(path.join(project, 'package.json'), '{"name":"empty","private":true}\n');
    const install = ['install', '--no-audit', '--no-fund', '--ignore-scripts', path.join(packed, tarball!)];
    await run(npm, install, { cwd: project });
    const shipgate = path.join(project, 'node_modules/.bin/shipgate');
    expect((await run(shipgate, ['--version'])).stdout.trim()).toBe(packageJson.version);
    const repo = makeRepo({ 'app.py': `def long():\n${'    x = 1\n'.repeat(34)}` });
    const scan = await run(shipgate, ['compliance', repo.dir, '--format', 'json']).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect((scan as { code?: number }).code).toBe(1);
    expect(JSON.parse(scan.stdout)).toMatchObject({ summary: { violations: 1, new: 1 } });
  }, 180_000);
});
