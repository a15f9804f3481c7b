// Writes the README's reference parts from their sources, so they cannot drift: each action's inputs and
// outputs from its action.yml, and the config reference from the JSON Schema. The parts sit between
// `<!-- generated: … -->` and `<!-- end generated -->` lines. `node scripts/docs.mjs` rewrites them;
// `--check` exits 1 when the README is not current (a test runs it).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const README = path.join(root, 'README.md');
const BLOCK = /(<!-- generated: (.+?) -->\n)[\s\S]*?(<!-- end generated -->)/g;

const cell = (text) =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text === '' ? '—' : `\`${cell(text)}\``);

async function actionTables(file) {
  const metadata = parse(await readFile(path.join(root, file), 'utf8'));
  const inputs = Object.entries(metadata.inputs ?? {}).map(
    ([name, input]) => `| \`${name}\` | ${code(input.default ?? '')} | ${cell(input.description ?? '')} |`,
  );
  const outputs = Object.entries(metadata.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`,
  );
  const lines = ['| input | default | description |', '|---|---|---|', ...inputs];
  if (outputs.length > 0) lines.push('', '| output | description |', '|---|---|', ...outputs);
  return lines.join('\n');
}

/** A schema node resolved through `$ref` within its own file's definitions. */
function resolve(node, file) {
  if (node?.$ref?.startsWith('#/definitions/')) return resolve(file.definitions[node.$ref.slice(14)], file);
  return node ?? {};
}

function typeOf(node, file) {
  const resolved = resolve(node, file);
  if (resolved.enum) return resolved.enum.map((v) => `\`${v}\``).join(', ');
  if (resolved.const !== undefined) return `\`${resolved.const}\``;
  if (resolved.oneOf) return resolved.oneOf.map((branch) => typeOf(branch, file)).join(' or ');
  if (resolved.type === 'array') return `list of ${typeOf(resolved.items, file)}`;
  if (resolved.type === 'object' && !resolved.properties) return 'map';
  return resolved.type ?? 'value';
}

/** One row per key, nested objects (and their list items and map values) walked to the leaves. */
function rows(properties, file, prefix, out) {
  for (const [key, raw] of Object.entries(properties ?? {})) {
    const node = resolve(raw, file);
    const name = `${prefix}${key}`;
    const description = raw.description ?? node.description ?? node['x-pattern-text'] ?? '';
    out.push(`| \`${name}\` | ${cell(typeOf(raw, file))} | ${cell(description)} |`);
    const item = node.type === 'array' ? resolve(node.items, file) : undefined;
    const value =
      node.type === 'object' && typeof node.additionalProperties === 'object'
        ? resolve(node.additionalProperties, file)
        : undefined;
    if (node.properties) rows(node.properties, file, `${name}.`, out);
    else if (item?.properties) rows(item.properties, file, `${name}[].`, out);
    else if (value?.properties) rows(value.properties, file, `${name}.<name>.`, out);
  }
}

async function configReference() {
  const rootSchema = JSON.parse(await readFile(path.join(root, 'schema/shipgate.schema.json'), 'utf8'));
  const out = ['| key | type | description |', '|---|---|---|'];
  for (const [key, raw] of Object.entries(rootSchema.properties)) {
    if (!raw.$ref) {
      rows({ [key]: raw }, rootSchema, '', out);
      continue;
    }
    const section = JSON.parse(await readFile(path.join(root, 'schema', raw.$ref), 'utf8'));
    out.push(`| \`${key}\` | section | ${cell(section.description ?? section.title ?? '')} |`);
    rows(section.properties, section, `${key}.`, out);
  }
  return out.join('\n');
}

async function render(what) {
  if (what === 'config reference') return configReference();
  const match = /^inputs and outputs of (.+)$/.exec(what);
  if (match) return actionTables(match[1]);
  throw new Error(`README.md: unknown generated part "${what}"`);
}

const current = await readFile(README, 'utf8');
const parts = [...current.matchAll(BLOCK)];
let next = current;
for (const [whole, open, what, close] of parts) next = next.replace(whole, `${open}${await render(what)}\n${close}`);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md is not current: run node scripts/docs.mjs');
    process.exitCode = 1;
  }
} else if (next !== current) {
  await writeFile(README, next);
  console.log(`README.md: ${parts.length} generated parts rewritten`);
}
