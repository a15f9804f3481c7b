import { describe, expect, it } from 'vitest';
import { truncateBytes, truncateLine, truncateMarkdown } from '../../src/github/text-limits.js';

describe('truncateMarkdown', () => {
  it('leaves text within the limit alone', () => {
    expect(truncateMarkdown('a\nb', 3)).toBe('a\nb');
  });

  it('cuts at a line boundary and says how much was cut', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i} ${'x'.repeat(60)}`);
    const text = lines.join('\n');
    const cut = truncateMarkdown(text, 10_000);
    expect(cut.length).toBeLessThanOrEqual(10_000);
    const [kept, note] = cut.split('\n\n> **Cut:** ');
    expect(note).toBeDefined();
    // Every kept line is a whole original line.
    const keptLines = kept!.split('\n');
    expect(keptLines).toEqual(lines.slice(0, keptLines.length));
    const removedLines = lines.length - keptLines.length;
    const removedChars = text.length - kept!.length - 1;
    expect(note).toBe(
      `${removedChars.toLocaleString('en-US')} more characters (${removedLines.toLocaleString('en-US')} lines) ` +
        'did not fit: GitHub allows 10,000 characters here.',
    );
  });

  it('closes a code fence it cut through', () => {
    const text = 'intro\n```\n' + 'code line\n'.repeat(500) + '```\n';
    const cut = truncateMarkdown(text, 1000);
    expect(cut.length).toBeLessThanOrEqual(1000);
    expect(cut.match(/^```/gm)).toHaveLength(2);
  });

  it('cuts inside a single long line without splitting an emoji', () => {
    const text = '😀'.repeat(5000);
    const cut = truncateMarkdown(text, 1001);
    expect(cut.length).toBeLessThanOrEqual(1001);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('truncateLine and truncateBytes', () => {
  it('cuts one-line text to the limit with an ellipsis', () => {
    expect(truncateLine('a'.repeat(200), 140)).toBe('a'.repeat(139) + '…');
    expect(truncateLine('short', 140)).toBe('short');
  });

  it('cuts by UTF-8 bytes without leaving half a character', () => {
    const cut = truncateBytes('é'.repeat(100), 51);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(51);
    expect(cut).toBe('é'.repeat(24) + '…');
  });
});
