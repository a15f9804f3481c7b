// Benchmarks the compliance scan (the bundled CLI, Node's start included) side by side, in one run, with
// a straightforward Python-ast checker that reads only the .py files, and with cloc, on three corpora:
// a pure Python tree, a mixed monorepo, and 20,000 tiny files. It also times a pull request of 20 changed
// files. Prints figures to compare; asserts nothing. Usage: node scripts/bench/compliance.mjs [--runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { git, mixedRepository, pythonRepository, smallFilesRepository, work } from './corpora.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli/index.js');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

/** Runs a command `runs` times; the best wall time, and the largest peak memory (from GNU time). */
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
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
    best = Math.min(best, ms);
    rssKb = Math.max(rssKb, Number(result.stderr.trim().split('\n').pop()));
  }
  return { ms: best, mb: rssKb / 1024 };
}

const have = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

function row(name, figure, baselines = []) {
  const ratios = baselines.map((b) => `${(b.ms / figure.ms).toFixed(1)}x faster than ${b.name}`).join(', ');
  const line = `  ${name.padEnd(40)} ${figure.ms.toFixed(0).padStart(7)} ms ${figure.mb.toFixed(0).padStart(5)} MB`;
  console.log(ratios ? `${line}   ${ratios}` : line);
}

const scan = (repo, ...extra) =>
  measure(
    process.execPath,
    [
      cli,
      'compliance',
      repo,
      '--fail-on',
      'none',
      '--format',
      'json',
      '--output',
      path.join(work, 'report.json'),
      ...extra,
    ],
    repo,
  );
const astChecker = (repo) => ({
  name: 'the ast checker',
  ...measure('python3', [path.join(root, 'scripts/bench/ast_checker.py'), repo], repo),
});
const cloc = (repo) => ({
  name: 'cloc',
  ...measure('cloc', ['--quiet', '--vcs=git', '--json', '--out', path.join(work, 'cloc.json'), '.'], repo),
});

function describe(repo) {
  const files = git(repo, 'ls-files').split('\n').filter(Boolean);
  const python = files.filter((f) => f.endsWith('.py')).length;
  const bytes = Number(execFileSync('sh', ['-c', 'git ls-files -z | xargs -0 cat | wc -c'], { cwd: repo }).toString());
  return `${files.length} files (${python} Python), ${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function corpus(title, repo, compareWithCloc) {
  console.log(`\n${title}: ${describe(repo)}`);
  const ast = astChecker(repo);
  row('python ast checker (.py files only)', ast);
  const baselines = [ast];
  if (compareWithCloc && have('cloc')) {
    const counted = cloc(repo);
    row('cloc', counted);
    baselines.push(counted);
  }
  row('shipgate compliance, full scan', scan(repo), baselines);
}

/** Changes 20 Python files in a commit on top, for the pull request figure; undone afterwards. */
function pullRequest(repo) {
  const files = git(repo, 'ls-files', '*.py').split('\n').filter(Boolean).slice(100, 120);
  for (const file of files) appendFileSync(path.join(repo, file), '\n# changed\n');
  git(repo, 'commit', '--quiet', '-am', 'twenty changes');
  try {
    row('shipgate, pull request of 20 files', scan(repo, '--changed-since', 'HEAD~1'));
  } finally {
    git(repo, 'reset', '--quiet', '--hard', 'HEAD~1');
  }
}

if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build first');
if (!have('/usr/bin/time')) throw new Error('/usr/bin/time is missing: apt-get install -y time');
mkdirSync(work, { recursive: true });
console.log(`compliance scan, best of ${runs} runs, Node ${process.version}, ${os_cpus()} CPUs`);
corpus('Mixed monorepo', mixedRepository(path.join(root, 'node_modules')), false);
const python = pythonRepository();
corpus('Pure Python (standard library)', python, true);
pullRequest(python);
corpus('20,000 tiny Python files in 200 folders', smallFilesRepository(), false);

function os_cpus() {
  return execFileSync('nproc').toString().trim();
}
