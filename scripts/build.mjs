// Bundles every action entry (src/actions/*.ts) and the CLI with ncc into dist/<name>/index.js.
// Deterministic: no source maps with absolute paths, no minification, no timestamps; a test rebuilds
// into a temporary folder and compares the result with the committed dist/ byte for byte.
import { readdir, rm, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = path.resolve(root, process.argv[2] ?? 'dist');

async function entries() {
  const actionFiles = (await readdir(path.join(root, 'src/actions'))).filter((f) => f.endsWith('.ts')).sort();
  const actions = actionFiles.map((f) => ({ name: f.slice(0, -3), file: path.join(root, 'src/actions', f) }));
  return [...actions, { name: 'cli', file: path.join(root, 'src/cli/index.ts') }];
}

async function bundle(entry, into) {
  const { code, assets } = await ncc(entry.file, {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  const dir = path.join(into, entry.name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), asset.source);
  }
}

const staging = `${outRoot}.staging-${process.pid}`;
await rm(staging, { recursive: true, force: true });
for (const entry of await entries()) {
  await bundle(entry, staging);
  console.log(`built ${path.relative(root, path.join(outRoot, entry.name, 'index.js'))}`);
}
// Swap in the new output only once every bundle built, so a failed build never leaves dist/ half-written.
await rm(outRoot, { recursive: true, force: true });
await rename(staging, outRoot);
