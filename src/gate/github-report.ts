/** What the quality gate tells GitHub: the check run (with its stored metrics) and the sticky comment. */
import type { CheckAnnotation } from '../github/check-runs.js';
import { publishCheckRun, publishStickyComment, type PublishTarget } from '../publishing/pull-request.js';
import { encodeRecord } from './baseline/record.js';
import { toMarkdown } from './formats/markdown.js';
import { verdictLine } from './formats/describe.js';
import type { GateResult } from './report.js';

/** The check run's name: branch protection and the deploy action require it by this name. */
export const GATE_CHECK_RUN_NAME = 'shipgate / quality gate';
const COMMENT_PURPOSE = 'quality-gate';

export interface GateLinks {
  /** e.g. https://github.com/o/r/blob/<sha>, for links to uncovered changed lines */
  blobUrl?: string;
}

/** Failed tests where they fail, then lint errors on changed lines: what a reviewer should look at first. */
export function gateAnnotations(result: GateResult): CheckAnnotation[] {
  const tests = result.failures.flatMap((f): CheckAnnotation[] =>
    f.place
      ? [
          {
            path: f.place.path,
            startLine: f.place.line,
            level: 'failure',
            title: `Test failed: ${f.name}`,
            message: f.message,
            rawDetails: f.details,
          },
        ]
      : [],
  );
  const lint = (result.newCode?.lintErrors ?? []).map((e): CheckAnnotation => ({
    path: e.place!.path,
    startLine: e.place!.line,
    level: 'failure',
    title: `New lint error: ${e.rule}`,
    message: e.message,
  }));
  return [...tests, ...lint];
}

/** success, failure, or neutral when the gate failed but only reports (fail-on: never). */
function conclusionOf(result: GateResult): 'success' | 'failure' | 'neutral' {
  if (result.report.passed) return 'success';
  return result.failOn === 'never' ? 'neutral' : 'failure';
}

/** The trend this commit passes on: the baseline's, with this run's point added by the record. */
function recordOf(result: GateResult, headSha: string): string {
  const previous = result.baseline.state === 'found' ? result.baseline.trend : [];
  return encodeRecord(headSha, result.report.metrics, previous);
}

export function publishGateCheckRun(target: PublishTarget, result: GateResult, headSha: string, links: GateLinks) {
  const record = recordOf(result, headSha);
  return publishCheckRun(target, {
    name: GATE_CHECK_RUN_NAME,
    headSha,
    conclusion: conclusionOf(result),
    title: verdictLine(result),
    summary: (maxChars) => `${toMarkdown(result, { ...links, maxChars: maxChars - record.length - 1 })}\n${record}`,
    annotations: gateAnnotations(result),
    overflowHint: 'the JUnit and lint reports',
  });
}

export function publishGateComment(target: PublishTarget, result: GateResult, pullNumber: number, links: GateLinks) {
  return publishStickyComment(target, pullNumber, COMMENT_PURPOSE, toMarkdown(result, links));
}
