/** One entry point for every output format of the conflicts report. */
import type { ConflictsReport } from '../report/report.js';
import { toMarkdown, type MarkdownOptions } from './markdown/index.js';
import { toText } from './text.js';

export const CONFLICTS_FORMATS = ['text', 'json', 'markdown'] as const;
export type ConflictsFormat = (typeof CONFLICTS_FORMATS)[number];

export function renderConflicts(
  report: ConflictsReport,
  format: ConflictsFormat,
  options: MarkdownOptions = {},
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return toMarkdown(report, options);
    case 'text':
      return toText(report);
  }
}

export { toMarkdown, type MarkdownOptions };
