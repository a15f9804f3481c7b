// The deploy use case, shared by the CLI and the action: settings, commit, router and ledger, then the flow.
import { deploy } from './flow/deploy.js';
import type { DeployReport } from './report.js';
import { environmentSettings, flowDeps, resolveCommit, type RunOptions } from './setup.js';

export interface DeployOptions extends RunOptions {
  /** a branch, tag or SHA; default HEAD */
  ref?: string;
}

export async function deployEnvironment(options: DeployOptions): Promise<DeployReport> {
  const settings = await environmentSettings(options);
  const sha = await resolveCommit(options.root, options.ref ?? 'HEAD');
  // GitHub records the ref by name; HEAD means nothing there, so the commit stands for it.
  return deploy({ settings, ref: options.ref ?? sha, sha }, flowDeps(options, settings));
}
