import { describe, expect, it } from 'vitest';
import { TrackingIssues } from '../../src/github/issues.js';
import { GitHubPermissionError } from '../../src/github/permissions.js';
import { REPO, recordingLogger, requestsTo, testClient, useStandin, writes } from './support.js';

const standin = useStandin();
const LABEL = 'shipgate:compliance';
const ISSUES = '/repos/{owner}/{repo}/issues';
const SPEC = { label: LABEL, title: 'Compliance report', body: '3 violations' };

describe('TrackingIssues', () => {
  it('creates the issue with its label when none is open, then finds it', async () => {
    standin().state.addIssue({ title: 'Unrelated', labels: ['bug'] });
    standin().state.addPull({ head: 'feature/x', labels: [LABEL] }); // pull requests are not issues here
    const issues = new TrackingIssues(testClient(standin()), REPO);
    const { issue, outcome } = await issues.ensure({ label: LABEL, title: 'Compliance report', body: '3 violations' });
    expect(outcome).toBe('created');
    expect(issue).toMatchObject({ title: 'Compliance report', body: '3 violations', state: 'open', labels: [LABEL] });
    expect(standin().state.labelNames(issue.number)).toEqual([LABEL]);
    expect((await issues.find(LABEL))?.number).toBe(issue.number);
  });

  it('updates the body of the open issue, and writes nothing when it is unchanged', async () => {
    const seeded = standin().state.addIssue({ title: 'Compliance report', body: 'old', labels: [LABEL] });
    const issues = new TrackingIssues(testClient(standin()), REPO);
    const updated = await issues.ensure({ label: LABEL, title: 'Compliance report', body: 'new' });
    expect(updated).toMatchObject({ outcome: 'updated', issue: { number: seeded.number, body: 'new' } });
    const writesBefore = writes(standin()).length;
    expect((await issues.ensure({ label: LABEL, title: 'Compliance report', body: 'new' })).outcome).toBe('unchanged');
    expect(writes(standin())).toHaveLength(writesBefore);
    expect(standin().state.issues.size).toBe(1);
  });

  it('closes as completed, then reopens the closed issue when asked', async () => {
    const issues = new TrackingIssues(testClient(standin()), REPO);
    const { issue } = await issues.ensure({ label: LABEL, title: 'Compliance report', body: 'bad' });
    const closed = await issues.close(issue.number);
    expect(closed.state).toBe('closed');
    expect(standin().state.findIssue(issue.number)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(await issues.find(LABEL)).toBeUndefined();
    const again = await issues.ensure({ label: LABEL, title: 'Compliance report', body: 'bad again', reopen: true });
    expect(again).toMatchObject({
      outcome: 'reopened',
      issue: { number: issue.number, state: 'open', body: 'bad again' },
    });
    expect(standin().state.findIssue(issue.number)).toMatchObject({ state: 'open', stateReason: 'reopened' });
  });

  it('opens a new issue rather than reopening when not asked to', async () => {
    standin().state.addIssue({ title: 'Compliance report', labels: [LABEL], state: 'closed' });
    const { outcome, issue } = await new TrackingIssues(testClient(standin()), REPO).ensure({
      label: LABEL,
      title: 'Compliance report',
      body: 'x',
    });
    expect(outcome).toBe('created');
    expect(standin().state.issues.size).toBe(2);
    expect(issue.number).toBe(2);
  });

  it('matches on the title across pages of issues sharing the label', async () => {
    for (let i = 0; i < 130; i += 1) standin().state.addIssue({ title: `Report ${i}`, labels: [LABEL] });
    const issues = new TrackingIssues(testClient(standin()), REPO);
    const found = await issues.find(LABEL, { title: 'Report 120' });
    expect(found?.number).toBe(121);
    const { outcome, issue } = await issues.ensure({ label: LABEL, title: 'Report 125', body: 'hi', matchTitle: true });
    expect(outcome).toBe('updated');
    expect(issue.number).toBe(126);
  });
});

describe('TrackingIssues when GitHub fails mid-write', () => {
  it('does not open a second issue when GitHub opened the first but answered 502', async () => {
    standin().faults.inject({ method: 'POST', route: ISSUES, fault: { kind: 'after-write', status: 502 } });
    const logger = recordingLogger();
    const { issue, outcome } = await new TrackingIssues(testClient(standin(), { logger }), REPO).ensure(SPEC);
    expect(outcome).toBe('created');
    expect(standin().state.issues.size).toBe(1);
    expect(issue).toMatchObject({ number: 1, title: 'Compliance report', labels: [LABEL] });
    expect(requestsTo(standin(), 'POST', ISSUES)).toHaveLength(1);
    expect(logger.warnings).toEqual([
      'Could not tell whether GitHub managed to open the issue "Compliance report": GitHub API POST ' +
        '/repos/octo-org/octo-repo/issues failed: 502 Bad Gateway. Looking for it before trying again (attempt 2 of 4).',
    ]);
    expect(logger.lines).toContain(
      'info: GitHub had managed to open the issue "Compliance report" after all; not doing it again.',
    );
  });

  it('retries its own lookup, which is only a read', async () => {
    standin().faults.inject({ method: 'POST', route: ISSUES, fault: { kind: 'after-write', status: 504 } });
    standin().faults.inject({ method: 'GET', route: ISSUES, skip: 1, fault: { kind: 'reset' } });
    await new TrackingIssues(testClient(standin()), REPO).ensure(SPEC);
    expect(standin().state.issues.size).toBe(1);
  });

  it('opens it again when the failed attempt made nothing', async () => {
    standin().faults.inject({ method: 'POST', route: ISSUES, fault: { kind: 'status', status: 502 } });
    const { issue } = await new TrackingIssues(testClient(standin()), REPO).ensure(SPEC);
    expect(requestsTo(standin(), 'POST', ISSUES).map((request) => request.status)).toEqual([502, 201]);
    expect([...standin().state.issues.keys()]).toEqual([issue.number]);
  });

  it('gives up after the retries, having opened nothing', async () => {
    standin().faults.inject({ method: 'POST', route: ISSUES, times: 10, fault: { kind: 'status', status: 503 } });
    const attempt = new TrackingIssues(testClient(standin(), { retries: 2 }), REPO).ensure(SPEC);
    await expect(attempt).rejects.toMatchObject({ status: 503 });
    expect(requestsTo(standin(), 'POST', ISSUES)).toHaveLength(3);
    expect(standin().state.issues.size).toBe(0);
  });
});

describe('TrackingIssues without the issues permission', () => {
  it('names "issues: read" when GitHub refuses the issue list', async () => {
    standin().faults.inject({ method: 'GET', route: ISSUES, fault: { kind: 'forbidden' } });
    const attempt = new TrackingIssues(testClient(standin()), REPO).find(LABEL);
    await expect(attempt).rejects.toBeInstanceOf(GitHubPermissionError);
    await expect(attempt).rejects.toMatchObject({ permission: 'issues: read', status: 403 });
  });

  it('names "issues: read" when GitHub hides the repository (404)', async () => {
    standin().faults.inject({
      method: 'GET',
      route: ISSUES,
      fault: { kind: 'status', status: 404, message: 'Not Found' },
    });
    const attempt = new TrackingIssues(testClient(standin()), REPO).ensure(SPEC);
    await expect(attempt).rejects.toMatchObject({
      name: 'GitHubPermissionError',
      permission: 'issues: read',
      status: 404,
    });
  });
});
