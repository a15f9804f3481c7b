// Benchmark corpora built from what any machine of this kind has, as git repositories (made once, then
// reused from the temporary folder): Python's standard library (pure Python), a mixed monorepo in the
// proportions of a real one (Python, prose, JS/TS, large JSON and logs), and 20,000 tiny Python files.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyInto, filesUnder, spread, writeLog } from './corpus-files.mjs';
import os from 'node:os';
import path from 'node:path';

export const work = path.join(os.tmpdir(), 'shipgate-bench');
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@shipgate.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@shipgate.invalid',
};

export const git = (cwd, ...args) =>
  execFileSync('git', args, { cwd, env: gitEnv, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 }).toString();

function pythonLib() {
  return execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
}

function commitAll(repo, message) {
  git(repo, 'init', '--quiet');
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', message);
  return repo;
}

function fresh(name) {
  const repo = path.join(work, name);
  if (existsSync(path.join(repo, '.git'))) return { repo, made: true };
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  return { repo, made: false };
}

/** The standard library's Python files outside site-packages: about 1,800 files, 860k lines. */
export function pythonRepository() {
  const { repo, made } = fresh('python');
  if (made) return repo;
  const stdlib = pythonLib();
  const wanted = (src) =>
    !/site-packages|__pycache__/.test(path.relative(stdlib, src)) &&
    (statSync(src).isDirectory() || src.endsWith('.py'));
  cpSync(stdlib, repo, { recursive: true, filter: wanted });
  return commitAll(repo, 'stdlib');
}

/**
 * A mixed monorepo in the proportions of a real one (3,900 files): 1,300 Python files, 2,000 prose files
 * (reStructuredText and Markdown), 170 JavaScript/TypeScript sources, JSON data (two large files) and logs.
 */
export function mixedRepository(nodeModules) {
  const { repo, made } = fresh('mixed');
  if (made) return repo;
  const lib = pythonLib();
  const site = path.join(lib, 'site-packages');
  const python = filesUnder(
    lib,
    (f) => f.endsWith('.py') && !f.includes('site-packages') && !f.includes('__pycache__'),
  );
  copyInto(repo, 'services', spread(python, 1300), lib);
  const markdown = filesUnder(nodeModules, (f) => f.endsWith('.md'));
  const rst = filesUnder(site, (f) => f.endsWith('.rst'));
  copyInto(repo, 'docs/md', spread(markdown, 300), nodeModules);
  copyInto(repo, 'docs/rst', spread(rst, 1700), site);
  const scripts = filesUnder(
    nodeModules,
    (f) => /\.(m?js|ts)$/.test(f) && !f.endsWith('.d.ts') && statSync(f).size < 200_000,
  );
  copyInto(repo, 'web', spread(scripts, 170), nodeModules);
  const json = filesUnder(site, (f) => f.endsWith('.json') && statSync(f).size < 100_000);
  copyInto(repo, 'data', spread(json, 400), site);
  copyFileSync(
    path.join(nodeModules, '@octokit/openapi/generated/api.github.com.json'),
    path.join(repo, 'data/github-api.json'),
  );
  mkdirSync(path.join(repo, 'logs'));
  writeLog(path.join(repo, 'logs/service.log'), 20);
  writeLog(path.join(repo, 'logs/worker.log'), 8);
  return commitAll(repo, 'mixed monorepo');
}

/** 20,000 two-line Python files in 200 folders: the shape that once hung a scan. */
export function smallFilesRepository() {
  const { repo, made } = fresh('small20k');
  if (made) return repo;
  for (let folder = 0; folder < 200; folder++) {
    const dir = path.join(repo, `pkg${folder}`);
    mkdirSync(dir);
    for (let i = 0; i < 100; i++)
      writeFileSync(path.join(dir, `m${i}.py`), `def f${i}():\n    return ${folder * 100 + i}\n`);
  }
  return commitAll(repo, 'small files');
}
