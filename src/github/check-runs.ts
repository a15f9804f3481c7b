import type { RestEndpointMethodTypes } from '@octokit/plugin-rest-endpoint-methods';
import { silentLogger, type Logger } from '../core/logger.js';
import {
  annotationBatches,
  apiOutput,
  type ApiAnnotation,
  type ApiOutput,
  type CheckOutput,
} from './check-run-output.js';
import type { GitHubClient } from './client.js';
import { NO_BLIND_RETRY, createOnce, creationNonce } from './create-once.js';
import { withPermission } from './permissions.js';
import type { RepoRef } from './repo.js';
import { statusOf } from './request-error.js';

// The output and annotation types and helpers are part of this module's API.
export { ANNOTATIONS_PER_REQUEST, annotationBatches, toApiAnnotation } from './check-run-output.js';
export type { AnnotationLevel, CheckAnnotation, CheckOutput } from './check-run-output.js';

export type CheckStatus = 'queued' | 'in_progress' | 'completed';
export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export interface NewCheckRun {
  name: string;
  headSha: string;
  /** Defaults to "in_progress"; "completed" needs a conclusion. */
  status?: CheckStatus;
  conclusion?: CheckConclusion;
  detailsUrl?: string;
  /**
   * Your reference for this run; it must differ from run to run. Without it shipgate sets a unique one:
   * either way it is how shipgate recognises the run when GitHub fails while creating it.
   */
  externalId?: string;
  output?: CheckOutput;
}

export interface CheckRunUpdate {
  status?: CheckStatus;
  conclusion?: CheckConclusion;
  detailsUrl?: string;
  output?: CheckOutput;
}

export interface CheckRunRef {
  id: number;
  htmlUrl: string | null;
}

/** A check run as read back: where it stands and what it said. */
export interface CheckRunView extends CheckRunRef {
  name: string;
  headSha: string;
  status: CheckStatus;
  conclusion: CheckConclusion | null;
  output: { title: string | null; summary: string | null; text: string | null };
}

type UpdateParameters = RestEndpointMethodTypes['checks']['update']['parameters'];
type RunFields = Pick<UpdateParameters, 'status' | 'conclusion' | 'details_url' | 'completed_at'>;
type RunBody = RunFields & { output?: ApiOutput };

/** Check runs of one repository: created, updated and completed with any number of annotations. */
export class CheckRuns {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly logger: Logger = silentLogger,
  ) {}

  /**
   * Creates a check run in its final state (a conclusion completes it) with the first 50 annotations; the
   * rest are appended by updates. Should one of those fail, the run still shows its conclusion (it is not
   * left in progress, blocking required checks) and the error is thrown.
   */
  async create(run: NewCheckRun): Promise<CheckRunRef> {
    const batches = annotationBatches(run.output?.annotations ?? []);
    const fields = runFields(run.status ?? 'in_progress', run.conclusion, run.detailsUrl);
    const body: RunBody = { ...fields, output: run.output && apiOutput(run.output, batches[0] ?? []) };
    const externalId = run.externalId ?? creationNonce();
    const ref = await createOnce(
      this.client,
      `create the check run "${run.name}"`,
      () => this.post(run, externalId, body),
      () => this.findCreated(run, externalId),
    );
    if (run.output && batches.length > 1) await this.sendBatches(ref.id, run.output, batches.slice(1), {});
    return ref;
  }

  /** Updates a check run; new annotations are appended to those it has, 50 per request. */
  async update(id: number, update: CheckRunUpdate): Promise<void> {
    const fields = runFields(update.status, update.conclusion, update.detailsUrl);
    if (update.output === undefined) return this.patch(id, fields);
    const batches = annotationBatches(update.output.annotations ?? []);
    await this.sendBatches(id, update.output, batches.length === 0 ? [[]] : batches, fields);
  }

  /**
   * The newest run of that name on a commit (a re-run replaces the earlier one), or undefined when the
   * commit has none or GitHub does not know the commit.
   */
  async latest(ref: string, name: string): Promise<CheckRunView | undefined> {
    try {
      const { data } = await withPermission('checks: read', `read the check runs of ${ref.slice(0, 12)}`, () =>
        this.client.rest.checks.listForRef({ ...this.repo, ref, check_name: name, filter: 'latest', per_page: 1 }),
      );
      const run = data.check_runs[0];
      return run && toView(run);
    } catch (error) {
      if (statusOf(error) === 422 || statusOf(error) === 404) return undefined; // a commit GitHub has not seen
      throw error;
    }
  }

  private async post(run: NewCheckRun, externalId: string, body: RunBody): Promise<CheckRunRef> {
    const { data } = await withPermission(
      'checks: write',
      'create a check run',
      () =>
        this.client.rest.checks.create({
          ...this.repo,
          name: run.name,
          head_sha: run.headSha,
          external_id: externalId,
          ...body,
          request: NO_BLIND_RETRY,
        }),
      { notFoundMeansDenied: true },
    );
    this.logger.debug(`Created check run "${run.name}" (${String(data.id)}).`);
    return { id: Number(data.id), htmlUrl: data.html_url };
  }

  /**
   * The run a failed attempt made, by its external id: unique per run, so an earlier run of the same name
   * on the same commit (a re-run) is never taken for it.
   */
  private async findCreated(run: NewCheckRun, externalId: string): Promise<CheckRunRef | undefined> {
    const runs = await withPermission('checks: write', `look for the check run "${run.name}"`, () =>
      this.client.paginate(this.client.rest.checks.listForRef, {
        ...this.repo,
        ref: run.headSha,
        check_name: run.name,
        filter: 'all',
        per_page: 100,
      }),
    );
    const found = runs.find((candidate) => candidate.external_id === externalId);
    return found && { id: Number(found.id), htmlUrl: found.html_url };
  }

  /** The first request carries the run's fields; the others only append annotations (GitHub wants title and summary each time). */
  private async sendBatches(
    id: number,
    output: CheckOutput,
    batches: ApiAnnotation[][],
    first: RunFields,
  ): Promise<void> {
    for (const [index, batch] of batches.entries()) {
      await this.patch(id, { ...(index === 0 ? first : {}), output: apiOutput(output, batch) });
    }
  }

  private async patch(id: number, body: RunBody): Promise<void> {
    const annotations = body.output?.annotations?.length ?? 0;
    await withPermission('checks: write', `update check run ${id}`, () =>
      this.client.rest.checks.update({ ...this.repo, check_run_id: id, ...body }),
    );
    this.logger.debug(`Updated check run ${id}${annotations > 0 ? ` with ${annotations} annotations` : ''}.`);
  }
}

type ApiCheckRun = RestEndpointMethodTypes['checks']['listForRef']['response']['data']['check_runs'][number];

function toView(run: ApiCheckRun): CheckRunView {
  return {
    id: Number(run.id),
    htmlUrl: run.html_url,
    name: run.name,
    headSha: run.head_sha,
    status: run.status as CheckStatus,
    conclusion: run.conclusion as CheckConclusion | null,
    output: { title: run.output.title, summary: run.output.summary, text: run.output.text },
  };
}

function runFields(
  status: CheckStatus | undefined,
  conclusion: CheckConclusion | undefined,
  detailsUrl?: string,
): RunFields {
  if (status === 'completed' && conclusion === undefined) {
    throw new Error('A completed check run needs a conclusion.');
  }
  const completed = conclusion !== undefined;
  return {
    status: completed ? 'completed' : status,
    conclusion,
    completed_at: completed ? new Date().toISOString() : undefined,
    details_url: detailsUrl,
  };
}
