/** How branches and paths appear in Markdown: code spans, or a link to the pull request when there is one. */
import type { ConflictsReport } from '../../report/report.js';

/** A code span that survives backticks and table pipes in the text. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/** "[#12](url)" for a pull request's branch, else the branch name as code. */
export function branchLink(report: ConflictsReport, branch: string): string {
  const pull = report.pulls?.[branch];
  return pull ? `[#${pull.number}](${pull.url})` : code(branch);
}

/** The label of a branch in a graph: "#12 feature/x" for a pull request. */
export function branchLabel(report: ConflictsReport, branch: string): string {
  const pull = report.pulls?.[branch];
  return pull ? `#${pull.number} ${pull.headRef}` : branch;
}

/** "#12" for a pull request's branch, else the branch name: for running text such as line ranges. */
export function shortName(report: ConflictsReport, branch: string): string {
  const pull = report.pulls?.[branch];
  return pull ? `#${pull.number}` : branch;
}
