// The text side of the generated repository: a seeded random source, file contents, fast-import commands.

export const TEAMS = ['realtime', 'ai-workflow', 'payments', 'search', 'platform', 'mobile'];
export const HOT_FILES = ['services/common/settings.py', 'CHANGELOG.md', 'services/common/routes.py'];
const LINES_PER_FILE = 40;

/** A small seeded generator (mulberry32): the same seed gives the same repository. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function baseFiles(count) {
  const files = new Map();
  for (const hot of HOT_FILES) files.set(hot, linesOf(hot, 60));
  for (let i = 0; files.size < count; i++) {
    const team = TEAMS[i % TEAMS.length];
    const path = `services/${team}/mod${Math.floor(i / 60) % 40}/file_${i}.py`;
    files.set(path, linesOf(path, LINES_PER_FILE));
  }
  return files;
}

export function linesOf(path, count) {
  return Array.from({ length: count }, (_, k) => `# ${path} line ${k + 1}: value = ${(k * 7919) % 1009}`);
}

/** One commit for fast-import: files set (content array, or a Buffer for binary) and paths deleted. */
export function commitCommand({ ref, mark, from, message, time, changes, deletes }) {
  const parts = [`commit ${ref}\nmark :${mark}\ncommitter gen <gen@shipgate.invalid> ${time} +0000\n`];
  parts.push(`data ${Buffer.byteLength(message)}\n${message}\n`);
  if (from) parts.push(`from ${from}\n`);
  for (const path of deletes) parts.push(`D ${path}\n`);
  for (const [path, content] of changes) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content.join('\n') + '\n');
    parts.push(`M 100644 inline ${path}\ndata ${data.length}\n`, data, '\n');
  }
  return parts;
}
