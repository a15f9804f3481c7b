import { describe, expect, it } from 'vitest';
import { toText } from '../../../src/compliance/formats/text.js';
import { reportOf, sampleFiles, sampleReport, violation } from '../../fixtures/formats/reports.js';

// eslint-disable-next-line no-control-regex -- ANSI escapes start with ESC
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('toText', () => {
  it('prints one line per violation by path and line, unparsed files, then the summary', () => {
    expect(toText(sampleReport()).split('\n')).toEqual([
      'src/app/server.py:1: critical file-lines 700 > 400 (new)',
      'src/app/server.py:40: major class-lines Server 250 > 200',
      'src/app/server.py:120: major function-lines Server.handle_request 45 > 30 (new)',
      'src/app/server.py:300: minor function-params configure 8 > 5 (new, grown)',
      'src/legacy/big module.py:1: major file-lines 450 > 400',
      'src/legacy/big module.py:1: major functions-per-file 14 > 10',
      'src/ui/render.ts:12: major function-lines render_*_items<T> 33 > 30 (new)',
      'src/ui/widgets|table.ts:1: major classes-per-file 7 > 5 (new, exception expired)',
      'src/ui/widgets|table.ts:1: minor enums-per-file 5 > 3',
      'data/huge.py: note: counted but not parsed (larger than max-parse-bytes)',
      'src/gen/parser.js: note: counted but not parsed (syntax error at line 3)',
      '9 violations (5 new; 1 critical, 6 major, 2 minor) in 6 files, 2 fixed, 2 not parsed, 2 suppressed: failed',
      '',
    ]);
  });

  it('uses no escape codes unless colour is asked for, and the same words when it is', () => {
    const plain = toText(sampleReport());
    expect(plain).not.toContain('\u001b');
    const colored = toText(sampleReport(), { color: true });
    expect(colored).toContain('\u001b[1;31mcritical\u001b[22;39m');
    expect(colored).toContain('\u001b[1;31mfailed\u001b[22;39m');
    expect(stripAnsi(colored)).toBe(plain);
  });

  it('says passed, with singulars, for a clean report', () => {
    const report = reportOf([sampleFiles()[0]!], []);
    expect(toText(report)).toBe(
      '0 violations (0 new; 0 critical, 0 major, 0 minor) in 1 file, 0 fixed, 2 suppressed: passed\n',
    );
  });

  it('keeps control characters in names away from the terminal', () => {
    const sneaky = violation({
      rule: 'function-lines',
      path: 'a\u001b[2J.py',
      symbol: 'f\u0007',
      new: true,
      status: 'new',
    });
    const text = toText(reportOf([], [sneaky]));
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text.split('\n')[0]).toBe('a?[2J.py:1: major function-lines f? 10 > 5 (new)');
  });
});
