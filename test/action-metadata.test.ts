import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
