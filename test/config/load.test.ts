import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings, parseSettings } from '../../src/config/load.js';
import { withComplianceOverrides } from '../../src/compliance/settings.js';
import { ConfigurationError } from '../../src/core/errors.js';

function errorOf(text: string): string {
  try {
    parseSettings(text, '.github/shipgate.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('config file', () => {
  it('gives the V2 preset when nothing is written', () => {
    const settings = parseSettings('', 'x.yml');
    expect(settings.checks).toEqual(['compliance']);
    expect(settings.compliance.rules['file-lines']).toMatchObject({ limit: 400, critical: 600, severity: 'major' });
    expect(settings.compliance.rules['function-lines'].limit).toBe(30);
    expect(settings.compliance.rules['class-lines'].limit).toBe(200);
    expect(settings.compliance.failOn).toBe('new');
  });

  it('reads the short and the detailed rule forms', () => {
    const settings = parseSettings(
      [
        'compliance:',
        '  rules:',
        '    function-lines: 40',
        '    enums-per-file: false',
        '    class-lines: { limit: 250, count: code }',
      ].join('\n'),
      'x.yml',
    );
    expect(settings.compliance.rules['function-lines']).toMatchObject({ limit: 40, enabled: true });
    expect(settings.compliance.rules['enums-per-file'].enabled).toBe(false);
    expect(settings.compliance.rules['class-lines']).toMatchObject({ limit: 250, count: 'code', severity: 'major' });
  });

  it('drops a critical threshold that a raised limit reaches', () => {
    const settings = parseSettings(
      'compliance:\n  rules:\n    file-lines: 600\n    class-lines: { limit: 100, critical: 150 }\n',
      'x.yml',
    );
    expect(settings.compliance.rules['file-lines']).not.toHaveProperty('critical');
    expect(settings.compliance.rules['class-lines']).toMatchObject({ limit: 100, critical: 150 });
  });

  it('names line and column of a misspelt key and suggests the nearest one', () => {
    const message = errorOf('compliance:\n  rules:\n    fuction-lines: 40\n');
    expect(message).toContain(
      '.github/shipgate.yml:3:5: unknown key "fuction-lines" in compliance.rules; did you mean "function-lines"?',
    );
  });

  it('says what was expected for a wrong value', () => {
    expect(errorOf('compliance:\n  fail-on: sometimes\n')).toContain(
      '.github/shipgate.yml:2:12: compliance.fail-on must be one of: new, all, none',
    );
    expect(errorOf('compliance:\n  rules:\n    file-lines: lots\n')).toContain(
      ':3:17: compliance.rules.file-lines must be a limit',
    );
    expect(errorOf('compliance:\n  rules:\n    file-lines: -3\n')).toContain(
      ':3:17: compliance.rules.file-lines must be a whole number of at least 1',
    );
    expect(errorOf('compliance:\n  rules:\n    file-lines: { limt: 3 }\n')).toContain(
      'unknown key "limt" in compliance.rules.file-lines; did you mean "limit"?',
    );
  });

  it('requires a reason on approved exceptions', () => {
    const message = errorOf('compliance:\n  exceptions:\n    - path: a.py\n      rule: file-lines\n      limit: 900\n');
    expect(message).toContain(':3:7: compliance.exceptions[0] is missing the required key "reason"');
  });

  it('reports YAML syntax errors with their position', () => {
    expect(errorOf('compliance:\n  rules: [\n')).toMatch(
      /Invalid YAML in \.github\/shipgate\.yml:\n\.github\/shipgate\.yml:\d+:\d+: /,
    );
    expect(errorOf('checks: []\nchecks: []\n')).toContain('.github/shipgate.yml:2:1:');
  });

  it.each([
    ['1e400', 'must be a whole number of at most 1,000,000'],
    ['.inf', 'must be a whole number of at most 1,000,000'],
    ['0', 'must be a whole number of at least 1'],
    ['{ limit: 30, critical: .inf }', 'must be a whole number of at most 1,000,000'],
  ])('refuses the limit %s, which would switch the rule off or make no sense', (limit, message) => {
    expect(errorOf(`compliance:\n  rules:\n    function-lines: ${limit}\n`)).toContain(message);
  });

  it('refuses a critical threshold at or below its limit, at its line and column', () => {
    expect(errorOf('compliance:\n  rules:\n    class-lines: { limit: 100, critical: 100 }\n')).toContain(
      ':3:42: compliance.rules.class-lines.critical must be above the limit (100)',
    );
    expect(
      errorOf('compliance:\n  overrides:\n    - paths: [a/**]\n      rules:\n        file-lines: { critical: 300 }\n'),
    ).toContain(':5:33: compliance.overrides[0].rules.file-lines.critical must be above the limit (400)');
  });

  it('refuses invalid globs at their line and column', () => {
    expect(errorOf('compliance:\n  include: ["src/**", "[invalid"]\n')).toContain(
      ':2:23: compliance.include[1] must be a valid glob',
    );
    expect(errorOf('compliance:\n  exclude:\n    - "*.{js,ts"\n')).toContain(
      ':3:7: compliance.exclude[0] must be a valid glob',
    );
  });

  it('refuses expiry dates that are not real dates', () => {
    const exception = (expires: string) =>
      `compliance:\n  exceptions:\n    - { path: a.py, rule: file-lines, limit: 500, reason: legacy, expires: "${expires}" }\n`;
    expect(errorOf(exception('2027-13-45'))).toContain(
      'compliance.exceptions[0].expires must be a real date as YYYY-MM-DD',
    );
    expect(errorOf(exception('2027-02-29'))).toContain('must be a real date');
    expect(() => parseSettings(exception('2028-02-29'), 'x.yml')).not.toThrow();
  });

  it.each(['/etc/passwd', '../outside.json', 'a/../../b.json', 'C:\\\\x.json'])(
    'refuses a baseline path that leaves the repository (%s)',
    (baseline) => {
      expect(errorOf(`compliance:\n  baseline: "${baseline}"\n`)).toContain(
        'compliance.baseline must be a path relative to the repository root that stays inside it',
      );
    },
  );

  it('refuses a YAML alias bomb with a clear message instead of expanding it', () => {
    const level = (name: string, of: string) => `${name}: &${name} [${Array(10).fill(`*${of}`).join(', ')}]`;
    const bomb = [
      'a: &a [1, 2, 3]',
      level('b', 'a'),
      level('c', 'b'),
      level('d', 'c'),
      level('e', 'd'),
      level('f', 'e'),
    ].join('\n');
    expect(errorOf(bomb)).toMatch(
      /^Invalid YAML in \.github\/shipgate\.yml: its aliases \(\*name\) expand to too much data/,
    );
  });

  it('lets action inputs and flags override the file', () => {
    const settings = parseSettings('compliance:\n  fail-on: all\n  comment: true\n', 'x.yml');
    const overridden = withComplianceOverrides(settings.compliance, { failOn: 'none', comment: undefined });
    expect(overridden.failOn).toBe('none');
    expect(overridden.comment).toBe(true);
  });
});

describe('loadSettings', () => {
  it('uses the defaults when the default file is absent, and fails when a named file is absent', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-config-'));
    expect((await loadSettings({ root })).source).toBeUndefined();
    await expect(loadSettings({ root, configPath: 'missing.yml' })).rejects.toThrow(/missing\.yml: it does not exist/);
  });

  it('reads .github/shipgate.yml from the root', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-config-'));
    await mkdir(path.join(root, '.github'));
    await writeFile(path.join(root, '.github/shipgate.yml'), 'compliance:\n  rules:\n    file-lines: 500\n');
    const loaded = await loadSettings({ root });
    expect(loaded.source).toBe('.github/shipgate.yml');
    expect(loaded.settings.compliance.rules['file-lines'].limit).toBe(500);
  });
});
