import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/runner.js';

const run = promisify(execFile);
/** The README's budget: one shared bundle of about 12 MB (9 MB of it the TypeScript compiler) with room to grow. */
const DIST_BUDGET_BYTES = 15 * 1024 * 1024;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('dist/', () => {
  it('is exactly what a fresh build produces', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'shipgate-build-')), 'dist');
    await run(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), out], { cwd: repoRoot });
    const committed = await filesUnder(path.join(repoRoot, 'dist'));
    expect(await filesUnder(out)).toEqual(committed);
    for (const file of committed) {
      const fresh = await readFile(path.join(out, file));
      const current = await readFile(path.join(repoRoot, 'dist', file));
      expect(fresh.equals(current), `dist/${file} differs from a fresh build: run npm run build`).toBe(true);
    }
  }, 300_000);

  // Every `uses:` downloads the repository at its ref: dist/ is each user's start-up cost (see the README).
  it('stays within its size budget, the heavy dependencies bundled once', async () => {
    const files = await filesUnder(path.join(repoRoot, 'dist'));
    const sizes = await Promise.all(
      files.map(async (file) => (await readFile(path.join(repoRoot, 'dist', file))).length),
    );
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(total, `dist/ is ${(total / 1024 / 1024).toFixed(1)} MB`).toBeLessThan(DIST_BUDGET_BYTES);
    const compilerCopies = files.filter((file, i) => sizes[i]! > 5 * 1024 * 1024);
    expect(compilerCopies, 'one copy of the TypeScript compiler').toHaveLength(1);
  });

  it('has a bundle for every action.yml', async () => {
    const metadata = [
      'action.yml',
      ...(await readdir(path.join(repoRoot, 'actions'))).map((a) => `actions/${a}/action.yml`),
    ];
    for (const file of metadata) {
      const text = await readFile(path.join(repoRoot, file), 'utf8');
      const main = /^\s+main:\s*['"]?([^'"\n]+)/m.exec(text)?.[1];
      expect(main, `${file} names no main`).toBeDefined();
      await expect(readFile(path.join(repoRoot, path.dirname(file), main!))).resolves.toBeInstanceOf(Buffer);
      expect(text).toMatch(/using:\s*['"]?node24/);
    }
  });
});
