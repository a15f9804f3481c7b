// The gate's Markdown within a size budget, its trend chart, and report paths matched to tracked files.
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/gate/formats/markdown.js';
import { RepositoryPaths } from '../../src/gate/paths.js';
import type { GateResult } from '../../src/gate/report.js';

function result(overrides: Partial<GateResult> = {}): GateResult {
  return {
    report: {
      version: 1,
      passed: false,
      metrics: { 'coverage.lines': 81.5, 'tests.failed': 300 },
      conditions: [{ metric: 'tests.failed', op: '==', threshold: 0, actual: 300, passed: false }],
      reports: [{ path: 'junit.xml', format: 'junit', kind: 'tests', dialect: 'pytest' }],
    },
    gaps: {},
    failures: Array.from({ length: 300 }, (_, i) => ({
      name: `tests.test_api › test_${i}`,
      message: `assert ${i} == ${i + 1}`,
      details: 'x'.repeat(500),
      place: { path: 'tests/test_api.py', line: i + 1 },
    })),
    baseline: {
      state: 'found',
      sha: 'a'.repeat(40),
      metrics: { 'coverage.lines': 80 },
      trend: [
        { sha: 'b'.repeat(12), coverage: 78 },
        { sha: 'a'.repeat(12), coverage: 80 },
      ],
      checkedCommits: 1,
    },
    failOn: 'failed',
    ...overrides,
  };
}

describe('the gate in Markdown', () => {
  it('leads with the verdict and the conditions, and draws the base branch trend with this change last', () => {
    const markdown = toMarkdown(result());
    expect(markdown.split('\n')[0]).toBe('### ❌ Quality gate failed: 0 passed, 1 failed, 0 skipped');
    expect(markdown).toContain('| `tests.failed == 0` | 300 | ❌ failed |');
    expect(markdown).toContain('x-axis ["bbbbbbb", "aaaaaaa", "this"]');
    expect(markdown).toContain('line [78, 80, 81.5]');
    expect(markdown).toContain('- … 280 more');
  });

  it('drops whole sections from the end to fit a budget, and says so', () => {
    const full = toMarkdown(result());
    const cut = toMarkdown(result(), { maxChars: 900 });
    expect(cut.length).toBeLessThanOrEqual(900);
    expect(cut).toContain('| `tests.failed == 0` |');
    expect(cut).toMatch(/more section\(s\) did not fit here/);
    expect(full).toContain('xychart-beta');
    expect(cut).not.toContain('xychart-beta');
  });

  it('draws no trend without a baseline, and says why there is none', () => {
    const markdown = toMarkdown(result({ baseline: { state: 'none', reason: 'no baseline yet: nothing stored' } }));
    expect(markdown).not.toContain('mermaid');
    expect(markdown).toContain('_no baseline yet: nothing stored._');
  });
});

describe('report paths', () => {
  const paths = new RepositoryPaths('/work/repo', [
    'src/main/java/com/acme/Cart.java',
    'a/util.py',
    'b/util.py',
    'web/app.ts',
  ]);

  it('takes absolute paths inside the repository, and tails of paths from other machines', () => {
    expect(paths.resolve('/work/repo/web/app.ts')).toBe('web/app.ts');
    expect(paths.resolve('/home/runner/work/repo/repo/web/app.ts')).toBe('web/app.ts');
    expect(paths.resolve('com/acme/Cart.java')).toBe('src/main/java/com/acme/Cart.java');
    expect(paths.resolve('file:///work/repo/web/app.ts')).toBe('web/app.ts');
  });

  it('refuses to guess between two files of the same name', () => {
    expect(paths.resolve('util.py')).toBeUndefined();
    expect(paths.resolve('/ci/checkout/b/util.py')).toBe('b/util.py');
    expect(paths.key('util.py')).toBe('util.py');
  });
});
