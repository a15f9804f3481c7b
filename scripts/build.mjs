// Bundles src/entry.ts with ncc into dist/shipgate/ (one bundle, lazily loaded chunks), and writes for
// each front end in its ENTRIES table (every action and the CLI) a two-line stub dist/<name>/index.js
// that starts it. Every heavy dependency is in dist/ once, whatever the number of actions.
// Deterministic: no source maps with absolute paths, no minification, no timestamps; a test rebuilds
// into a temporary folder and compares the result with the committed dist/ byte for byte.
import { readFile, readdir, rm, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = path.resolve(root, process.argv[2] ?? 'dist');
const SHARED = 'shipgate';

/** The names in src/entry.ts's ENTRIES table; every src/actions/<name>.ts must be one of them. */
async function entryNames() {
  const source = await readFile(path.join(root, 'src/entry.ts'), 'utf8');
  const table = /export const ENTRIES = \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  const names = [...table.matchAll(/^\s+'?([\w-]+)'?:/gm)].map((m) => m[1]);
  const actions = (await readdir(path.join(root, 'src/actions')))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3));
  const missing = actions.filter((name) => !names.includes(name));
  if (missing.length > 0)
    throw new Error(`src/entry.ts: ENTRIES has no entry for src/actions/${missing.join('.ts, ')}.ts`);
  return names.sort();
}

async function bundle(into) {
  const { code, assets } = await ncc(path.join(root, 'src/entry.ts'), {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  const dir = path.join(into, SHARED);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), asset.source);
  }
}

async function stub(into, name) {
  const dir = path.join(into, name);
  await mkdir(dir, { recursive: true });
  const shebang = name === 'cli' ? '#!/usr/bin/env node\n' : '';
  const code = `${shebang}import { start } from '../${SHARED}/index.js';\n\nawait start('${name}');\n`;
  await writeFile(path.join(dir, 'index.js'), code);
  await writeFile(path.join(dir, 'package.json'), '{"type":"module"}\n');
}

const staging = `${outRoot}.staging-${process.pid}`;
await rm(staging, { recursive: true, force: true });
const names = await entryNames();
await bundle(staging);
console.log(`built ${path.relative(root, path.join(outRoot, SHARED, 'index.js'))}`);
for (const name of names) await stub(staging, name);
console.log(`wrote stubs for ${names.join(', ')}`);
// Swap in the new output only once everything is built, so a failed build never leaves dist/ half-written.
await rm(outRoot, { recursive: true, force: true });
await rename(staging, outRoot);
