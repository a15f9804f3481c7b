import { describe, expect, it } from 'vitest';
import { foldersOf, type Footprint } from '../../src/conflicts/merges/footprint.js';
import { cannotConflict, pairsSharingCommits } from '../../src/conflicts/merges/pruning.js';

function footprint(
  parts: { changed?: string[]; landing?: string[]; removed?: string[]; landingRemoved?: string[] } = {},
): Footprint {
  const changed = new Set(parts.changed ?? []);
  const landing = new Set(parts.landing ?? parts.changed ?? []);
  return {
    prunable: true,
    changed,
    changedFolders: foldersOf(changed),
    removedFolders: new Set(parts.removed ?? []),
    landing,
    landingFolders: foldersOf(landing),
    landingRemovedFolders: new Set(parts.landingRemoved ?? []),
    fromOwnChanges: false,
  };
}

describe('cannotConflict', () => {
  it('skips a merge whose two sides touch nothing in common', () => {
    expect(cannotConflict(footprint({ changed: ['src/a.py'] }), footprint({ changed: ['src/b.py'] }), false)).toBe(
      true,
    );
  });

  it('runs it when the landing changed a path the other changed', () => {
    expect(cannotConflict(footprint({ changed: ['src/a.py'] }), footprint({ changed: ['src/a.py'] }), false)).toBe(
      false,
    );
  });

  it('runs it when one side has a file where the other has a folder', () => {
    const file = footprint({ changed: ['config'] });
    const folder = footprint({ changed: ['config/app.yml'] });
    expect(cannotConflict(file, folder, false)).toBe(false);
    expect(cannotConflict(folder, file, false)).toBe(false);
  });

  it('runs it when a folder one side removed holds a path of the other (directory renames)', () => {
    const moved = footprint({
      changed: ['pkg/util/a.py', 'pkg/helpers/a.py'],
      removed: ['pkg/util'],
      landingRemoved: ['pkg/util'],
    });
    const added = footprint({ changed: ['pkg/util/d.py'] });
    expect(cannotConflict(added, moved, false), 'the landing adds into a folder the other removed').toBe(false);
    expect(cannotConflict(moved, added, false), 'the landing removed the folder the other adds into').toBe(false);
  });

  it('runs it when the branches share commits the base lacks, or the second cannot be reasoned about', () => {
    const [a, b] = [footprint({ changed: ['a.py'] }), footprint({ changed: ['b.py'] })];
    expect(cannotConflict(a, b, true)).toBe(false);
    expect(cannotConflict(a, { ...b, prunable: false }, false)).toBe(false);
    expect(cannotConflict({ ...a, prunable: false }, b, false), 'only the branch merged in must be prunable').toBe(
      true,
    );
  });
});

describe('pairsSharingCommits', () => {
  it('pairs the branches that reach a common commit the base lacks', () => {
    const shared = pairsSharingCommits([new Set(['c1']), new Set(['c1', 'c2']), new Set(['c3']), new Set(['c2'])]);
    expect([...shared].sort()).toEqual(['0 1', '1 3']);
  });
});
