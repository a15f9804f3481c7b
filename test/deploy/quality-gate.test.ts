// The quality gate as a deploy requirement, read from the gate's check run on the stand-in.
import { describe, expect, it } from 'vitest';
import { qualityGateFromCheckRun } from '../../src/deploy/flow/quality-gate.js';
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
    const gate = qualityGateFromCheckRun(testClient(standin()), REPO);
    expect(await gate(SHA)).toEqual({ passed: false, detail: `no check run "shipgate / quality gate" on ${SHA}` });
    await gateRun();
    expect(await gate(SHA)).toMatchObject({ passed: false, detail: '"shipgate / quality gate" is still in_progress' });
    await gateRun('failure');
    expect(await gate(SHA)).toMatchObject({ passed: false, detail: expect.stringMatching(/concluded failure/) });
    await gateRun('success');
    expect(await gate(SHA)).toMatchObject({ passed: true, detail: expect.stringMatching(/concluded success/) });
  });
});
