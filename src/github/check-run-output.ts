// A check run's output as GitHub takes it: title, summary and text cut to its limits, annotations in batches.
import type { RestEndpointMethodTypes } from '@octokit/plugin-rest-endpoint-methods';
import { LIMITS, truncateBytes, truncateLine, truncateMarkdown } from './text-limits.js';

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

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

export type ApiOutput = NonNullable<RestEndpointMethodTypes['checks']['create']['parameters']['output']>;
export type ApiAnnotation = NonNullable<ApiOutput['annotations']>[number];

/** GitHub takes at most this many annotations per request; more go in further updates. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** Title, summary and text cut to GitHub's limits (the same each request: GitHub replaces them). */
export function apiOutput(output: CheckOutput, annotations: ApiAnnotation[]): ApiOutput {
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
    message: truncateBytes(
      annotation.message.trim() === '' ? '(no message)' : annotation.message,
      LIMITS.annotationBytes,
    ),
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
