// A local stand-in for GitHub's REST API: in-memory state for what shipgate touches, every request and answer
// validated against GitHub's official OpenAPI description, and GitHub's failures on demand.
//
//   const standin = await startStandin();
//   standin.state.addPull({ number: 7, head: 'feature/x', files: [{ filename: 'app.py' }] });
//   const octokit = new Octokit({ auth: 'token', baseUrl: standin.url });
//   afterEach(() => standin.assertNoViolations());
//   afterAll(() => standin.close());
import type { RecordedRequest } from './exchange.js';
import type { FaultInjector } from './faults.js';
import { RouteTable } from './routes.js';
import { StandinServer } from './server.js';
import { loadGitHubSpec } from './spec.js';
import { StandinState } from './state.js';

export type { RecordedRequest } from './exchange.js';
export type { Fault, FaultInjector, FaultRule } from './faults.js';
export type * from './records.js';
export type { BranchSeed, IssueSeed, LabelSeed, PullFileSeed, PullSeed } from './seeds.js';
export { fakeSha } from './seeds.js';
export { StandinState, type RepositorySettings } from './state.js';
export { pluck, rawCall, statusOf, type RawAnswer } from './raw.js';

export interface StartOptions {
  /** Defaults to 'octo-org'. */
  owner?: string;
  /** Defaults to 'octo-repo'. */
  repo?: string;
}

export interface Standin {
  /** e.g. http://127.0.0.1:PORT; use as Octokit's baseUrl or GITHUB_API_URL. */
  url: string;
  state: StandinState;
  faults: FaultInjector;
  requests: RecordedRequest[];
  /** Requests and answers that broke GitHub's description; such requests were answered 400 "stand-in: …". */
  violations: string[];
  /** Throws listing the violations (then forgets them); call it in afterEach. */
  assertNoViolations(): void;
  /** Returns the violations so far and forgets them, for tests that provoke them on purpose. */
  takeViolations(): string[];
  /** Clears state, faults, recorded requests and violations. */
  reset(): void;
  close(): Promise<void>;
}

let routeTable: RouteTable | undefined;

export async function startStandin(options: StartOptions = {}): Promise<Standin> {
  const spec = loadGitHubSpec();
  routeTable ??= new RouteTable(spec);
  const server = new StandinServer(
    new StandinState(options.owner ?? 'octo-org', options.repo ?? 'octo-repo'),
    spec,
    routeTable,
  );
  await server.listen();
  return server;
}
