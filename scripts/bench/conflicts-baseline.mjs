// The plain way to answer the conflicts questions, for the benchmark to compare with: each merge its own git
// process (as many at once as shipgate runs), objects written to a scratch folder.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const processes = Math.max(1, Math.min(4, os.availableParallelism()));

/** Runs `command` for each item, `processes` at a time. */
async function pool(items, run) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]);
    }
  };
  await Promise.all(Array.from({ length: processes }, worker));
  return results;
}

const gitAsync = (cwd, args, env) =>
  new Promise((resolve) =>
    execFile('git', args, { cwd, env, maxBuffer: 1 << 26 }, (error, stdout) =>
      resolve({ code: error ? error.code : 0, stdout }),
    ),
  );

/** A git environment writing objects to a scratch folder and reading the repository's; and its cleanup. */
function scratchEnv(repo) {
  const objects = mkdtempSync(path.join(os.tmpdir(), 'shipgate-bench-objects-'));
  const gitPath = execFileSync('git', ['rev-parse', '--git-path', 'objects'], { cwd: repo, encoding: 'utf8' });
  const own = path.resolve(repo, gitPath.trim());
  const env = { ...process.env, GIT_OBJECT_DIRECTORY: objects, GIT_ALTERNATE_OBJECT_DIRECTORIES: own };
  return { env, remove: () => rmSync(objects, { recursive: true, force: true }) };
}

/** Each branch merged into the base, and each clean one landed with `git commit-tree`: a process each. */
async function landEach(repo, base, branches, env) {
  const onBase = await pool(branches, (b) => gitAsync(repo, ['merge-tree', '--write-tree', base, b.sha], env));
  const clean = branches.filter((_, i) => onBase[i].code === 0);
  const treeOf = (b) => onBase[branches.indexOf(b)].stdout.trim().split('\n')[0];
  const landings = await pool(clean, (b) =>
    gitAsync(repo, ['commit-tree', treeOf(b), '-p', base, '-p', b.sha, '-m', 'land'], env),
  );
  return { clean, landings: landings.map((l) => l.stdout.trim()) };
}

/**
 * The plain way: every branch merged into the base; each clean one landed; then, for every ordered pair of
 * clean branches, the second merged into the first's landing. Returns the time and the conflicting ordered
 * merges as "first second" keys.
 */
export async function oneProcessPerMerge(repo, base, branches) {
  const scratch = scratchEnv(repo);
  const started = process.hrtime.bigint();
  const { clean, landings } = await landEach(repo, base, branches, scratch.env);
  const ordered = clean.flatMap((first, i) =>
    clean.filter((s) => s !== first).map((second) => ({ first, second, landing: landings[i] })),
  );
  const outcomes = await pool(ordered, (o) =>
    gitAsync(repo, ['merge-tree', '--write-tree', '--name-only', o.landing, o.second.sha], scratch.env),
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  scratch.remove();
  const conflicting = new Set(
    ordered.filter((_, i) => outcomes[i].code === 1).map((o) => `${o.first.name} ${o.second.name}`),
  );
  const merges = branches.length + clean.length + ordered.length;
  return { ms, merges, conflicting, baseConflicts: branches.length - clean.length };
}

/** The conflicting ordered merges of a shipgate report, in the baseline's terms. */
export function orderedOf(report) {
  const keys = new Set();
  for (const p of report.pairs) {
    if (p.order !== 'b-first') keys.add(`${p.a} ${p.b}`);
    if (p.order !== 'a-first') keys.add(`${p.b} ${p.a}`);
  }
  return keys;
}
