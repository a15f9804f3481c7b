// Check runs: create, update (annotations accumulate), get, list annotations, list for a commit.
import {
  GitHubError,
  invalidRequest,
  linkHeaders,
  notFound,
  pageResult,
  paginate,
  type Handler,
  type HandlerContext,
} from '../http.js';
import type { AnnotationRecord, CheckConclusion, CheckRunRecord, CheckStatus } from '../records.js';
import { annotationJson, checkRunJson } from '../render/checks.js';
import type { StandinState } from '../state.js';
import { intParam, newestFirst, ok } from './common.js';

interface OutputInput {
  title?: string;
  summary?: string;
  text?: string;
  annotations?: AnnotationRecord[];
}

interface CheckRunInput {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckStatus;
  conclusion?: CheckConclusion;
  started_at?: string;
  completed_at?: string;
  output?: OutputInput;
}

type Progress = Pick<CheckRunRecord, 'status' | 'conclusion' | 'completedAt'>;

export const MAX_ANNOTATIONS_PER_REQUEST = 50;
export const MAX_OUTPUT_CHARACTERS = 65535;

/** A commit sha or branch the repository knows; GitHub answers 422 for anything else. */
export function requireCommit(state: StandinState, ref: string): string {
  const sha = state.resolveRef(ref);
  if (!sha) throw new GitHubError(422, `No commit found for SHA: ${ref}`);
  return sha;
}

function requireRun(context: HandlerContext): CheckRunRecord {
  const run = context.state.checkRuns.find((r) => r.id === intParam(context, 'check_run_id'));
  if (!run) throw notFound();
  return run;
}

/** Status and conclusion rules GitHub enforces: a conclusion completes the run, completing needs a conclusion. */
function nextProgress(current: Progress, input: CheckRunInput, now: string): Progress {
  if (input.conclusion === 'stale') throw invalidRequest('"stale" is a conclusion only GitHub can set.');
  if (input.conclusion !== undefined) {
    if (input.status !== undefined && input.status !== 'completed') {
      throw invalidRequest(`A "conclusion" completes the check run; it cannot go with status "${input.status}".`);
    }
    return {
      status: 'completed',
      conclusion: input.conclusion,
      completedAt: input.completed_at ?? current.completedAt ?? now,
    };
  }
  if (input.status === 'completed' || input.completed_at !== undefined) {
    if (current.conclusion === null) throw invalidRequest('"conclusion" wasn\'t supplied.');
    return {
      status: 'completed',
      conclusion: current.conclusion,
      completedAt: input.completed_at ?? current.completedAt ?? now,
    };
  }
  if (input.status !== undefined) return { status: input.status, conclusion: null, completedAt: null };
  return current;
}

function checkOutput(output: OutputInput): AnnotationRecord[] {
  for (const field of ['summary', 'text'] as const) {
    const length = output[field]?.length ?? 0;
    if (length > MAX_OUTPUT_CHARACTERS)
      throw invalidRequest(`output.${field} is too long (${length} characters, maximum is ${MAX_OUTPUT_CHARACTERS}).`);
  }
  const annotations = output.annotations ?? [];
  if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
    throw invalidRequest(
      `Only ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request, got ${annotations.length}.`,
    );
  }
  return annotations.map(annotationFrom);
}

function annotationFrom(input: AnnotationRecord): AnnotationRecord {
  const hasColumns = input.start_column !== undefined || input.end_column !== undefined;
  if (hasColumns && input.start_line !== input.end_line) {
    throw invalidRequest(
      `start_column and end_column are only allowed when start_line equals end_line (${input.path}:${input.start_line}-${input.end_line}).`,
    );
  }
  const { path, start_line, end_line, start_column, end_column, annotation_level, message, title, raw_details } = input;
  const record: AnnotationRecord = { path, start_line, end_line, annotation_level, message };
  return Object.assign(record, dropUndefined({ start_column, end_column, title, raw_details }));
}

function dropUndefined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Everything is checked before anything changes, so a refused update leaves the run as it was. */
function applyInput(run: CheckRunRecord, input: CheckRunInput, now: string): void {
  const progress = nextProgress(run, input, now);
  const added = input.output ? checkOutput(input.output) : [];
  Object.assign(run, progress);
  if (input.name !== undefined) run.name = input.name;
  if (input.details_url !== undefined) run.detailsUrl = input.details_url;
  if (input.external_id !== undefined) run.externalId = input.external_id;
  if (input.started_at !== undefined) run.startedAt = input.started_at;
  if (input.output) {
    const { title, summary, text } = input.output;
    run.output = {
      title: title ?? run.output.title,
      summary: summary ?? run.output.summary,
      text: text ?? run.output.text,
    };
    run.annotations.push(...added); // GitHub appends annotations across updates
  }
}

function checkSuiteFor(state: StandinState, headSha: string): number {
  return state.checkRuns.find((run) => run.headSha === headSha)?.checkSuiteId ?? state.nextId('checkSuite');
}

const createCheckRun: Handler = (context) => {
  const { state } = context;
  const input = context.body as CheckRunInput;
  const headSha = requireCommit(state, input.head_sha ?? '');
  const run: CheckRunRecord = {
    id: 0,
    name: input.name ?? '',
    headSha,
    status: 'queued',
    conclusion: null,
    startedAt: state.now(),
    completedAt: null,
    detailsUrl: null,
    externalId: null,
    output: { title: null, summary: null, text: null },
    annotations: [],
    checkSuiteId: checkSuiteFor(state, headSha),
  };
  applyInput(run, input, state.now());
  run.id = state.nextId('checkRun');
  state.checkRuns.push(run);
  return { status: 201, body: checkRunJson(run, state, context.urls) };
};

const updateCheckRun: Handler = (context) => {
  const run = requireRun(context);
  applyInput(run, context.body as CheckRunInput, context.state.now());
  return ok(checkRunJson(run, context.state, context.urls));
};

const getCheckRun: Handler = (context) => ok(checkRunJson(requireRun(context), context.state, context.urls));

const listAnnotations: Handler = (context) => {
  const run = requireRun(context);
  return pageResult(run.annotations, context, (annotation) => annotationJson(annotation, run, context.urls));
};

/** `filter=latest` (the default) keeps only the most recent run of each name. */
function latestPerName(runs: CheckRunRecord[]): CheckRunRecord[] {
  const latest = new Map<string, CheckRunRecord>();
  for (const run of runs) {
    const seen = latest.get(run.name);
    if (!seen || seen.id < run.id) latest.set(run.name, run);
  }
  return [...latest.values()];
}

const listForRef: Handler = (context) => {
  const { query, state } = context;
  const sha = requireCommit(state, context.params.ref ?? '');
  let runs = state.checkRuns.filter((run) => run.headSha === sha);
  if (query.get('check_name') !== null) runs = runs.filter((run) => run.name === query.get('check_name'));
  if (query.get('status') !== null) runs = runs.filter((run) => run.status === query.get('status'));
  if ((query.get('filter') ?? 'latest') === 'latest') runs = latestPerName(runs);
  const sorted = newestFirst(runs);
  const page = paginate(sorted, context.requestUrl);
  const body = {
    total_count: sorted.length,
    check_runs: page.items.map((run) => checkRunJson(run, state, context.urls)),
  };
  return { status: 200, body, headers: linkHeaders(page) };
};

export const checkHandlers: Record<string, Handler> = {
  'checks/create': createCheckRun,
  'checks/update': updateCheckRun,
  'checks/get': getCheckRun,
  'checks/list-annotations': listAnnotations,
  'checks/list-for-ref': listForRef,
};
