// The text side of sticky comments: the hidden marker that finds them, and when two bodies count as equal.
import { LIMITS, truncateMarkdown } from './text-limits.js';

const PURPOSE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The hidden first line that identifies shipgate's comment for one purpose. */
export function stickyMarker(purpose: string): string {
  if (!PURPOSE_PATTERN.test(purpose)) {
    throw new Error(`A sticky comment purpose must be letters, digits, ".", "_" or "-", not "${purpose}".`);
  }
  return `<!-- shipgate:${purpose} -->`;
}

/** The full comment body: marker line, then the text cut to GitHub's limit. */
export function stickyBody(purpose: string, body: string): string {
  const marker = stickyMarker(purpose);
  return `${marker}\n${truncateMarkdown(body, LIMITS.commentBody - marker.length - 1)}`;
}

// GitHub may store line endings as CRLF and trim trailing blanks; neither is a change worth a write.
export function sameText(stored: string, wanted: string): boolean {
  const normalize = (text: string): string => text.replace(/\r\n/g, '\n').trimEnd();
  return normalize(stored) === normalize(wanted);
}
