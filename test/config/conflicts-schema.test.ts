// The conflicts section's JSON Schema and the capability's TypeScript vocabulary must agree: an id added on
// one side only would be a key editors complete but shipgate rejects, or the reverse.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/config/load.js';
import { CONFLICTS_CONFIG_KEYS, CONFLICTS_FAIL_ON } from '../../src/conflicts/settings.js';

type Schema = { properties: Record<string, { enum?: string[]; $ref?: string }> };
const read = (name: string): Schema =>
  JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')) as Schema;

describe('schema/conflicts.schema.json', () => {
  const schema = read('conflicts.schema.json');
  it('has exactly the keys of the conflicts section', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...CONFLICTS_CONFIG_KEYS].sort());
  });
  it('offers exactly the failure policies the capability knows', () => {
    expect([...schema.properties['fail-on']!.enum!].sort()).toEqual([...CONFLICTS_FAIL_ON].sort());
  });
  it('is what the root schema takes the section from', () => {
    expect(read('shipgate.schema.json').properties.conflicts).toEqual({ $ref: 'conflicts.schema.json' });
  });
});

describe('the conflicts section of a config file', () => {
  it('resolves teams, policies and nested settings, defaults filling the rest', () => {
    const settings = parseSettings(
      [
        'checks: [compliance, conflicts]',
        'conflicts:',
        '  teams:',
        '    realtime: [feature/realtime-]',
        '  fail-on: any',
        '  cleanup:',
        '    enabled: true',
      ].join('\n'),
      'shipgate.yml',
    );
    expect(settings.checks).toEqual(['compliance', 'conflicts']);
    expect(settings.conflicts).toMatchObject({
      teams: { realtime: ['feature/realtime-'] },
      failOn: 'any',
      label: 'merge-conflict',
      cleanup: { enabled: true, olderThanDays: 30, dryRun: true },
    });
  });

  it('names the file, line and key of a mistake', () => {
    expect(() => parseSettings('conflicts:\n  fail-on: sometimes\n  teamz: {}\n', 'shipgate.yml')).toThrow(
      /shipgate\.yml:2:\d+: conflicts\.fail-on must be one of: base, any, none[\s\S]*shipgate\.yml:3:\d+: unknown key "teamz" in conflicts; did you mean "teams"\?/,
    );
  });
});
