import { describe, expect, it } from 'vitest';
import { renderConflicts } from '../../src/conflicts/formats/index.js';
import { pullComment } from '../../src/conflicts/formats/markdown/pull-comment.js';
import type { Analysis } from '../../src/conflicts/merges/analyse.js';
import { suggestMergeOrder } from '../../src/conflicts/order/merge-order.js';
import { buildReport } from '../../src/conflicts/report/build.js';

const finding = (file: string) => ({ files: [file], conflicts: [{ kind: 'content', paths: [file] }], regenerable: [] });

/** Three realtime branches and one ai-workflow branch; one conflicts with the base. */
function analysis(): Analysis {
  const clean = { kind: 'clean' as const, landing: 'l', landingTree: 't', regenerable: [] };
  return {
    base: 'b'.repeat(40),
    states: new Map([
      ['feature/realtime-a', clean],
      ['feature/realtime-b', clean],
      ['feature/ai-workflow-c', clean],
      ['feature/realtime-d', { kind: 'conflict', finding: finding('app/settings.py') }],
      ['fix/typo', { ...clean, regenerable: ['package-lock.json'] }],
    ]),
    pairs: [
      {
        a: 'feature/ai-workflow-c',
        b: 'feature/realtime-a',
        aFirst: finding('app/api.py'),
        bFirst: finding('app/api.py'),
        regenerable: [],
      },
      { a: 'feature/realtime-a', b: 'feature/realtime-b', aFirst: finding('app/views.py'), regenerable: [] },
    ],
    stats: { baseMerges: 5, pairMerges: 4, skipped: 8 },
    mergeBases: new Map(),
  };
}

const report = () =>
  buildReport({
    analysis: analysis(),
    base: 'main',
    branches: [...analysis().states.keys()].map((name) => ({ name, teamName: name })),
    teams: { realtime: ['feature/realtime-'], 'ai-workflow': ['feature/ai-workflow-'] },
    failOn: 'base',
    toolVersion: '0.1.0',
  });

describe('the conflicts report', () => {
  it('sorts, orders and tallies by team', () => {
    const r = report();
    expect(r.branches).toEqual([
      'feature/ai-workflow-c',
      'feature/realtime-a',
      'feature/realtime-b',
      'feature/realtime-d',
      'fix/typo',
    ]);
    expect(r.pairs.map((p) => [p.a, p.b, p.order, p.crossTeam])).toEqual([
      ['feature/ai-workflow-c', 'feature/realtime-a', 'both', true],
      ['feature/realtime-a', 'feature/realtime-b', 'a-first', false],
    ]);
    expect(r.teams.realtime).toMatchObject({ baseConflicts: 1, pairs: { 'ai-workflow': 1, realtime: 1 } });
    expect(r.unassigned).toEqual(['fix/typo']);
    expect(r.regenerable).toEqual([{ branch: 'fix/typo', files: ['package-lock.json'] }]);
    expect(r.summary).toMatchObject({ baseConflicts: 1, pairs: 2, crossTeamPairs: 1, passed: false, failOn: 'base' });
  });

  it('draws the tangle: team matrix with cross-team cells marked, Mermaid graph grouped by team', () => {
    const markdown = renderConflicts(report(), 'markdown');
    expect(markdown).toContain('| **ai-workflow** | · | **1** ⚠️ | · |');
    expect(markdown).toContain('```mermaid\ngraph LR\n');
    expect(markdown).toMatch(/subgraph team\d+\["realtime"\]/);
    expect(markdown).toMatch(/n\d+ ---\|either order\| n\d+/);
    expect(markdown).toMatch(/n\d+ -->\|breaks if first\| n\d+/);
    expect(markdown).toContain('linkStyle 0 stroke:#d73a49');
    expect(renderConflicts(report(), 'markdown', { maxChars: 600 }).length).toBeLessThanOrEqual(600);
  });

  it("writes each pull request's comment from its own side", () => {
    const r = {
      ...report(),
      pulls: {
        'feature/realtime-b': {
          number: 12,
          title: 'B',
          url: 'https://x/12',
          author: 'o',
          headRef: 'feature/realtime-b',
        },
      },
    };
    const comment = pullComment(r, 'feature/realtime-a');
    expect(comment).toContain(
      '[#12](https://x/12) B (`feature/realtime-b`) | realtime | this one lands first | `app/views.py` (content) |',
    );
    expect(pullComment(r, 'feature/realtime-d')).toContain('no longer merges into `main`: `app/settings.py` (content)');
  });
});

describe('suggestMergeOrder', () => {
  it('lands first the branch whose landing breaks nobody, following one-order pairs', () => {
    // a breaks b when it lands first, not the reverse: b goes first and nobody rebases.
    expect(suggestMergeOrder([{ first: 'a', second: 'b' }])).toMatchObject({
      steps: [
        { branch: 'b', rebase: [] },
        { branch: 'a', rebase: [] },
      ],
      rebases: 0,
      rebasesInNameOrder: 1,
    });
  });

  it('counts the rebases a pair that conflicts either way costs', () => {
    const order = suggestMergeOrder([
      { first: 'x', second: 'y' },
      { first: 'y', second: 'x' },
      { first: 'z', second: 'x' },
    ]);
    expect(order.steps.map((s) => s.branch)).toEqual(['x', 'y', 'z']);
    expect(order.rebases).toBe(1);
  });
});
