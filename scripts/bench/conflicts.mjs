// Benchmarks `shipgate conflicts` (the bundled CLI, Node's start included) on a generated repository of
// 5,000 files and 300 team branches and, when given one, on a real project's pull requests; side by side with
// the same merges run the plain way, one git process per merge (as many at once as shipgate runs). Prints
// figures and checks that both ways give the same answers; it asserts nothing else.
//
//   npm run bench:conflicts [-- --real PATH] [--real-prs 300] [--no-baseline] [--no-generated]
//
// PATH is a git repository holding pull request heads as refs/pull/N/head (a public repository's mirror);
// the benchmark reads it through a scratch repository and never writes to it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { oneProcessPerMerge, orderedOf, processes } from './conflicts-baseline.mjs';
import { generateConflictsRepo } from './conflicts-repo.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli/index.js');
const work = path.join(os.tmpdir(), 'shipgate-bench-conflicts');
const argValue = (flag) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);

const git = (cwd, args, options = {}) =>
  execFileSync('git', args, { cwd, maxBuffer: 1 << 30, encoding: 'utf8', ...options });

/** Runs the CLI; returns the wall time and the JSON report. */
function shipgate(repo, args) {
  const output = path.join(work, 'report.json');
  const started = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, [cli, 'conflicts', '--format', 'json', '--output', output, ...args], {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 28,
    });
  } catch (error) {
    if (error.status !== 1) throw error;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, report: JSON.parse(execFileSync('cat', [output], { encoding: 'utf8', maxBuffer: 1 << 28 })) };
}

const sameSet = (a, b) => a.size === b.size && [...a].every((k) => b.has(k));
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

function row(label, ms, report) {
  const m = report.summary.merges;
  const asked = m.base + m.pairs + m.skipped;
  const perSecond = Math.round((asked / ms) * 1000);
  console.log(
    `${label.padEnd(46)} ${seconds(ms).padStart(9)}  ${String(m.pairs).padStart(6)} pair merges run, ` +
      `${String(m.skipped).padStart(6)} skipped  ${perSecond.toLocaleString('en-US')} merges answered/s`,
  );
}

function branchesOf(repo, pattern) {
  return git(repo, ['for-each-ref', '--format=%(refname:short) %(objectname)', pattern])
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ name: line.split(' ')[0], sha: line.split(' ')[1] }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** shipgate's figures: the matrix growing from 50 branches, one branch against the rest, every merge run. */
function shipgateFigures(repo, base, names) {
  for (const count of [50, 100, 200].filter((c) => c < names.length)) {
    const run = shipgate(repo, ['--base', base, '--branches', ...names.slice(0, count)]);
    row(`full matrix, ${count} branches`, run.ms, run.report);
  }
  const full = shipgate(repo, ['--base', base, '--branches', ...names]);
  row(`full matrix, ${names.length} branches`, full.ms, full.report);
  // A branch that lands cleanly, so that it is merged against every other one that does too.
  const r = full.report;
  const blocked = new Set([...r.baseConflicts.map((c) => c.branch), ...r.merged, ...r.unchecked.map((u) => u.branch)]);
  const landing = names.filter((name) => !blocked.has(name));
  const single = shipgate(repo, [
    '--base',
    base,
    '--focus',
    landing[Math.floor(landing.length / 2)],
    '--branches',
    ...names,
  ]);
  row(`one branch against the other ${names.length - 1}`, single.ms, single.report);
  const exhaustive = shipgate(repo, ['--base', base, '--exhaustive', '--branches', ...names]);
  row('full matrix, every merge run (--exhaustive)', exhaustive.ms, exhaustive.report);
  return { full, exhaustive };
}

async function benchRepository(title, repo, base, branches) {
  const baseSha = git(repo, ['rev-parse', `${base}^{commit}`]).trim();
  console.log(
    `\n${title}: ${branches.length} branches against ${base}; ${processes} git processes at a time; Node ${process.version}`,
  );
  const { full, exhaustive } = shipgateFigures(
    repo,
    base,
    branches.map((b) => b.name),
  );
  if (process.argv.includes('--no-baseline')) return;
  const plain = await oneProcessPerMerge(repo, baseSha, branches);
  console.log(
    `${'one git process per merge (baseline)'.padEnd(46)} ${seconds(plain.ms).padStart(9)}  ${plain.merges} merges`,
  );
  const onBase = full.report.summary.baseConflicts + full.report.summary.unchecked;
  const same = sameSet(orderedOf(full.report), plain.conflicting) && onBase === plain.baseConflicts;
  console.log(
    `shipgate is ${(plain.ms / full.ms).toFixed(1)}x faster than the baseline on the full matrix ` +
      `(${(plain.ms / exhaustive.ms).toFixed(1)}x running every merge); same answers: ${same ? 'yes' : 'NO'}`,
  );
}

/** A scratch repository that reads the real one's objects and holds its base and its newest pull request heads. */
function realRepository(source, count) {
  const dir = path.join(work, 'real.git');
  rmSync(dir, { recursive: true, force: true });
  git(work, ['init', '--quiet', '--bare', dir]);
  const objects = path.resolve(source, git(source, ['rev-parse', '--git-path', 'objects']).trim());
  writeFileSync(path.join(dir, 'objects/info/alternates'), `${objects}\n`);
  const base = git(source, ['symbolic-ref', '--short', 'HEAD']).trim();
  const pulls = branchesOf(source, 'refs/pull/')
    .filter((b) => /^pull\/\d+\/head$/.test(b.name))
    .sort((a, b) => Number(b.name.split('/')[1]) - Number(a.name.split('/')[1]))
    .slice(0, count);
  const refs = [
    `update refs/heads/${base} ${git(source, ['rev-parse', base]).trim()}`,
    ...pulls.map((p) => `update refs/${p.name} ${p.sha}`),
  ];
  git(dir, ['update-ref', '--stdin'], { input: refs.join('\n') + '\n' });
  return { dir, base, pulls: pulls.sort((a, b) => (a.name < b.name ? -1 : 1)) };
}

if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build first');
mkdirSync(work, { recursive: true });
if (!process.argv.includes('--no-generated')) {
  const generated = path.join(work, 'generated-5000x300');
  if (!existsSync(path.join(generated, '.git'))) {
    console.log('Generating the repository (5,000 files, 300 branches)…');
    generateConflictsRepo(generated, { seed: 7, files: 5000, branches: 300 });
  }
  const branches = branchesOf(generated, 'refs/heads/feature/');
  await benchRepository('Generated repository, 5,004 files', generated, 'main', branches);
}
const real = argValue('--real');
if (real) {
  const { dir, base, pulls } = realRepository(path.resolve(real), Number(argValue('--real-prs') ?? 300));
  await benchRepository(
    `Real project (${path.basename(path.resolve(real, '..'))}), its ${pulls.length} newest pull requests`,
    dir,
    base,
    pulls,
  );
} else {
  console.log('\nNo --real PATH: skipped the real project (a mirror with refs/pull/N/head).');
}
