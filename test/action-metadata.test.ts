import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPLIANCE_INPUTS } from '../src/actions/compliance/inputs.js';
import { DEPLOY_INPUTS } from '../src/actions/deploy/inputs.js';
import { ROLLBACK_INPUTS } from '../src/actions/rollback/inputs.js';
import { PR_CHECKS_INPUTS } from '../src/actions/pr-checks/inputs.js';
import { GATE_INPUTS } from '../src/actions/quality-gate/inputs.js';
import { CONFLICTS_INPUTS } from '../src/actions/conflicts/inputs.js';
import { repoRoot } from './support/runner.js';

interface ActionMetadata {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

const files = ['action.yml', ...(await readdir(path.join(repoRoot, 'actions'))).map((a) => `actions/${a}/action.yml`)];
const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');

describe.each(files)('%s', (file) => {
  it('describes every input with a default, and every output', async () => {
    const metadata = parse(await readFile(path.join(repoRoot, file), 'utf8')) as ActionMetadata;
    expect(metadata.name).toBeTruthy();
    expect(metadata.description).toBeTruthy();
    for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
      expect(input.description, `${file}: input ${name}`).toMatch(/\S{3}/);
      expect(typeof input.default, `${file}: input ${name} has no default`).toBe('string');
      expect(readme, `README does not document the input ${name}`).toContain(`| \`${name}\` |`);
    }
    for (const [name, output] of Object.entries(metadata.outputs ?? {})) {
      expect(output.description, `${file}: output ${name}`).toMatch(/\S{3}/);
      expect(readme, `README does not mention the output ${name}`).toContain(`\`${name}\``);
    }
  });
});

// The typed table each entry reads its inputs through, per action.yml: a name on one side only would be
// an input the workflow sets and the action never reads (or the reverse).
const INPUT_TABLES: Record<string, Record<string, unknown>> = {
  'action.yml': PR_CHECKS_INPUTS,
  'actions/compliance/action.yml': COMPLIANCE_INPUTS,
  'actions/deploy/action.yml': DEPLOY_INPUTS,
  'actions/rollback/action.yml': ROLLBACK_INPUTS,
  'actions/quality-gate/action.yml': GATE_INPUTS,
  'actions/conflicts/action.yml': CONFLICTS_INPUTS,
};

describe.each(files)('%s input table', (file) => {
  it('reads exactly the inputs the metadata declares', async () => {
    const metadata = parse(await readFile(path.join(repoRoot, file), 'utf8')) as ActionMetadata;
    const table = INPUT_TABLES[file];
    expect(table, `${file} has no input table in INPUT_TABLES`).toBeDefined();
    expect(Object.keys(table!).sort()).toEqual(Object.keys(metadata.inputs ?? {}).sort());
  });
});
