import { describe, expect, it } from 'vitest';
import { CheckRuns, toApiAnnotation, type CheckAnnotation } from '../../src/github/check-runs.js';
import { REPO, requestsTo, testClient, useStandin } from './support.js';

const standin = useStandin();
const CREATE = '/repos/{owner}/{repo}/check-runs';
const UPDATE = '/repos/{owner}/{repo}/check-runs/{check_run_id}';

function headSha(): string {
  return standin().state.branches.get('main')!;
}

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `src/file${i}.py`,
    startLine: i + 1,
    endLine: i + 3,
    level: 'failure' as const,
    message: `Function is ${i + 31} lines long; the limit is 30.`,
    title: 'Function too long',
  }));
}

function annotationCounts(route: string, method: string): number[] {
  return requestsTo(standin(), method, route).map((request) => {
    const body = request.body as { output?: { annotations?: unknown[] } };
    return body.output?.annotations?.length ?? 0;
  });
}

describe('CheckRuns', () => {
  it('creates an in-progress run and completes it with an update', async () => {
    const checks = new CheckRuns(testClient(standin()), REPO);
    const run = await checks.create({
      name: 'shipgate / compliance',
      headSha: headSha(),
      detailsUrl: 'https://example.com/run/1',
    });
    expect(standin().state.checkRuns).toHaveLength(1);
    expect(standin().state.checkRuns[0]).toMatchObject({ id: run.id, status: 'in_progress', conclusion: null });
    await checks.update(run.id, { conclusion: 'success', output: { title: 'All good', summary: '0 violations' } });
    expect(standin().state.checkRuns[0]).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { title: 'All good', summary: '0 violations' },
    });
  });

  it('sends 120 annotations as 50, 50 and 20, the run completed from its creation on', async () => {
    const run = await new CheckRuns(testClient(standin()), REPO).create({
      name: 'shipgate / compliance',
      headSha: headSha(),
      conclusion: 'failure',
      output: { title: '120 violations', summary: 'Too long.', annotations: annotations(120) },
    });
    expect([...annotationCounts(CREATE, 'POST'), ...annotationCounts(UPDATE, 'PATCH')]).toEqual([50, 50, 20]);
    const [create, ...updates] = [...requestsTo(standin(), 'POST', CREATE), ...requestsTo(standin(), 'PATCH', UPDATE)];
    expect(create?.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    // Later batches only append annotations; title and summary go along (GitHub wants them with every output).
    for (const update of updates) {
      expect(update.body).not.toHaveProperty('status');
      expect(update.body).not.toHaveProperty('conclusion');
      expect(update.body).toMatchObject({ output: { title: '120 violations', summary: 'Too long.' } });
    }
    const stored = standin().state.checkRuns.find((candidate) => candidate.id === run.id)!;
    expect(stored.status).toBe('completed');
    expect(stored.conclusion).toBe('failure');
    expect(stored.annotations).toHaveLength(120);
    expect(stored.annotations.map((annotation) => annotation.path)).toEqual(
      annotations(120).map((annotation) => annotation.path),
    );
  });

  it('appends annotations given in an update, 50 per request', async () => {
    const checks = new CheckRuns(testClient(standin()), REPO);
    const run = await checks.create({
      name: 'lint',
      headSha: headSha(),
      output: { title: 't', summary: 's', annotations: annotations(10) },
    });
    await checks.update(run.id, { output: { title: 't', summary: 's', annotations: annotations(60) } });
    expect(annotationCounts(UPDATE, 'PATCH')).toEqual([50, 10]);
    expect(standin().state.checkRuns[0]!.annotations).toHaveLength(70);
  });

  it('cuts a 70,000-character summary at a line boundary with a note, and GitHub accepts it', async () => {
    const line = 'x'.repeat(69);
    const summary = Array.from({ length: 1000 }, () => line).join('\n'); // 69,999 characters
    await new CheckRuns(testClient(standin()), REPO).create({
      name: 'gate',
      headSha: headSha(),
      conclusion: 'neutral',
      output: { title: 'Big', summary, text: summary },
    });
    const stored = standin().state.checkRuns[0]!.output;
    for (const text of [stored.summary!, stored.text!]) {
      expect(text.length).toBeLessThanOrEqual(65_535);
      const [kept, note] = text.split('\n\n> **Cut:** ');
      expect(kept!.split('\n').every((keptLine) => keptLine === line)).toBe(true);
      const keptLines = kept!.split('\n').length;
      expect(note).toBe(
        `${(69_999 - kept!.length - 1).toLocaleString('en-US')} more characters (${1000 - keptLines} lines) did not fit: ` +
          'GitHub allows 65,535 characters here.',
      );
    }
  });
});

describe('CheckRuns when GitHub fails', () => {
  it('leaves the run completed when a later batch of annotations fails, and still reports the failure', async () => {
    standin().faults.inject({
      method: 'PATCH',
      route: UPDATE,
      skip: 1,
      times: 4,
      fault: { kind: 'status', status: 502 },
    });
    const attempt = new CheckRuns(testClient(standin()), REPO).create({
      name: 'shipgate / compliance',
      headSha: headSha(),
      status: 'completed',
      conclusion: 'failure',
      output: { title: '120 violations', summary: 'Too long.', annotations: annotations(120) },
    });
    await expect(attempt).rejects.toMatchObject({ name: 'GitHubRequestError', status: 502, attempts: 4 });
    expect(requestsTo(standin(), 'PATCH', UPDATE).map((request) => request.status)).toEqual([200, 502, 502, 502, 502]);
    expect(standin().state.checkRuns).toHaveLength(1);
    expect(standin().state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(standin().state.checkRuns[0]!.annotations).toHaveLength(100);
  });

  it('does not create a second run when GitHub created the first but answered 502', async () => {
    const checks = new CheckRuns(testClient(standin()), REPO);
    // An earlier run of the same name on the same commit (a re-run, say) must not be taken for the new one.
    const earlier = await checks.create({ name: 'shipgate', headSha: headSha(), conclusion: 'success' });
    standin().faults.inject({ method: 'POST', route: CREATE, fault: { kind: 'after-write', status: 502 } });
    const run = await checks.create({
      name: 'shipgate',
      headSha: headSha(),
      conclusion: 'failure',
      output: { title: '60 violations', summary: 's', annotations: annotations(60) },
    });
    expect(standin().state.checkRuns.map((stored) => stored.id)).toEqual([earlier.id, run.id]);
    expect(requestsTo(standin(), 'POST', CREATE)).toHaveLength(2);
    const stored = standin().state.checkRuns[1]!;
    expect(stored).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(stored.annotations).toHaveLength(60);
  });

  it('keeps an external id it is given, and finds the run by it', async () => {
    standin().faults.inject({ method: 'POST', route: CREATE, fault: { kind: 'after-write', status: 503 } });
    const run = await new CheckRuns(testClient(standin()), REPO).create({
      name: 'lint',
      headSha: headSha(),
      externalId: 'build-77',
    });
    expect(standin().state.checkRuns).toEqual([expect.objectContaining({ id: run.id, externalId: 'build-77' })]);
  });

  it('creates the run again when the failed attempt made nothing', async () => {
    standin().faults.inject({ method: 'POST', route: CREATE, fault: { kind: 'status', status: 502 } });
    await new CheckRuns(testClient(standin()), REPO).create({
      name: 'lint',
      headSha: headSha(),
      conclusion: 'neutral',
    });
    expect(requestsTo(standin(), 'POST', CREATE).map((request) => request.status)).toEqual([502, 201]);
    expect(standin().state.checkRuns).toHaveLength(1);
  });
});

describe('toApiAnnotation', () => {
  it('keeps fields within GitHub limits and rules', () => {
    const annotation = toApiAnnotation({
      path: './src\\app.py',
      startLine: 0,
      endLine: -4,
      startColumn: 7,
      level: 'warning',
      message: 'm'.repeat(70_000),
      title: 't'.repeat(300),
      rawDetails: 'd'.repeat(70_000),
    });
    expect(annotation).toMatchObject({
      path: 'src/app.py',
      start_line: 1,
      end_line: 1,
      start_column: 7,
      end_column: 7,
    });
    expect(annotation.title).toHaveLength(255);
    expect(Buffer.byteLength(annotation.message)).toBeLessThanOrEqual(64 * 1024);
    expect(Buffer.byteLength(annotation.raw_details!)).toBeLessThanOrEqual(64 * 1024);
  });

  it('drops columns on multi-line annotations', () => {
    const annotation = toApiAnnotation({
      path: 'a.ts',
      startLine: 3,
      endLine: 9,
      startColumn: 2,
      endColumn: 5,
      level: 'notice',
      message: 'x',
    });
    expect(annotation).not.toHaveProperty('start_column');
    expect(annotation).not.toHaveProperty('end_column');
  });
});
