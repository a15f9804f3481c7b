// The gate section's JSON Schema and the gate's TypeScript vocabulary must agree: a metric or key on one
// side only would be one editors complete but shipgate rejects, or the reverse.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONDITION_PATTERN, FAIL_POLICIES, GATE_CONFIG_KEYS, METRICS, OPERATORS } from '../../src/gate/settings.js';
import { parseSettings } from '../../src/config/load.js';

interface Schema {
  properties: Record<string, { enum?: string[]; items?: { pattern?: string; 'x-pattern-text'?: string } }>;
}

const schema = JSON.parse(readFileSync(new URL('../../schema/gate.schema.json', import.meta.url), 'utf8')) as Schema;
const root = JSON.parse(
  readFileSync(new URL('../../schema/shipgate.schema.json', import.meta.url), 'utf8'),
) as Schema & {
  properties: Record<string, unknown>;
};

describe('schema/gate.schema.json', () => {
  it('has exactly the keys of the gate section, and is the gate section of the root schema', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...GATE_CONFIG_KEYS].sort());
    expect(root.properties.gate).toEqual({ $ref: 'gate.schema.json' });
  });

  it('checks conditions with the pattern the engine parses, naming every metric and operator in its message', () => {
    const conditions = schema.properties.conditions!.items!;
    expect(conditions.pattern).toBe(CONDITION_PATTERN);
    for (const word of [...METRICS, ...OPERATORS]) expect(conditions['x-pattern-text']).toContain(word);
  });

  it('offers exactly the fail policies the gate knows', () => {
    expect([...schema.properties['fail-on']!.enum!].sort()).toEqual([...FAIL_POLICIES].sort());
  });

  it('reads a full section into settings', () => {
    const settings = parseSettings(
      'checks: [compliance, gate]\ngate:\n  conditions: ["coverage.lines >= 80%", "tests.failed == 0"]\n  reports: ["coverage/lcov.info"]\n  new-code-min-lines: 5\n  fail-on: never\n',
      'shipgate.yml',
    );
    expect(settings.checks).toEqual(['compliance', 'gate']);
    expect(settings.gate).toMatchObject({
      conditions: [
        { metric: 'coverage.lines', op: '>=', threshold: 80 },
        { metric: 'tests.failed', op: '==', threshold: 0 },
      ],
      defaultConditions: false,
      reports: ['coverage/lcov.info'],
      newCodeMinLines: 5,
      failOn: 'never',
    });
  });
});
