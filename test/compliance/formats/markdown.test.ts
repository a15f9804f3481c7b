import { describe, expect, it } from 'vitest';
import { codeSpan, escapeText, safeUrl } from '../../../src/compliance/formats/markdown/cells.js';
import { toMarkdown, verdictLine } from '../../../src/compliance/formats/markdown/index.js';
import {
  manyViolations,
  reportOf,
  sampleFiles,
  sampleFixed,
  sampleReport,
  sampleViolations,
} from '../../fixtures/formats/reports.js';

const links = (path: string, line: number): string => `https://github.com/o/r/blob/abc123/${path}#L${line}`;

/** The rows of the table under a heading or summary that contains `marker`. */
function tableRowsAfter(markdown: string, marker: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.includes(marker));
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (const line of lines.slice(start + 4)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows;
}

const unescapedPipes = (row: string): number => row.match(/(?<!\\)\|/g)?.length ?? 0;

describe('toMarkdown', () => {
  it('starts with the title and a verdict line with the counts', () => {
    const md = toMarkdown(sampleReport());
    expect(md.split('\n').slice(0, 3)).toEqual([
      '## shipgate · V2 compliance',
      '',
      '❌ **Compliance failed**: 5 new, 9 total, 2 fixed',
    ]);
  });

  it('says passed when nothing fails, and names a fail-on other than new', () => {
    const old = sampleViolations().filter((v) => !v.new);
    expect(verdictLine(reportOf(sampleFiles(), old, sampleFixed()))).toBe(
      '✅ **Compliance passed**: 0 new, 4 total, 2 fixed',
    );
    const all = reportOf(sampleFiles(), old);
    all.summary = { ...all.summary, failOn: 'all', passed: false };
    expect(verdictLine(all)).toBe('❌ **Compliance failed**: 0 new, 4 total, 0 fixed (fail-on: all)');
  });

  it('has a totals table and a rules table with severities', () => {
    const md = toMarkdown(sampleReport());
    expect(md).toContain('| 6 | 41,740 | 29,218 | 4,174 | 8,348 | 2 | 2 |\n');
    expect(md).toContain('| file-lines | 400 | 1 | 1 | 0 | 2 | 1 |\n');
    expect(md).toContain('| **All** |  | 1 | 6 | 2 | 9 | 5 |\n');
  });

  it('lists new violations first by severity, then path, with links and escaped names', () => {
    const rows = tableRowsAfter(toMarkdown(sampleReport(), { links }), '### New violations (5)');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toBe(
      '| 🔴 critical | [`src/app/server.py:1`](https://github.com/o/r/blob/abc123/src/app/server.py#L1) | — | file-lines | 700 / 400 | **new** |',
    );
    expect(rows.map((r) => r.split(' | ')[0])).toEqual([
      '| 🔴 critical',
      '| 🟠 major',
      '| 🟠 major',
      '| 🟠 major',
      '| 🟡 minor',
    ]);
    expect(rows[2]).toContain('| `render_*_items<T>` |');
    expect(rows[3]).toContain(
      '[`src/ui/widgets\\|table.ts:1`](https://github.com/o/r/blob/abc123/src/ui/widgets%7Ctable.ts#L1)',
    );
    for (const row of rows) expect(unescapedPipes(row)).toBe(7);
  });

  it('collapses existing violations, fixed entries and unparsed files', () => {
    const md = toMarkdown(sampleReport());
    expect(tableRowsAfter(md, '<details><summary>Existing violations (4)</summary>')).toHaveLength(4);
    expect(tableRowsAfter(md, 'Fixed since the baseline (2)')).toEqual([
      '| `src/app/routes.py` | `index` | function-lines | 41 |',
      '| `src/old.py` | — | file-lines | 512 |',
    ]);
    expect(tableRowsAfter(md, 'Files counted but not parsed (2)')[1]).toBe(
      '| `src/gen/parser.js` | 120 | syntax error at line 3 |',
    );
    expect(md.match(/<details>/g)).toHaveLength(3);
    expect(md.match(/<\/details>/g)).toHaveLength(3);
  });

  it('leaves out empty sections', () => {
    const md = toMarkdown(reportOf([], []));
    expect(md).not.toContain('New violations');
    expect(md).not.toContain('<details>');
    expect(md).toContain('✅ **Compliance passed**: 0 new, 0 total, 0 fixed');
  });

  it('cuts whole rows to fit maxChars and says how many were left out', () => {
    const report = reportOf(sampleFiles(), manyViolations(500, 300), sampleFixed());
    const md = toMarkdown(report, { maxChars: 12_000, links });
    expect(md.length).toBeLessThanOrEqual(12_000);
    const shown = tableRowsAfter(md, '### New violations (300)');
    const left = /_(\d+) more new violations not shown: the size limit was reached\._/.exec(md);
    expect(shown.length).toBeGreaterThan(10);
    expect(Number(left?.[1]) + shown.length).toBe(300);
    expect(md).toContain('_200 existing violations not shown: the size limit was reached._');
    expect(md).toContain('_2 fixed entries not shown');
    expect(md.match(/<details>/g)?.length ?? 0).toBe(md.match(/<\/details>/g)?.length ?? 0);
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith(' |')).toBe(true);
    expect(md.endsWith('<sub>shipgate 0.1.0</sub>\n')).toBe(true);
  });

  it('shows part of a collapsed section when there is room for some of it', () => {
    const report = reportOf(sampleFiles(), manyViolations(300, 5));
    const md = toMarkdown(report, { maxChars: 20_000 });
    expect(md.length).toBeLessThanOrEqual(20_000);
    const shown = tableRowsAfter(md, 'Existing violations (295)');
    const left = /_(\d+) more existing violations not shown/.exec(md);
    expect(Number(left?.[1]) + shown.length).toBe(295);
    expect(md.indexOf('not shown')).toBeLessThan(md.lastIndexOf('</details>'));
  });

  it('keeps whole lines when even the header does not fit', () => {
    const md = toMarkdown(sampleReport(), { maxChars: 120 });
    expect(md.length).toBeLessThanOrEqual(120);
    expect(md.startsWith('## shipgate · V2 compliance\n\n❌ **Compliance failed**')).toBe(true);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('escapes a custom title and a base ref', () => {
    const report = reportOf(sampleFiles(), [], [], {
      mode: 'changed',
      base: 'origin/main',
      shard: { index: 2, count: 4 },
    });
    const md = toMarkdown(report, { title: 'Size <check> | *PR*' });
    expect(md.startsWith('## Size &lt;check&gt; \\| \\*PR\\*\n')).toBe(true);
    expect(md).toContain('Checked 6 changed files against origin/main, shard 2 of 4; fail-on: new.');
  });
});

describe('markdown escaping', () => {
  it('escapes Markdown, HTML, mentions and newlines in free text', () => {
    expect(escapeText('a|b*c_d<e>&@team #12\nx')).toBe('a\\|b\\*c\\_d&lt;e&gt;&amp;\\@team \\#12 x');
  });

  it('makes code spans that survive backticks and pipes', () => {
    expect(codeSpan('plain.py')).toBe('`plain.py`');
    expect(codeSpan('a`b')).toBe('`` a`b ``');
    expect(codeSpan('x|y')).toBe('`x\\|y`');
  });

  it('encodes characters that would end a link or a cell', () => {
    expect(safeUrl('https://x/a b(c)|d')).toBe('https://x/a%20b%28c%29%7Cd');
  });
});
