// LCOV read from bytes: lines cut by the reader's 256 KB chunks, CRLF, a BOM, a last line without a
// newline, and a malformed line placed by its number however far into the file it is.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RepositoryPaths } from '../../src/gate/paths.js';
import { readReport } from '../../src/gate/reports/index.js';

const folder = mkdtempSync(path.join(os.tmpdir(), 'shipgate-lcov-'));

/** One record per file: `lines` DA lines, every third one not run, and two branches on line 1. */
function tracefile(files: number, lines: number, eol = '\n'): string {
  const records = Array.from({ length: files }, (_, f) => {
    const da = Array.from({ length: lines }, (_, i) => `DA:${i + 1},${i % 3 === 0 ? 0 : i + 7}`);
    return ['TN:', `SF:src/file${f}.ts`, ...da, 'BRDA:1,0,0,4', 'BRDA:1,0,1,-', 'end_of_record'].join(eol);
  });
  return records.join(eol);
}

async function read(name: string, content: string | Buffer) {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  const report = await readReport({ file, display: name, paths: new RepositoryPaths(folder, []) });
  if (report.kind !== 'coverage') throw new Error(`read as ${report.kind}`);
  return report.coverage;
}

describe('LCOV lines', () => {
  it('reads every line of a tracefile several chunks long, CRLF or LF, with or without a BOM and a last newline', async () => {
    const lf = await read('lf.info', tracefile(40, 2000)); // about 1 MB: four chunks and more
    const crlf = await read(
      'crlf.info',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tracefile(40, 2000, '\r\n'))]),
    );
    for (const coverage of [lf, crlf]) {
      expect(coverage.files.size).toBe(40);
      const counts = coverage.files.get('src/file39.ts')!.counts();
      expect(counts.lines).toEqual({ total: 2000, covered: 1333 });
      expect(counts.branches).toEqual({ total: 2, covered: 1 });
    }
  });

  it('reads a line longer than a chunk', async () => {
    const name = 'n'.repeat(300_000);
    const coverage = await read('long.info', `SF:src/a.ts\nFN:1,${name}\nFNDA:3,${name}\nDA:1,1\nend_of_record\n`);
    expect(coverage.files.get('src/a.ts')!.counts().functions).toEqual({ total: 1, covered: 1 });
  });

  it('places a malformed line by its number, deep in the file', async () => {
    const text = tracefile(40, 2000).replace('DA:1500,1506', 'DA:1500,x');
    const line = text.split('\n').findIndex((l) => l === 'DA:1500,x') + 1;
    expect(line).toBeGreaterThan(1000);
    await expect(read('bad.info', text)).rejects.toThrow(`bad.info:${line}: "DA:1500,x" is not DA:<line>,<hits>.`);
  });
});
