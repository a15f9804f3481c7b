import { describe, expect, it } from 'vitest';
import { Deployments, standingSuccess, type DeploymentStatus } from '../../src/github/deployments.js';
import { REPO, requestsTo, testClient, useStandin } from './support.js';

const standin = useStandin();

function ledger(): Deployments {
  return new Deployments(testClient(standin()), REPO);
}

describe('Deployments', () => {
  it('creates a deployment without auto-merge or required contexts, with its payload', async () => {
    const deployment = await ledger().create({
      ref: 'main',
      environment: 'production',
      description: 'Deploy main to blue',
      payload: { colour: 'blue' },
      productionEnvironment: true,
    });
    expect(deployment).toMatchObject({ ref: 'main', environment: 'production', payload: { colour: 'blue' } });
    expect(requestsTo(standin(), 'POST', '/repos/{owner}/{repo}/deployments')[0]?.body).toMatchObject({
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
    });
    expect(standin().state.deployments).toHaveLength(1);
    expect(standin().state.deployments[0]).toMatchObject({
      id: deployment.id,
      sha: standin().state.branches.get('main'),
    });
  });

  it('records statuses and lists the history newest first', async () => {
    const deployments = ledger();
    const deployment = await deployments.create({ ref: 'main', environment: 'staging' });
    await deployments.createStatus(deployment.id, { state: 'in_progress', logUrl: 'https://example.com/log' });
    await deployments.createStatus(deployment.id, {
      state: 'success',
      environmentUrl: 'https://staging.example.com',
      description: 'Healthy on green',
    });
    const history = await deployments.statuses(deployment.id);
    expect(history.map((status) => status.state)).toEqual(['success', 'in_progress']);
    expect(history[0]).toMatchObject({
      environmentUrl: 'https://staging.example.com',
      description: 'Healthy on green',
    });
    expect(standin().state.statusesOf(deployment.id)).toHaveLength(2);
  });

  // GitHub's documented auto_inactive retires prior successes of deployments that are neither production nor transient.
  it.each([
    ['staging', {}, ['inactive', 'success']],
    ['production', {}, ['success']],
    ['live', { productionEnvironment: true }, ['success']],
    ['pr-7', { transientEnvironment: true }, ['success']],
  ])(
    'finds the last successful deployment to %s %j, whatever auto_inactive did',
    async (environment, flags, firstStates) => {
      const deployments = ledger();
      const first = await deployments.create({ ref: 'main', environment, ...flags });
      await deployments.createStatus(first.id, { state: 'success' });
      const second = await deployments.create({ ref: 'main', environment, ...flags });
      await deployments.createStatus(second.id, { state: 'success' });
      const third = await deployments.create({ ref: 'main', environment, ...flags });
      await deployments.createStatus(third.id, { state: 'failure' });
      const elsewhere = await deployments.create({ ref: 'main', environment: 'qa' });
      await deployments.createStatus(elsewhere.id, { state: 'success' });

      expect((await deployments.statuses(first.id)).map((status) => status.state)).toEqual(firstStates);
      expect((await deployments.list(environment)).map((deployment) => deployment.id)).toEqual([
        third.id,
        second.id,
        first.id,
      ]);
      expect((await deployments.lastSuccessful(environment))?.deployment.id).toBe(second.id);

      // The second one went bad after its success (a failed soak): the first is the last good one again.
      await deployments.createStatus(second.id, { state: 'failure', autoInactive: false });
      const lastGood = await deployments.lastSuccessful(environment);
      expect(lastGood?.deployment.id).toBe(first.id);
      expect(lastGood?.success.state).toBe('success');
    },
  );

  it('answers undefined when no deployment succeeded', async () => {
    const deployments = ledger();
    const only = await deployments.create({ ref: 'main', environment: 'production' });
    await deployments.createStatus(only.id, { state: 'error' });
    expect(await deployments.lastSuccessful('production')).toBeUndefined();
    expect(await deployments.lastSuccessful('nowhere')).toBeUndefined();
  });
});

describe('Deployments when GitHub fails mid-write', () => {
  const DEPLOYMENTS = '/repos/{owner}/{repo}/deployments';
  const STATUSES = '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses';

  it('does not create a second deployment when GitHub made the first but answered 502', async () => {
    const earlier = await ledger().create({ ref: 'main', environment: 'production', payload: { colour: 'blue' } });
    standin().faults.inject({ method: 'POST', route: DEPLOYMENTS, fault: { kind: 'after-write', status: 502 } });
    const deployment = await ledger().create({ ref: 'main', environment: 'production', payload: { colour: 'blue' } });
    expect(standin().state.deployments.map((stored) => stored.id)).toEqual([earlier.id, deployment.id]);
    expect(deployment.payload).toMatchObject({ colour: 'blue' });
    expect(requestsTo(standin(), 'POST', DEPLOYMENTS)).toHaveLength(2);
  });

  it('creates it again when the failed attempt made nothing', async () => {
    standin().faults.inject({ method: 'POST', route: DEPLOYMENTS, fault: { kind: 'status', status: 502 } });
    await ledger().create({ ref: 'main', environment: 'staging' });
    expect(requestsTo(standin(), 'POST', DEPLOYMENTS).map((request) => request.status)).toEqual([502, 201]);
    expect(standin().state.deployments).toHaveLength(1);
  });

  it('does not record a status twice when GitHub recorded it but answered 502', async () => {
    const deployments = ledger();
    const deployment = await deployments.create({ ref: 'main', environment: 'staging' });
    await deployments.createStatus(deployment.id, { state: 'success' });
    await deployments.createStatus(deployment.id, { state: 'failure' });
    standin().faults.inject({ method: 'POST', route: STATUSES, fault: { kind: 'after-write', status: 502 } });
    const status = await deployments.createStatus(deployment.id, { state: 'success', description: 'Healthy again' });
    expect(
      standin()
        .state.statusesOf(deployment.id)
        .map((stored) => stored.state),
    ).toEqual(['success', 'failure', 'success']);
    expect(status).toMatchObject({ state: 'success', description: 'Healthy again' });
  });

  it('records it again when the failed attempt made nothing, even if an older status was the same', async () => {
    const deployments = ledger();
    const deployment = await deployments.create({ ref: 'main', environment: 'staging' });
    await deployments.createStatus(deployment.id, { state: 'success' });
    await deployments.createStatus(deployment.id, { state: 'failure' });
    standin().faults.inject({ method: 'POST', route: STATUSES, fault: { kind: 'status', status: 503 } });
    await deployments.createStatus(deployment.id, { state: 'success' });
    expect(
      standin()
        .state.statusesOf(deployment.id)
        .map((stored) => stored.state),
    ).toEqual(['success', 'failure', 'success']);
  });
});

describe('standingSuccess', () => {
  const status = (id: number, state: DeploymentStatus['state']): DeploymentStatus => ({
    id,
    state,
    description: '',
    environmentUrl: '',
    logUrl: '',
    createdAt: '2026-01-01T00:00:00Z',
  });

  it('counts a success followed by inactive, not one followed by failure', () => {
    expect(standingSuccess([status(3, 'inactive'), status(2, 'success'), status(1, 'in_progress')])?.id).toBe(2);
    expect(standingSuccess([status(3, 'failure'), status(2, 'success')])).toBeUndefined();
    expect(standingSuccess([status(3, 'success'), status(2, 'failure'), status(1, 'success')])?.id).toBe(3);
  });
});
