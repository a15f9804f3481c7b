/**
 * The languages the compliance engine knows: how to recognise their files, whether the V2 file-lines
 * rule applies to them (programming languages only), and the syntax the line counter needs.
 */
import type {
  BlockCommentSyntax,
  InterpolationSyntax,
  Language,
  LanguageCategory,
  LineCommentSyntax,
  SpecialLiteral,
  StringSyntax,
} from './language-syntax.js';

export type {
  BlockCommentSyntax,
  InterpolationSyntax,
  Language,
  LanguageCategory,
  LineCommentSyntax,
  SpecialLiteral,
  StringSyntax,
} from './language-syntax.js';

// ---- building blocks shared by several languages ------------------------------------------------

const SLASHES: LineCommentSyntax = { marker: '//' };
const HASH: LineCommentSyntax = { marker: '#' };
const C_BLOCK: BlockCommentSyntax = { open: '/*', close: '*/' };
const NESTED_C_BLOCK: BlockCommentSyntax = { open: '/*', close: '*/', nests: true };
const HTML_BLOCK: BlockCommentSyntax = { open: '<!--', close: '-->' };
const DOLLAR_BRACE: InterpolationSyntax = { open: '${' };

/** Backslash escapes; ends at the end of its line (C, Java, JavaScript `"` and `'`). */
function escaped(quote: string, extra: Partial<StringSyntax> = {}): StringSyntax {
  return { open: quote, close: quote, escapes: true, ...extra };
}

/** Backslash escapes; may span lines. */
function escapedMultiline(quote: string, extra: Partial<StringSyntax> = {}): StringSyntax {
  return { open: quote, close: quote, escapes: true, multiline: true, ...extra };
}

/** No escapes at all; may span lines (Go backticks, Kotlin and Scala `"""`). */
function rawMultiline(quote: string, extra: Partial<StringSyntax> = {}): StringSyntax {
  return { open: quote, close: quote, multiline: true, ...extra };
}

interface LanguageSpec {
  id: string;
  name: string;
  category: LanguageCategory;
  extensions: readonly string[];
  fileNames?: readonly string[];
  lineComments?: readonly LineCommentSyntax[];
  blockComments?: readonly BlockCommentSyntax[];
  strings?: readonly StringSyntax[];
  literals?: readonly SpecialLiteral[];
}

function language(spec: LanguageSpec): Language {
  return Object.freeze({
    fileNames: [],
    lineComments: [],
    blockComments: [],
    strings: [],
    literals: [],
    ...spec,
  });
}

/** `//` and `/* *\/` comments, `"` strings and `'x'` char literals: C, C++, C#, Java, Go. */
const C_FAMILY = {
  lineComments: [SLASHES],
  blockComments: [C_BLOCK],
  literals: ['char'] as const,
};

const JS_FAMILY = {
  lineComments: [SLASHES, { marker: '#!', atFileStart: true }],
  blockComments: [C_BLOCK],
  strings: [escaped('"'), escaped("'"), escapedMultiline('`', { interpolations: [DOLLAR_BRACE] })],
  literals: ['regex'] as const,
};

const HTML_LIKE = { blockComments: [HTML_BLOCK] };

// ---- programming languages: the file-lines rule applies -----------------------------------------

const PROGRAMMING: readonly Language[] = [
  language({
    id: 'python',
    name: 'Python',
    category: 'programming',
    extensions: ['.py', '.pyi', '.pyw'],
    lineComments: [HASH],
    strings: [
      escapedMultiline('"""', { docstring: true }),
      escapedMultiline("'''", { docstring: true }),
      escaped('"'),
      escaped("'"),
    ],
  }),
  language({ id: 'typescript', name: 'TypeScript', category: 'programming', extensions: ['.ts', '.mts', '.cts'], ...JS_FAMILY }),
  language({ id: 'tsx', name: 'TSX', category: 'programming', extensions: ['.tsx'], ...JS_FAMILY }),
  language({ id: 'javascript', name: 'JavaScript', category: 'programming', extensions: ['.js', '.mjs', '.cjs'], ...JS_FAMILY }),
  language({ id: 'jsx', name: 'JSX', category: 'programming', extensions: ['.jsx'], ...JS_FAMILY }),
  language({
    id: 'go',
    name: 'Go',
    category: 'programming',
    extensions: ['.go'],
    ...C_FAMILY,
    strings: [escaped('"'), rawMultiline('`')],
  }),
  language({
    id: 'java',
    name: 'Java',
    category: 'programming',
    extensions: ['.java'],
    ...C_FAMILY,
    strings: [escapedMultiline('"""'), escaped('"')],
  }),
  language({
    id: 'kotlin',
    name: 'Kotlin',
    category: 'programming',
    extensions: ['.kt', '.kts'],
    ...C_FAMILY,
    blockComments: [NESTED_C_BLOCK],
    strings: [rawMultiline('"""', { interpolations: [DOLLAR_BRACE] }), escaped('"', { interpolations: [DOLLAR_BRACE] })],
  }),
  language({ id: 'c', name: 'C', category: 'programming', extensions: ['.c', '.h'], ...C_FAMILY, strings: [escaped('"')] }),
  language({
    id: 'cpp',
    name: 'C++',
    category: 'programming',
    extensions: ['.cc', '.cpp', '.cxx', '.c++', '.hpp', '.hh', '.hxx', '.h++'],
    ...C_FAMILY,
    strings: [escaped('"')],
    literals: ['char', 'cpp-raw'],
  }),
  language({
    id: 'csharp',
    name: 'C#',
    category: 'programming',
    extensions: ['.cs'],
    ...C_FAMILY,
    strings: [
      // verbatim strings: no escapes, `""` is a quote, may span lines; `$@` and `@$` interpolate too
      rawMultiline('$@"', { close: '"', doubled: true }),
      rawMultiline('@$"', { close: '"', doubled: true }),
      rawMultiline('@"', { close: '"', doubled: true }),
      rawMultiline('"""'),
      escaped('"'),
    ],
  }),
  language({
    id: 'rust',
    name: 'Rust',
    category: 'programming',
    extensions: ['.rs'],
    lineComments: [SLASHES],
    blockComments: [NESTED_C_BLOCK],
    strings: [escapedMultiline('"')],
    literals: ['char', 'rust-raw'],
  }),
  language({
    id: 'ruby',
    name: 'Ruby',
    category: 'programming',
    extensions: ['.rb', '.rake', '.gemspec', '.ru'],
    fileNames: ['Rakefile', 'Gemfile', 'Guardfile', 'Vagrantfile'],
    lineComments: [HASH],
    blockComments: [{ open: '=begin', close: '=end', atLineStart: true }],
    strings: [
      escapedMultiline('"', { interpolations: [{ open: '#{' }] }),
      escapedMultiline("'"),
      escapedMultiline('`', { interpolations: [{ open: '#{' }] }),
    ],
    literals: ['regex', 'heredoc-ruby'],
  }),
  language({
    id: 'php',
    name: 'PHP',
    category: 'programming',
    extensions: ['.php'],
    lineComments: [SLASHES, { marker: '#', notFollowedBy: '[' }],
    blockComments: [C_BLOCK],
    strings: [escapedMultiline('"'), escapedMultiline("'")],
    literals: ['heredoc-php'],
  }),
  language({
    id: 'shell',
    name: 'Shell',
    category: 'programming',
    extensions: ['.sh', '.bash', '.zsh'],
    lineComments: [{ marker: '#', boundary: ';&|()<>' }],
    strings: [
      escapedMultiline("$'", { close: "'" }),
      rawMultiline("'"),
      escapedMultiline('"', { interpolations: [{ open: '$(' }, DOLLAR_BRACE] }),
      escapedMultiline('`'),
    ],
    literals: ['heredoc-shell'],
  }),
  language({
    id: 'swift',
    name: 'Swift',
    category: 'programming',
    extensions: ['.swift'],
    lineComments: [SLASHES],
    blockComments: [NESTED_C_BLOCK],
    strings: [escapedMultiline('"""', { interpolations: [{ open: '\\(' }] }), escaped('"', { interpolations: [{ open: '\\(' }] })],
    literals: ['swift-raw'],
  }),
  language({
    id: 'scala',
    name: 'Scala',
    category: 'programming',
    extensions: ['.scala', '.sc'],
    ...C_FAMILY,
    blockComments: [NESTED_C_BLOCK],
    strings: [rawMultiline('"""'), escaped('"')],
  }),
  language({
    id: 'sql',
    name: 'SQL',
    category: 'programming',
    extensions: ['.sql'],
    lineComments: [{ marker: '--' }],
    blockComments: [C_BLOCK],
    // backslash escapes too: MySQL dumps write `'it\'s'`
    strings: [escapedMultiline("'", { doubled: true }), escapedMultiline('"', { doubled: true }), escaped('`')],
  }),
];

// ---- markup, data and prose: counted, not judged by the file-lines rule -------------------------

const CSS_STRINGS = [escaped('"'), escaped("'")];

const OTHERS: readonly Language[] = [
  language({ id: 'css', name: 'CSS', category: 'markup', extensions: ['.css'], blockComments: [C_BLOCK], strings: CSS_STRINGS }),
  language({
    id: 'scss',
    name: 'SCSS',
    category: 'markup',
    extensions: ['.scss', '.sass'],
    lineComments: [SLASHES],
    blockComments: [C_BLOCK],
    strings: CSS_STRINGS,
  }),
  language({
    id: 'less',
    name: 'Less',
    category: 'markup',
    extensions: ['.less'],
    lineComments: [SLASHES],
    blockComments: [C_BLOCK],
    strings: CSS_STRINGS,
  }),
  // No strings in HTML-like markup: apostrophes in text (`don't`) are not quotes.
  language({ id: 'html', name: 'HTML', category: 'markup', extensions: ['.html', '.htm', '.xhtml'], ...HTML_LIKE }),
  language({ id: 'vue', name: 'Vue', category: 'markup', extensions: ['.vue'], ...HTML_LIKE }),
  language({ id: 'svelte', name: 'Svelte', category: 'markup', extensions: ['.svelte'], ...HTML_LIKE }),
  language({
    id: 'yaml',
    name: 'YAML',
    category: 'data',
    extensions: ['.yml', '.yaml'],
    lineComments: [{ marker: '#', boundary: '' }],
    strings: [escaped('"'), { open: "'", close: "'", doubled: true }],
  }),
  language({
    id: 'json',
    name: 'JSON',
    category: 'data',
    extensions: ['.json', '.jsonc', '.json5'],
    // comments are not JSON, but tsconfig.json and friends use them
    lineComments: [SLASHES],
    blockComments: [C_BLOCK],
    strings: [escaped('"')],
  }),
  language({
    id: 'toml',
    name: 'TOML',
    category: 'data',
    extensions: ['.toml'],
    lineComments: [HASH],
    strings: [escapedMultiline('"""'), rawMultiline("'''"), escaped('"'), { open: "'", close: "'" }],
  }),
  language({ id: 'xml', name: 'XML', category: 'data', extensions: ['.xml', '.xsd', '.xsl', '.svg'], ...HTML_LIKE }),
  language({
    id: 'dockerfile',
    name: 'Dockerfile',
    category: 'data',
    extensions: ['.dockerfile'],
    fileNames: ['Dockerfile', 'Containerfile'],
    lineComments: [{ marker: '#', boundary: '' }],
  }),
  language({ id: 'markdown', name: 'Markdown', category: 'prose', extensions: ['.md', '.markdown'], ...HTML_LIKE }),
  language({ id: 'restructuredtext', name: 'reStructuredText', category: 'prose', extensions: ['.rst'] }),
  language({ id: 'text', name: 'Plain text', category: 'prose', extensions: ['.txt'] }),
];

/** Every known language, programming languages first. */
export const LANGUAGES: readonly Language[] = Object.freeze([...PROGRAMMING, ...OTHERS]);

const byExtension = new Map<string, Language>();
const byFileName = new Map<string, Language>();
const byId = new Map<string, Language>();
for (const lang of LANGUAGES) {
  byId.set(lang.id, lang);
  for (const ext of lang.extensions) byExtension.set(ext, lang);
  for (const name of lang.fileNames) byFileName.set(name, lang);
}

/** The language with this id (`python`, `cpp`…), or undefined. */
export function languageById(id: string): Language | undefined {
  return byId.get(id);
}

/**
 * The language of a file from its path: an exact file name first (`Gemfile`), else its extension,
 * case-insensitively (`MAIN.PY`). A leading dot alone is not an extension (`.bashrc`).
 */
export function languageForPath(path: string): Language | undefined {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const fileName = path.slice(slash + 1);
  const named = byFileName.get(fileName);
  if (named !== undefined) return named;
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return byExtension.get(fileName.slice(dot).toLowerCase());
}

/** Whether the V2 file-lines rule applies to files of this language. */
export function isProgrammingLanguage(lang: Language): boolean {
  return lang.category === 'programming';
}
