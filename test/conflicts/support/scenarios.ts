/**
 * A repository with one branch (or pair of branches) per kind of conflict, a base that moves on after
 * some branches forked, a pair that conflicts in one landing order only, stacked branches, a branch the
 * base already merged, and one with unrelated history.
 */
import { makeRepo, type TestRepo } from '../../support/git-repo.js';

const lines = (name: string, count = 10): string =>
  Array.from({ length: count }, (_, i) => `${name} line ${i + 1}`).join('\n') + '\n';

const edit = (text: string, line: number, replacement: string): string => {
  const all = text.split('\n');
  all[line - 1] = replacement;
  return all.join('\n');
};

const BASE: Record<string, string | Buffer> = {
  'app/settings.py': lines('settings'),
  'app/models.py': lines('models', 30),
  'app/views.py': lines('views'),
  'app/views_old.py': lines('old views', 20),
  'docs/guide.md': lines('guide'),
  'legacy/old.py': lines('legacy'),
  'assets/logo.png': Buffer.from([0, 1, 2, 3, 255, 0, 9, 9, 9]),
  'pkg/util/a.py': lines('util a'),
  'pkg/util/b.py': lines('util b'),
  'pkg/util/c.py': lines('util c'),
  'notes.txt': lines('notes'),
};

export interface Scenario {
  repo: TestRepo;
  /** branch names, base excluded */
  branches: string[];
}

/** Creates `name` at `from` with one commit of `change`, then returns to main. */
function branch(repo: TestRepo, name: string, from: string, change: () => void): void {
  repo.git('checkout', '--quiet', '-b', name, from);
  change();
  repo.git('add', '-A');
  repo.git('commit', '--quiet', '--allow-empty', '-m', name);
  repo.git('checkout', '--quiet', 'main');
}

function forkedFromStart(repo: TestRepo, t0: string): void {
  const on = (name: string, change: () => void) => branch(repo, name, t0, change);
  on('feature/realtime-content-a', () => repo.write({ 'app/settings.py': edit(lines('settings'), 3, 'A = 1') }));
  on('feature/realtime-content-b', () => repo.write({ 'app/settings.py': edit(lines('settings'), 3, 'B = 2') }));
  on('feature/ai-workflow-delete', () => repo.remove('legacy/old.py'));
  on('feature/ai-workflow-modify', () => repo.write({ 'legacy/old.py': edit(lines('legacy'), 5, 'changed') }));
  on('feature/rename-models', () => {
    repo.git('mv', 'app/models.py', 'app/model.py');
    repo.write({ 'app/model.py': edit(lines('models', 30), 1, 'renamed models') });
  });
  on('feature/modify-models', () => repo.write({ 'app/models.py': edit(lines('models', 30), 1, 'edited models') }));
  on('feature/add-a', () => repo.write({ 'app/new.py': 'print("a")\n' }));
  on('feature/add-b', () => repo.write({ 'app/new.py': 'print("b")\n' }));
  on('feature/logo-a', () => repo.write({ 'assets/logo.png': Buffer.from([0, 1, 2, 3, 255, 0, 7]) }));
  on('feature/logo-b', () => repo.write({ 'assets/logo.png': Buffer.from([0, 1, 2, 3, 255, 0, 8, 8]) }));
  on('feature/base-moved', () => repo.write({ 'docs/guide.md': edit(lines('guide'), 2, 'branch guide') }));
  on('feature/cherry', () => repo.write({ 'app/views.py': edit(lines('views'), 5, 'E') }));
  on('feature/move-util', () => repo.git('mv', 'pkg/util', 'pkg/helpers'));
  on('feature/util-new', () => repo.write({ 'pkg/util/d.py': lines('util d') }));
  on('feature/config-file', () => repo.write({ config: 'key: value\n' }));
  on('feature/config-dir', () => repo.write({ 'config/app.yml': 'key: value\n' }));
  on('feature/dup-delete', () => repo.remove('app/views_old.py'));
  on('feature/stack-1', () => repo.write({ 'notes.txt': edit(lines('notes'), 1, 'stack one') }));
  on('feature/merged', () => repo.write({ 'merged.txt': 'merged\n' }));
}

function forkedLater(repo: TestRepo, t1: string): void {
  const on = (name: string, change: () => void) => branch(repo, name, t1, change);
  on('feature/builds-on', () => repo.write({ 'app/views.py': edit(lines('views'), 5, 'EE') }));
  on('feature/adds-similar', () => repo.write({ 'app/views_copy.py': lines('old views', 20) }));
  branch(repo, 'feature/stack-2', 'feature/stack-1', () =>
    repo.write({ 'notes.txt': edit(edit(lines('notes'), 1, 'stack one'), 8, 'stack two') }),
  );
  repo.git('checkout', '--quiet', '--orphan', 'orphan');
  repo.git('rm', '-r', '--quiet', '--force', '.');
  repo.commit('unrelated', { 'orphan.txt': 'alone\n' });
  repo.git('checkout', '--quiet', '--force', 'main');
}

export function scenarioRepo(): Scenario {
  const repo = makeRepo(BASE);
  const t0 = repo.git('rev-parse', 'HEAD').trim();
  forkedFromStart(repo, t0);
  // The base moves on: it edits what feature/base-moved edits, makes feature/cherry's change itself,
  // deletes the file feature/dup-delete deletes, and merges feature/merged.
  repo.git('merge', '--quiet', '--no-ff', '--no-edit', 'feature/merged');
  repo.remove('app/views_old.py');
  const t1 = repo.commit('base moves on', {
    'docs/guide.md': edit(lines('guide'), 2, 'base guide'),
    'app/views.py': edit(lines('views'), 5, 'E'),
  });
  forkedLater(repo, t1);
  const branches = repo
    .git('for-each-ref', '--format=%(refname:short)', 'refs/heads/')
    .split('\n')
    .filter((name) => name !== '' && name !== 'main');
  return { repo, branches };
}
