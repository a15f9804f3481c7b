/** One entry point for every output format of the compliance report. */
import type { ComplianceReport } from '../report.js';
import { type MarkdownOptions, toMarkdown } from './markdown/index.js';
import { type SarifOptions, toSarif } from './sarif/index.js';
import { type TextOptions, toText } from './text.js';

export * from './markdown/index.js';
export * from './sarif/index.js';
export * from './text.js';
export * from './markdown/tracking-issue.js';

export const REPORT_FORMATS = ['json', 'sarif', 'markdown', 'text'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of every format; each format reads only its own. */
export type RenderOptions = SarifOptions & MarkdownOptions & TextOptions;

const asJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function renderReport(report: ComplianceReport, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return asJson(report);
    case 'sarif':
      return asJson(toSarif(report, options));
    case 'markdown':
      return toMarkdown(report, options);
    case 'text':
      return toText(report, options);
  }
}
