import { describe, expect, it } from 'vitest';
import { StickyComments } from '../../src/github/comments.js';
import { stickyMarker } from '../../src/github/sticky-text.js';
import { REPO, requestsTo, testClient, useStandin, writes } from './support.js';

const standin = useStandin();
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

function seedPull(): number {
  return standin().state.addPull({ head: 'feature/realtime-chat' }).number;
}

describe('StickyComments', () => {
  it('creates the comment once with its hidden marker, then updates it in place', async () => {
    const number = seedPull();
    const comments = new StickyComments(testClient(standin()), REPO);
    const first = await comments.upsert(number, 'quality-gate', 'Coverage 81%');
    expect(first.outcome).toBe('created');
    expect(
      standin()
        .state.commentsOn(number)
        .map((comment) => comment.body),
    ).toEqual(['<!-- shipgate:quality-gate -->\nCoverage 81%']);
    const second = await comments.upsert(number, 'quality-gate', 'Coverage 79%');
    expect(second).toMatchObject({ outcome: 'updated', comment: { id: first.comment.id } });
    expect(
      standin()
        .state.commentsOn(number)
        .map((comment) => comment.body),
    ).toEqual(['<!-- shipgate:quality-gate -->\nCoverage 79%']);
  });

  it('sends no write when the body is unchanged', async () => {
    const number = seedPull();
    const comments = new StickyComments(testClient(standin()), REPO);
    await comments.upsert(number, 'conflicts', 'No conflicts.');
    const writesBefore = writes(standin()).length;
    const again = await comments.upsert(number, 'conflicts', 'No conflicts.');
    expect(again.outcome).toBe('unchanged');
    expect(writes(standin())).toHaveLength(writesBefore);
  });

  it('keeps purposes apart and ignores comments that only mention a marker', async () => {
    const number = seedPull();
    const client = testClient(standin());
    await client.rest.issues.createComment({
      ...REPO,
      issue_number: number,
      body: `Why is ${stickyMarker('gate')} here?`,
    });
    const comments = new StickyComments(client, REPO);
    await comments.upsert(number, 'gate', 'gate report');
    await comments.upsert(number, 'gate-extra', 'other report');
    expect(standin().state.commentsOn(number)).toHaveLength(3);
    expect(await comments.find(number, 'gate')).toEqual([
      expect.objectContaining({ body: `${stickyMarker('gate')}\ngate report` }),
    ]);
  });

  it('collapses duplicates left by a race: updates the oldest, deletes the rest', async () => {
    const number = seedPull();
    const client = testClient(standin());
    const created = [];
    for (const text of ['one', 'two', 'three']) {
      const { data } = await client.rest.issues.createComment({
        ...REPO,
        issue_number: number,
        body: `${stickyMarker('compliance')}\n${text}`,
      });
      created.push(Number(data.id));
    }
    const result = await new StickyComments(client, REPO).upsert(number, 'compliance', 'final');
    expect(result).toMatchObject({ outcome: 'updated', duplicatesRemoved: 2, comment: { id: created[0] } });
    expect(
      standin()
        .state.commentsOn(number)
        .map((comment) => [comment.id, comment.body]),
    ).toEqual([[created[0], `${stickyMarker('compliance')}\nfinal`]]);
  });

  it('cuts a body over 65,536 characters with a note', async () => {
    const number = seedPull();
    const body = Array.from({ length: 2000 }, (_, i) => `| row ${i} | ${'y'.repeat(40)} |`).join('\n');
    await new StickyComments(testClient(standin()), REPO).upsert(number, 'report', body);
    const stored = standin().state.commentsOn(number)[0]!.body;
    expect(body.length).toBeGreaterThan(65_536);
    expect(stored.length).toBeLessThanOrEqual(65_536);
    expect(stored).toMatch(
      /\n\n> \*\*Cut:\*\* [\d,]+ more characters \([\d,]+ lines\) did not fit: GitHub allows 65,\d{3} characters here\.$/,
    );
  });

  it('deletes every comment for a purpose', async () => {
    const number = seedPull();
    const comments = new StickyComments(testClient(standin()), REPO);
    await comments.upsert(number, 'conflicts', 'x');
    await comments.upsert(number, 'gate', 'y');
    expect(await comments.remove(number, 'conflicts')).toBe(1);
    expect(await comments.remove(number, 'conflicts')).toBe(0);
    expect(
      standin()
        .state.commentsOn(number)
        .map((comment) => comment.body),
    ).toEqual([`${stickyMarker('gate')}\ny`]);
  });

  it('finds its comment beyond the first page of comments', async () => {
    const number = seedPull();
    const { state } = standin();
    for (let i = 0; i < 105; i += 1) {
      const now = state.now();
      state.comments.push({
        id: state.nextId('comment'),
        issueNumber: number,
        body: `chatter ${i}`,
        author: 'octocat',
        createdAt: now,
        updatedAt: now,
      });
    }
    const comments = new StickyComments(testClient(standin()), REPO);
    await comments.upsert(number, 'gate', 'v1');
    expect((await comments.upsert(number, 'gate', 'v2')).outcome).toBe('updated');
    expect(standin().state.commentsOn(number)).toHaveLength(106);
  });
});

describe('StickyComments when GitHub fails mid-write', () => {
  it('does not comment twice when GitHub made the comment but answered 502', async () => {
    const number = seedPull();
    standin().faults.inject({ method: 'POST', route: COMMENTS, fault: { kind: 'after-write', status: 502 } });
    const result = await new StickyComments(testClient(standin()), REPO).upsert(number, 'gate', 'report');
    expect(result.outcome).toBe('created');
    expect(
      standin()
        .state.commentsOn(number)
        .map((comment) => [comment.id, comment.body]),
    ).toEqual([[result.comment.id, `${stickyMarker('gate')}\nreport`]]);
    expect(requestsTo(standin(), 'POST', COMMENTS)).toHaveLength(1);
  });

  it('treats a timed-out comment as possibly made: looks for it instead of sending it again', async () => {
    const number = seedPull();
    standin().faults.inject({ method: 'POST', route: COMMENTS, fault: { kind: 'delay', ms: 150 } });
    // The backoff before the lookup (500 ms) outlasts the stalled write, as GitHub's own 10 s limit does in life.
    const client = testClient(standin(), { requestTimeoutMs: 50, retryBaseDelayMs: 500 });
    const result = await new StickyComments(client, REPO).upsert(number, 'gate', 'report');
    expect(result.outcome).toBe('created');
    expect(standin().state.commentsOn(number)).toHaveLength(1);
    expect(requestsTo(standin(), 'POST', COMMENTS)).toHaveLength(1);
  });

  it('comments again when the failed attempt made nothing', async () => {
    const number = seedPull();
    standin().faults.inject({ method: 'POST', route: COMMENTS, fault: { kind: 'status', status: 500 } });
    await new StickyComments(testClient(standin()), REPO).upsert(number, 'gate', 'report');
    expect(requestsTo(standin(), 'POST', COMMENTS).map((request) => request.status)).toEqual([500, 201]);
    expect(standin().state.commentsOn(number)).toHaveLength(1);
  });
});
