/** The gate's report in each form the CLI and the action write. */
import type { GateResult } from '../report.js';
import { toMarkdown } from './markdown.js';
import { toText } from './text.js';

export const GATE_FORMATS = ['text', 'json', 'markdown'] as const;
export type GateFormat = (typeof GATE_FORMATS)[number];

export function renderGate(result: GateResult, format: GateFormat): string {
  if (format === 'json') return `${JSON.stringify(result.report, null, 2)}\n`;
  return format === 'markdown' ? toMarkdown(result) : toText(result);
}
