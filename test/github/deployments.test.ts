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
    expect(standin().state.deployments[0]).toMatchObject({ id: deployment.id, sha: standin().state.branches.get('main') });
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
    expect(history[0]).toMatchObject({ environmentUrl: 'https://staging.example.com', description: 'Healthy on green' });
    expect(standin().state.statusesOf(deployment.id)).toHaveLength(2);
  });

  it('finds the last successful deployment through auto_inactive, per environment', async () => {
    const deployments = ledger();
    const first = await deployments.create({ ref: 'main', environment: 'production' });
    await deployments.createStatus(first.id, { state: 'success' });
    const second = await deployments.create({ ref: 'main', environment: 'production' });
    await deployments.createStatus(second.id, { state: 'success' });
    const third = await deployments.create({ ref: 'main', environment: 'production' });
    await deployments.createStatus(third.id, { state: 'failure' });
    const elsewhere = await deployments.create({ ref: 'main', environment: 'staging' });
    await deployments.createStatus(elsewhere.id, { state: 'success' });

    // GitHub retired the first success when the second came: its current state is "inactive".
    expect((await deployments.statuses(first.id)).map((status) => status.state)).toEqual(['inactive', 'success']);
    expect((await deployments.list('production')).map((deployment) => deployment.id)).toEqual([third.id, second.id, first.id]);
    expect((await deployments.lastSuccessful('production'))?.deployment.id).toBe(second.id);

    // The second one went bad after its success (a failed soak): the first is the last good one again.
    await deployments.createStatus(second.id, { state: 'failure', autoInactive: false });
    const lastGood = await deployments.lastSuccessful('production');
    expect(lastGood?.deployment.id).toBe(first.id);
    expect(lastGood?.success.state).toBe('success');
  });

  it('answers undefined when no deployment succeeded', async () => {
    const deployments = ledger();
    const only = await deployments.create({ ref: 'main', environment: 'production' });
    await deployments.createStatus(only.id, { state: 'error' });
    expect(await deployments.lastSuccessful('production')).toBeUndefined();
    expect(await deployments.lastSuccessful('nowhere')).toBeUndefined();
  });
});

describe('standingSuccess', () => {
  const status = (id: number, state: DeploymentStatus['state']): DeploymentStatus => ({
    id, state, description: '', environmentUrl: '', logUrl: '', createdAt: '2026-01-01T00:00:00Z',
  });

  it('counts a success followed by inactive, not one followed by failure', () => {
    expect(standingSuccess([status(3, 'inactive'), status(2, 'success'), status(1, 'in_progress')])?.id).toBe(2);
    expect(standingSuccess([status(3, 'failure'), status(2, 'success')])).toBeUndefined();
    expect(standingSuccess([status(3, 'success'), status(2, 'failure'), status(1, 'success')])?.id).toBe(3);
  });
});
