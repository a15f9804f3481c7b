// File helpers for the benchmark corpora: picking files spread over a tree, copying them, writing logs.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Files under `dir` (recursively) that `keep` accepts, sorted, as absolute paths. */
export function filesUnder(dir, keep) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(keep)
    .sort();
}

/** One file in `step` of a sorted list, up to `count`: a spread over every folder, the same on every machine. */
export function spread(files, count) {
  const step = Math.max(1, Math.floor(files.length / count));
  return files.filter((_, i) => i % step === 0).slice(0, count);
}

export function copyInto(repo, folder, files, base) {
  for (const file of files) {
    const target = path.join(repo, folder, path.relative(base, file));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
}

/** A log of `mb` megabytes: timestamped lines, as services write them. */
export function writeLog(file, mb) {
  const levels = ['INFO', 'DEBUG', 'WARN', 'INFO', 'ERROR'];
  const lines = [];
  for (let i = 0, size = 0; size < mb * 1024 * 1024; i++) {
    const line = `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00Z ${levels[i % 5]} worker-${i % 16} request ${i} took ${i % 997} ms\n`;
    lines.push(line);
    size += line.length;
  }
  writeFileSync(file, lines.join(''));
}
