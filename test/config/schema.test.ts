// Each section's JSON Schema and the TypeScript vocabulary of the capability that owns it must agree:
// an id added on one side only would be a key editors complete but shipgate rejects, or the reverse.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPLIANCE_CONFIG_KEYS, COUNT_MODES, FAIL_ON, RULE_IDS, SEVERITIES } from '../../src/compliance/settings.js';
import { CONFIG_FORMATS } from '../../src/config/formats.js';
import { CHECK_NAMES, CONFIG_KEYS } from '../../src/config/settings.js';

type Schema = {
  properties: Record<string, Schema & { enum?: string[]; items?: Schema & { enum?: string[] } }>;
  definitions: Record<string, Schema>;
  oneOf?: Schema[];
} & Record<string, unknown>;

const read = (name: string): Schema =>
  JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')) as Schema;
const sorted = (values: readonly string[]): string[] => [...values].sort();

describe('schema/shipgate.schema.json', () => {
  const root = read('shipgate.schema.json');
  it('has exactly the top-level keys the config type has', () => {
    expect(sorted(Object.keys(root.properties))).toEqual(sorted(CONFIG_KEYS));
  });
  it('lists exactly the checks the PR checks can run', () => {
    expect(sorted(root.properties.checks!.items!.enum!)).toEqual(sorted(CHECK_NAMES));
  });
  it('takes each section from its capability schema', () => {
    expect(root.properties.compliance).toEqual({ $ref: 'compliance.schema.json' });
  });
});

describe('schema/compliance.schema.json', () => {
  const schema = read('compliance.schema.json');
  const detailed = schema.definitions.rule!.oneOf!.find((branch) => branch.type === 'object')!;
  it('has exactly the keys of the compliance section', () => {
    expect(sorted(Object.keys(schema.properties))).toEqual(sorted(COMPLIANCE_CONFIG_KEYS));
  });
  it('names exactly the rules the engine checks, in rules and in exceptions', () => {
    expect(sorted(Object.keys(schema.definitions.rules!.properties))).toEqual(sorted(RULE_IDS));
    const exception = (schema.properties.exceptions!.items as unknown as Schema).properties;
    expect(sorted(exception.rule!.enum!)).toEqual(sorted(RULE_IDS));
  });
  it('offers exactly the severities, count modes and fail-on values the engine knows', () => {
    expect(sorted(detailed.properties.severity!.enum!)).toEqual(sorted(SEVERITIES));
    expect(sorted(detailed.properties.count!.enum!)).toEqual(sorted(COUNT_MODES));
    expect(sorted(schema.properties['fail-on']!.enum!)).toEqual(sorted(FAIL_ON));
  });
});

describe('the compiled config schema (src/config/generated/)', () => {
  it('is what scripts/config-validator.mjs makes of the schema files now', () => {
    const check = spawnSync(process.execPath, ['scripts/config-validator.mjs', '--check'], {
      cwd: new URL('../..', import.meta.url),
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('has every format the schema files name, as a validator', () => {
    const named = JSON.stringify(
      ['compliance', 'conflicts', 'deploy', 'gate', 'shipgate'].map((n) => read(`${n}.schema.json`)),
    );
    const formats = new Set([...named.matchAll(/"format":"([^"]+)"/g)].map((m) => m[1]!));
    expect(sorted(Object.keys(CONFIG_FORMATS))).toEqual(sorted([...formats]));
  });
});
