/**
 * The analysis threads run the real bundle (dist/shipgate/index.js), as in a scan. Each wait on a thread must
 * end: with the answer, the thread's failure, or a timeout; and a file gets the same answer whichever
 * thread analyses it.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisPool } from '../../../src/compliance/analysis/threads.js';
import { registerAnalysisScript } from '../../../src/compliance/analysis/worker-script.js';
import type { ScanFile } from '../../../src/compliance/files.js';
import { repoRoot } from '../../support/runner.js';

function folderOf(files: Record<string, string>): { root: string; files: ScanFile[] } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'shipgate-threads-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return { root, files: Object.keys(files).map((name) => ({ path: name, repoPath: name })) };
}

const smallFiles = (count: number): Record<string, string> =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`d${i % 20}/m${i}.py`, `def f${i}():\n    return ${i}\n`]),
  );

let pools: AnalysisPool[] = [];
const pool = (options: ConstructorParameters<typeof AnalysisPool>[0]): AnalysisPool => {
  const made = new AnalysisPool(options);
  pools.push(made);
  return made;
};

beforeAll(() => registerAnalysisScript(pathToFileURL(path.join(repoRoot, 'dist/shipgate/index.js'))));
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

describe('analysis threads', () => {
  it('finish the work when they started long before it arrived', async () => {
    const threads = pool({ threads: 3 });
    await sleep(1500); // every thread is up and idle: a greeting it sent now would be lost
    const { root, files } = folderOf(smallFiles(2000));
    const result = await threads.analyze({ root, files, maxParseBytes: 1 << 20 });
    expect(result.analyzed).toHaveLength(2000);
    expect(result.analyzed.every((f) => f.entry.functions === 1)).toBe(true);
    expect(threads.filesFromThreads).toBeGreaterThan(0);
  });

  it('fail the scan with a clear error when a thread stops with work unfinished', async () => {
    const { root, files } = folderOf(smallFiles(3000));
    const threads = pool({ threads: 2 });
    const outcome = threads.analyze({ root, files, maxParseBytes: 1 << 20 }).then(
      () => new Error('the scan finished'),
      (error: unknown) => error,
    );
    await threads.close(); // the first batches are already out with the threads
    expect(await outcome).toMatchObject({ message: expect.stringMatching(/the analysis pool was closed|stopped/) });
  });

  it('fail the scan with a clear error when a thread does not answer in time', async () => {
    const { root, files } = folderOf(smallFiles(400));
    const stalled = pool({ threads: 1, batchTimeoutMs: 1 });
    await expect(stalled.analyze({ root, files, maxParseBytes: 1 << 20 })).rejects.toThrow(
      /an analysis thread did not answer within 0\.001 s \(d\d+\/m\d+\.py and \d+ more\)/,
    );
  });

  it('give a deeply nested file the same answer on the calling thread as on an analysis thread', async () => {
    // 1,500 levels exhaust the main thread's stack in the TypeScript parser, not an analysis thread's.
    const deep = `export const x = ${'('.repeat(1500)}1${')'.repeat(1500)};\nexport function f() {\n  return x;\n}\n`;
    const { root, files } = folderOf({ 'deep.ts': deep, ...smallFiles(1) });
    const onCaller = await pool({ threads: 0 }).analyze({ root, files, maxParseBytes: 1 << 20 });
    const onThread = await pool({ threads: 1 }).analyze({
      root,
      files: [...files, ...files.slice(0, 0)],
      maxParseBytes: 1 << 20,
    });
    const deepOf = (r: typeof onCaller) => r.analyzed.find((f) => f.entry.path === 'deep.ts')!;
    expect(deepOf(onCaller).entry).toEqual(deepOf(onThread).entry);
    expect(deepOf(onCaller).entry).toMatchObject({ parsed: true, functions: 1 });
  });
});
