import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/compliance/settings.js';
import {
  FINGERPRINT_KEY,
  SARIF_SCHEMA_URI,
  splitSarif,
  toSarif,
  type SarifLog,
  type SarifResult,
} from '../../../src/compliance/formats/sarif/index.js';
import {
  LEGACY,
  SERVER,
  WIDGETS,
  manyViolations,
  reportOf,
  sampleFiles,
  sampleReport,
  sampleViolations,
} from '../../fixtures/formats/reports.js';

/**
 * The SARIF 2.1.0 JSON Schema as shipped by Microsoft's SARIF SDK in the npm package
 * @microsoft/sarif-multitool-linux@5.7.0 (file sarif-2.1.0.json, JSON Schema 2020-12), vendored unchanged.
 */
const schema = JSON.parse(
  readFileSync(new URL('../../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
}

const resultsOf = (log: SarifLog): SarifResult[] => log.runs[0]!.results;
const printsOf = (log: SarifLog): string[] => resultsOf(log).map((r) => r.partialFingerprints![FINGERPRINT_KEY]!);

describe('toSarif', () => {
  it('writes a log that the SARIF 2.1.0 schema accepts', () => {
    const log = toSarif(sampleReport(), {
      informationUri: 'https://github.com/example/shipgate',
      category: 'compliance',
    });
    expectValid(log);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.automationDetails).toEqual({ id: 'compliance/' });
  });

  it('has a schema check that rejects a broken log', () => {
    const log = toSarif(sampleReport());
    const broken = structuredClone(log) as unknown as { runs: Array<{ results: Array<{ level: string }> }> };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('describes every rule once, in rule-id order, with help on the limit and on exceptions', () => {
    const rules = toSarif(sampleReport()).runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    const fileLines = rules[0]!;
    expect(fileLines.shortDescription!.text).toBe('File too long (limit 400)');
    expect(fileLines.fullDescription!.text).toContain('at most 400 lines in a source file (critical above 600)');
    expect(fileLines.help!.markdown).toContain('compliance:\n  exceptions:\n');
    expect(fileLines.help!.text).toContain('shipgate-disable-next-line');
    expect(fileLines.defaultConfiguration).toEqual({ enabled: true, level: 'error' });
    expect(rules.find((r) => r.id === 'enums-per-file')!.defaultConfiguration!.level).toBe('warning');
    expect(fileLines.properties!.tags).toContain('maintainability');
  });

  it('writes one result per violation with its level, rule index, location and properties', () => {
    const results = resultsOf(toSarif(sampleReport()));
    expect(results).toHaveLength(9);
    expect(results.filter((r) => r.level === 'error')).toHaveLength(7);
    expect(results.filter((r) => r.level === 'warning')).toHaveLength(2);
    for (const r of results) expect(RULE_IDS[r.ruleIndex!]).toBe(r.ruleId);
    const handler = results.find((r) => r.properties!['symbol'] === 'Server.handle_request')!;
    expect(handler.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: SERVER, uriBaseId: '%SRCROOT%' },
      region: { startLine: 120, endLine: 164 },
    });
    expect(handler.properties).toEqual({
      value: 45,
      limit: 30,
      severity: 'major',
      new: true,
      status: 'new',
      symbol: 'Server.handle_request',
    });
  });

  it('puts the worst first: critical, major, minor, new before existing', () => {
    const results = resultsOf(toSarif(sampleReport()));
    expect(results.map((r) => `${r.properties!['severity']}:${r.properties!['new']}`)).toEqual([
      'critical:true',
      'major:true',
      'major:true',
      'major:true',
      'major:false',
      'major:false',
      'major:false',
      'minor:true',
      'minor:false',
    ]);
  });

  it('percent-encodes paths into URI references', () => {
    const uris = resultsOf(toSarif(sampleReport())).map((r) => r.locations![0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('src/legacy/big%20module.py');
    expect(uris).toContain('src/ui/widgets%7Ctable.ts');
    expect(uris.map(decodeURIComponent)).toEqual(expect.arrayContaining([LEGACY, WIDGETS]));
  });

  it('keeps fingerprints when only line numbers change, and tells every violation apart', () => {
    const before = printsOf(toSarif(sampleReport()));
    const shifted = sampleViolations().map((v) => ({ ...v, line: v.line + 25, endLine: v.endLine + 25 }));
    expect(printsOf(toSarif(reportOf(sampleFiles(), shifted)))).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
    const renamed = sampleViolations().map((v) => (v.symbol === 'configure' ? { ...v, symbol: 'configure_all' } : v));
    const after = printsOf(toSarif(reportOf(sampleFiles(), renamed)));
    expect(after.filter((p, i) => p !== before[i])).toHaveLength(1);
  });

  it('tells apart two violations with the same path, rule and symbol by their order', () => {
    const [first, second] = manyViolations(2, 0).map((v) => ({ ...v, path: 'a.py', symbol: 'overload' }));
    const prints = printsOf(toSarif(reportOf(sampleFiles(), [first!, second!])));
    expect(new Set(prints).size).toBe(2);
    const moved = printsOf(
      toSarif(
        reportOf(sampleFiles(), [
          { ...second!, line: 900 },
          { ...first!, line: 800 },
        ]),
      ),
    );
    expect(new Set(moved)).toEqual(new Set(prints));
  });

  it('keeps the most severe results beyond maxResults and says how many were left out', () => {
    const log = toSarif(sampleReport(), { maxResults: 3 });
    expectValid(log);
    expect(resultsOf(log).map((r) => r.properties!['severity'])).toEqual(['critical', 'major', 'major']);
    const notices = log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    expect(notices[0]!.level).toBe('warning');
    expect(notices[0]!.message.text).toMatch(/^6 of 9 violations were left out: a run holds at most 3 results\./);
  });

  it('reports unparsed files as notes and no truncation when everything fits', () => {
    const notices = toSarif(sampleReport()).runs[0]!.invocations![0]!.toolExecutionNotifications!;
    expect(notices.map((n) => n.descriptor!.id)).toEqual(['shipgate/file-not-parsed', 'shipgate/file-not-parsed']);
    expect(notices[0]!.message.text).toContain(
      'data/huge.py: lines counted but not parsed (larger than max-parse-bytes)',
    );
  });

  it('writes a valid empty run when there is nothing to report', () => {
    const log = toSarif(reportOf([], []));
    expectValid(log);
    expect(resultsOf(log)).toEqual([]);
    expect(log.runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('refuses a maxResults below one', () => {
    expect(() => toSarif(sampleReport(), { maxResults: 0 })).toThrow(RangeError);
    expect(() => splitSarif(sampleReport(), 2.5)).toThrow(RangeError);
  });
});

describe('splitSarif', () => {
  it('splits every result over valid logs of at most maxResults, worst first, each with its own category', () => {
    const report = reportOf(sampleFiles(), manyViolations(25, 10));
    const logs = splitSarif(report, 10);
    expect(logs.map((log) => resultsOf(log).length)).toEqual([10, 10, 5]);
    logs.forEach(expectValid);
    expect(logs.map((log) => log.runs[0]!.automationDetails!.id)).toEqual([
      'shipgate-compliance/part-1/',
      'shipgate-compliance/part-2/',
      'shipgate-compliance/part-3/',
    ]);
    const all = logs.flatMap(printsOf);
    expect(new Set(all)).toEqual(new Set(printsOf(toSarif(report))));
    const first = resultsOf(logs[0]!).map((r) => `${r.properties!['severity']}:${r.properties!['new']}`);
    expect(first).toEqual([
      ...Array(2).fill('critical:true'),
      ...Array(3).fill('critical:false'),
      ...Array(5).fill('major:true'),
    ]);
  });

  it('gives one log with no results for a clean report, and none of the truncation notice', () => {
    const logs = splitSarif(reportOf([], []), 10, { category: 'nightly' });
    expect(logs).toHaveLength(1);
    expect(resultsOf(logs[0]!)).toEqual([]);
    expect(logs[0]!.runs[0]!.automationDetails!.id).toBe('nightly/part-1/');
  });
});
