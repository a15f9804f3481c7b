import type { RestEndpointMethodTypes } from '@octokit/plugin-rest-endpoint-methods';
import { silentLogger, type Logger } from '../logger.js';
import type { GitHubClient } from './client.js';
import { withPermission } from './permissions.js';
import type { RepoRef } from './repo.js';
import { LIMITS, truncateBytes, truncateLine, truncateMarkdown } from './text-limits.js';

export type AnnotationLevel = 'notice' | 'warning' | 'failure';
export type CheckStatus = 'queued' | 'in_progress' | 'completed';
export type CheckConclusion =
  | 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

/** One finding on lines of a file; columns only count when it spans a single line. */
export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
  level: AnnotationLevel;
  message: string;
  title?: string;
  rawDetails?: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
}

export interface NewCheckRun {
  name: string;
  headSha: string;
  /** Defaults to "in_progress"; "completed" needs a conclusion. */
  status?: CheckStatus;
  conclusion?: CheckConclusion;
  detailsUrl?: string;
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

type UpdateParameters = RestEndpointMethodTypes['checks']['update']['parameters'];
type ApiOutput = NonNullable<RestEndpointMethodTypes['checks']['create']['parameters']['output']>;
type ApiAnnotation = NonNullable<ApiOutput['annotations']>[number];
type RunFields = Pick<UpdateParameters, 'status' | 'conclusion' | 'details_url' | 'completed_at'>;

/** GitHub takes at most this many annotations per request; more go in further updates. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** Check runs of one repository: created, updated and completed with any number of annotations. */
export class CheckRuns {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly logger: Logger = silentLogger,
  ) {}

  /** Creates a check run; annotations beyond the first 50 follow in updates, the last one completing it. */
  async create(run: NewCheckRun): Promise<CheckRunRef> {
    const batches = annotationBatches(run.output?.annotations ?? []);
    const fields = runFields(run.status ?? 'in_progress', run.conclusion, run.detailsUrl);
    // With batches still to send, the run stays open until the last one, which carries the completion.
    const first: RunFields = batches.length > 1 ? { details_url: fields.details_url, status: 'in_progress' } : fields;
    const { data } = await withPermission('checks: write', 'create a check run', () =>
      this.client.rest.checks.create({
        ...this.repo,
        name: run.name,
        head_sha: run.headSha,
        external_id: run.externalId,
        ...first,
        output: run.output && apiOutput(run.output, batches[0] ?? []),
      }), { notFoundMeansDenied: true });
    this.logger.debug(`Created check run "${run.name}" (${String(data.id)}).`);
    const ref = { id: Number(data.id), htmlUrl: data.html_url };
    if (run.output && batches.length > 1) await this.sendBatches(ref.id, run.output, batches.slice(1), fields);
    return ref;
  }

  /** Updates a check run; new annotations are appended to those it has, 50 per request. */
  async update(id: number, update: CheckRunUpdate): Promise<void> {
    const fields = runFields(update.status, update.conclusion, update.detailsUrl);
    if (update.output === undefined) return this.patch(id, fields);
    const batches = annotationBatches(update.output.annotations ?? []);
    await this.sendBatches(id, update.output, batches.length === 0 ? [[]] : batches, fields);
  }

  private async sendBatches(id: number, output: CheckOutput, batches: ApiAnnotation[][], last: RunFields): Promise<void> {
    for (const [index, batch] of batches.entries()) {
      const isLast = index === batches.length - 1;
      await this.patch(id, { ...(isLast ? last : {}), output: apiOutput(output, batch) });
    }
  }

  private async patch(id: number, body: RunFields & { output?: ApiOutput }): Promise<void> {
    const annotations = body.output?.annotations?.length ?? 0;
    await withPermission('checks: write', `update check run ${id}`, () =>
      this.client.rest.checks.update({ ...this.repo, check_run_id: id, ...body }));
    this.logger.debug(`Updated check run ${id}${annotations > 0 ? ` with ${annotations} annotations` : ''}.`);
  }
}

function runFields(status: CheckStatus | undefined, conclusion: CheckConclusion | undefined, detailsUrl?: string): RunFields {
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

/** Title, summary and text cut to GitHub's limits (the same each request: GitHub replaces them). */
function apiOutput(output: CheckOutput, annotations: ApiAnnotation[]): ApiOutput {
  return {
    title: truncateLine(output.title, LIMITS.checkRunTitle),
    summary: truncateMarkdown(output.summary, LIMITS.checkRunSummary),
    text: output.text === undefined ? undefined : truncateMarkdown(output.text, LIMITS.checkRunText),
    annotations: annotations.length > 0 ? annotations : undefined,
  };
}

export function annotationBatches(annotations: CheckAnnotation[]): ApiAnnotation[][] {
  const batches: ApiAnnotation[][] = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST).map(toApiAnnotation));
  }
  return batches;
}

/** One annotation within GitHub's rules: lines from 1, end not before start, fields cut to size. */
export function toApiAnnotation(annotation: CheckAnnotation): ApiAnnotation {
  const startLine = Math.max(1, Math.floor(annotation.startLine));
  const endLine = Math.max(startLine, Math.floor(annotation.endLine ?? startLine));
  const result: ApiAnnotation = {
    path: annotation.path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, ''),
    start_line: startLine,
    end_line: endLine,
    annotation_level: annotation.level,
    message: truncateBytes(annotation.message.trim() === '' ? '(no message)' : annotation.message, LIMITS.annotationBytes),
  };
  if (annotation.title) result.title = truncateLine(annotation.title, LIMITS.annotationTitle);
  if (annotation.rawDetails) result.raw_details = truncateBytes(annotation.rawDetails, LIMITS.annotationBytes);
  // GitHub accepts columns only on single-line annotations.
  if (startLine === endLine && annotation.startColumn !== undefined) {
    result.start_column = Math.max(1, Math.floor(annotation.startColumn));
    result.end_column = Math.max(result.start_column, Math.floor(annotation.endColumn ?? annotation.startColumn));
  }
  return result;
}
