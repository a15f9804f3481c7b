// The quality gate as a deploy requirement, read from the gate's check run on the stand-in.
import { describe, expect, it } from 'vitest';
import { qualityGateOf } from '../../src/deploy/flow/quality-gate.js';
import { CheckRuns } from '../../src/github/check-runs.js';
import { REPO, testClient, useStandin } from '../github/support.js';

const standin = useStandin();
const SHA = 'd'.repeat(40);

async function gateRun(conclusion?: 'success' | 'failure'): Promise<void> {
  const runs = new CheckRuns(testClient(standin()), REPO);
  await runs.create({
    name: 'shipgate / quality gate',
    headSha: SHA,
    ...(conclusion ? { status: 'completed', conclusion } : {}),
  });
}

describe('quality gate requirement', () => {
  it('passes only a SHA whose latest gate run succeeded', async () => {
    const gate = qualityGateOf(testClient(standin()), REPO);
    const short = SHA.slice(0, 12);
    expect(await gate(SHA)).toEqual({
      passed: false,
      detail: `No "shipgate / quality gate" check run on ${short}: the gate never ran for it.`,
    });
    await gateRun();
    expect(await gate(SHA)).toMatchObject({ passed: false, detail: expect.stringMatching(/still running/) });
    await gateRun('failure');
    expect(await gate(SHA)).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/did not pass on .* \(failure\)\. \(https:/),
    });
    await gateRun('success');
    expect(await gate(SHA)).toMatchObject({ passed: true, detail: expect.stringMatching(/passed on/) });
  });
});
