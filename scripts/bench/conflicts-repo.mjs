// Generates a repository with many team branches for the conflicts benchmark and the differential tests:
// a base of FILES files, branches forked from a base that keeps moving on, each changing a few files of its
// team's area (sometimes a shared hot file) by edits, additions, deletions, renames and binary changes.
// Deterministic for a given seed; written through one `git fast-import` stream, so 5,000 files and 300
// branches take seconds.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { HOT_FILES, TEAMS, baseFiles, commitCommand, linesOf, random } from './conflicts-repo-text.mjs';

class Generator {
  constructor(options) {
    this.rand = random(options.seed ?? 1);
    this.options = options;
    this.mark = 0;
    this.time = options.startTime ?? Math.floor(Date.now() / 1000) - 86_400 * 30;
    this.stream = [];
  }

  pick(list) {
    return list[Math.floor(this.rand() * list.length)];
  }

  commit(ref, from, files, message, edit) {
    const changes = new Map();
    const deletes = [];
    edit({ changes, deletes });
    for (const path of deletes) files.delete(path);
    for (const [path, content] of changes) files.set(path, content);
    this.mark += 1;
    this.time += 60;
    this.stream.push(
      ...commitCommand({ ref, mark: this.mark, from, message, time: this.time, changes, deletes: [...deletes] }),
    );
    return `:${this.mark}`;
  }

  /** Replaces a few lines of a file with text of its own: two edits of overlapping lines conflict. */
  editLines(files, changes, path, tag) {
    const lines = [...(changes.get(path) ?? files.get(path))];
    if (!Array.isArray(lines)) return;
    const at = Math.floor(this.rand() * (lines.length - 3));
    for (let k = at; k < at + 2; k++) lines[k] = `${lines[k]} # ${tag}`;
    changes.set(path, lines);
  }

  teamFiles(files, team) {
    return [...files.keys()].filter((p) => p.startsWith(`services/${team}/`));
  }

  /** One kind of change to one file; most are line edits, as in real pull requests. */
  change(files, { changes, deletes }, team, tag) {
    const roll = this.rand();
    const own = this.teamFiles(files, team);
    const path = roll < 0.12 ? this.pick(HOT_FILES) : this.pick(own);
    if (roll < 0.75 || !files.has(path) || changes.has(path)) return this.editLines(files, changes, path, tag);
    if (roll < 0.83) return changes.set(`${path.replace(/\.py$/, '')}_${tag}.py`, linesOf(`${tag}/${path}`, 12));
    if (roll < 0.88 && !HOT_FILES.includes(path)) return deletes.push(path);
    if (roll < 0.95 && !HOT_FILES.includes(path)) {
      deletes.push(path);
      const lines = [...files.get(path)];
      lines[0] = `${lines[0]} # moved by ${tag}`;
      return changes.set(path.replace(/file_(\d+)/, 'moved_$1'), lines);
    }
    if (roll < 0.97 && !HOT_FILES.includes(path)) return this.moveFolder(files, { changes, deletes }, path);
    return changes.set(path.replace(/\.py$/, '.bin'), Buffer.from(`\0binary ${tag} ${this.rand()}`));
  }

  /** Moves the whole folder of `path` (git's directory-rename detection then moves files others add there). */
  moveFolder(files, { changes, deletes }, path) {
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    const inside = [...files.keys()].filter((p) => p.startsWith(folder));
    if (inside.some((p) => changes.has(p) || deletes.includes(p))) return;
    for (const p of inside) {
      deletes.push(p);
      changes.set(`${folder.slice(0, -1)}_v2/${p.slice(folder.length)}`, files.get(p));
    }
  }

  run() {
    const { files: fileCount = 5000, branches = 300, baseCommits = 20, maxChanges = 5 } = this.options;
    const base = baseFiles(fileCount);
    let baseTip = this.commit('refs/heads/main', undefined, base, 'base', ({ changes }) => {
      for (const [path, content] of base) changes.set(path, content);
    });
    const forkPoints = [{ mark: baseTip, files: new Map(base) }];
    const perStep = Math.ceil(branches / baseCommits);
    for (let b = 0; b < branches; b++) {
      if (b > 0 && b % perStep === 0) {
        baseTip = this.commit('refs/heads/main', undefined, base, `base moves on ${b}`, (edit) => {
          for (let k = 0; k < 3; k++) this.change(base, edit, this.pick(TEAMS), `main${b}_${k}`);
        });
        forkPoints.push({ mark: baseTip, files: new Map(base) });
      }
      const team = TEAMS[b % TEAMS.length];
      const fork = forkPoints[forkPoints.length - 1 - Math.floor(this.rand() * Math.min(3, forkPoints.length))];
      const files = new Map(fork.files);
      const count = 1 + Math.floor(this.rand() * maxChanges);
      this.commit(`refs/heads/feature/${team}-${b}`, fork.mark, files, `${team} change ${b}`, (edit) => {
        for (let k = 0; k < count; k++) this.change(files, edit, team, `b${b}_${k}`);
      });
    }
    this.commit('refs/heads/main', undefined, base, 'base moves on, last', (edit) => {
      for (let k = 0; k < 4; k++) this.change(base, edit, this.pick(TEAMS), `last${k}`);
    });
    return this.stream;
  }
}

/**
 * Creates the repository in `dir` (which must not exist or be empty). Options: seed, files, branches,
 * baseCommits, maxChanges. Returns the branch names.
 */
export function generateConflictsRepo(dir, options = {}) {
  mkdirSync(dir, { recursive: true });
  const git = (args, input) =>
    execFileSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] }).toString();
  git(['init', '--quiet', '--initial-branch=main']);
  const stream = new Generator(options).run();
  git(
    ['fast-import', '--quiet'],
    Buffer.concat(stream.map((part) => (Buffer.isBuffer(part) ? part : Buffer.from(part)))),
  );
  git(['checkout', '--quiet', '--force', 'main']);
  return git(['for-each-ref', '--format=%(refname:short)', 'refs/heads/feature/']).split('\n').filter(Boolean);
}
