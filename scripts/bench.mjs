// Benchmarks the compliance scan (the bundled CLI, Node's start included) against a straightforward
// Python-ast checker and cloc, on the machine's Python standard library and on this repository.
// Prints figures to compare; it asserts nothing. Usage: npm run bench [-- --runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/index.js');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const work = path.join(os.tmpdir(), 'shipgate-bench-py');
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@shipgate.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@shipgate.invalid',
};
const git = (cwd, ...args) =>
  execFileSync('git', args, { cwd, env: gitEnv, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 }).toString();

/** The Python files of the standard library without site-packages, as a git repository (made once, then reused). */
function stdlibRepository() {
  const stdlib = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
    .toString()
    .trim();
  const repo = path.join(work, 'stdlib');
  if (existsSync(path.join(repo, '.git'))) return repo;
  rmSync(repo, { recursive: true, force: true });
  const wanted = (src) =>
    !/site-packages|__pycache__/.test(path.relative(stdlib, src)) &&
    (statSync(src).isDirectory() || src.endsWith('.py'));
  cpSync(stdlib, repo, { recursive: true, filter: wanted });
  git(repo, 'init', '--quiet');
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'stdlib');
  return repo;
}

/** Runs a command `runs` times; returns the best wall time and the largest peak memory (KB from time -f). */
function measure(command, args, cwd) {
  let best = Infinity;
  let rssKb = 0;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.error) throw result.error;
    best = Math.min(best, ms);
    rssKb = Math.max(rssKb, Number(result.stderr.trim().split('\n').pop()));
  }
  return { ms: best, mb: rssKb / 1024 };
}

function have(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function row(name, figure, baseline) {
  const ratio = baseline ? `  (${(baseline.ms / figure.ms).toFixed(1)}x faster than ${baseline.name})` : '';
  console.log(
    `${name.padEnd(44)} ${figure.ms.toFixed(0).padStart(7)} ms  ${figure.mb.toFixed(0).padStart(5)} MB${ratio}`,
  );
}

/** Changes 20 Python files in a commit on top, for the PR-mode figure; undone afterwards. */
function withTwentyChangedFiles(repo, action) {
  const files = git(repo, 'ls-files', '*.py').split('\n').filter(Boolean).slice(100, 120);
  for (const file of files) appendFileSync(path.join(repo, file), '\n# changed\n');
  git(repo, 'commit', '--quiet', '-am', 'twenty changes');
  try {
    return action();
  } finally {
    git(repo, 'reset', '--quiet', '--hard', 'HEAD~1');
  }
}

if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build first');
if (!have('/usr/bin/time')) throw new Error('/usr/bin/time is missing: apt-get install -y time');
mkdirSync(work, { recursive: true });
const stdlib = stdlibRepository();
const files = git(stdlib, 'ls-files').split('\n').filter(Boolean).length;
const lines = Number(execFileSync('sh', ['-c', 'git ls-files -z | xargs -0 cat | wc -l'], { cwd: stdlib }).toString());
console.log(`Python standard library: ${files} files, ${lines} lines; best of ${runs} runs; Node ${process.version}\n`);

const scanArgs = (target) => [
  cli,
  'compliance',
  target,
  '--fail-on',
  'none',
  '--format',
  'json',
  '--output',
  path.join(work, 'report.json'),
];
const astChecker = {
  name: 'python ast',
  ...measure('python3', [path.join(root, 'scripts/bench/ast_checker.py'), stdlib], stdlib),
};
row('python ast checker (baseline)', astChecker);
const shipgate = measure(process.execPath, scanArgs(stdlib), stdlib);
row('shipgate compliance, full scan', shipgate, astChecker);
if (have('cloc')) {
  const cloc = {
    name: 'cloc',
    ...measure('cloc', ['--quiet', '--vcs=git', '--json', '--out', path.join(work, 'cloc.json'), '.'], stdlib),
  };
  row('cloc (baseline)', cloc);
  row('shipgate compliance vs cloc', shipgate, cloc);
} else {
  console.log('cloc: not installed (apt-get install -y cloc), no comparison');
}
const pr = withTwentyChangedFiles(stdlib, () =>
  measure(process.execPath, [...scanArgs(stdlib), '--changed-since', 'HEAD~1'], stdlib),
);
row('shipgate compliance, PR mode, 20 files', pr);
row('shipgate compliance, this repository', measure(process.execPath, scanArgs(root), root));
