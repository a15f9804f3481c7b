/** New code in Markdown: how many changed lines ran, and links to those that did not. */
import type { GateResult } from '../report.js';

const SHOWN = 20;

function lineLink(path: string, [start, end]: [number, number], blobUrl: string | undefined): string {
  const text = start === end ? String(start) : `${start}–${end}`;
  if (!blobUrl) return text;
  return `[${text}](${blobUrl}/${path.split('/').map(encodeURIComponent).join('/')}#L${start}${end === start ? '' : `-L${end}`})`;
}

export function newCodeSection(result: GateResult, blobUrl: string | undefined): string {
  const code = result.newCode;
  if (!code || code.coverable === 0) return '';
  const head = `**New code:** ${code.covered} of ${code.coverable} changed coverable lines covered.`;
  if (code.uncovered.length === 0) return head;
  const files = code.uncovered
    .slice(0, SHOWN)
    .map((f) => `- \`${f.path}\`: ${f.ranges.map((r) => lineLink(f.path, r, blobUrl)).join(', ')}`);
  const more = code.uncovered.length > SHOWN ? [`- … and ${code.uncovered.length - SHOWN} more file(s)`] : [];
  return [
    head,
    '',
    '<details open><summary>Changed lines not covered</summary>',
    '',
    ...files,
    ...more,
    '',
    '</details>',
  ].join('\n');
}
