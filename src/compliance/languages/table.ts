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
  StringSyntax,
} from './language.js';

export type {
  BlockCommentSyntax,
  InterpolationSyntax,
  Language,
  LanguageCategory,
  LineCommentSyntax,
  SpecialLiteral,
  StringSyntax,
} from './language.js';

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

/** What an entry says beyond its name and files; anything left out is empty. */
type Syntax = Partial<Pick<Language, 'fileNames' | 'lineComments' | 'blockComments' | 'strings' | 'literals'>>;

function language(
  category: LanguageCategory,
  id: string,
  name: string,
  extensions: string[],
  syntax: Syntax,
): Language {
  const empty = { fileNames: [], lineComments: [], blockComments: [], strings: [], literals: [] };
  return Object.freeze({ id, name, category, extensions, ...empty, ...syntax });
}

// ---- programming languages: the file-lines rule applies -----------------------------------------

/** Slash-slash and slash-star comments, `'x'` char literals: C, C++, C#, Java, Go, Kotlin, Scala. */
const C_FAMILY: Syntax = { lineComments: [SLASHES], blockComments: [C_BLOCK], literals: ['char'] };
const NESTING_C_FAMILY: Syntax = { ...C_FAMILY, blockComments: [NESTED_C_BLOCK] };

const JS_FAMILY: Syntax = {
  lineComments: [SLASHES, { marker: '#!', atFileStart: true }],
  blockComments: [C_BLOCK],
  strings: [escaped('"'), escaped("'"), escapedMultiline('`', { interpolations: [DOLLAR_BRACE] })],
  literals: ['regex'],
};

const PYTHON: Syntax = {
  lineComments: [HASH],
  strings: [
    escapedMultiline('"""', { docstring: true }),
    escapedMultiline("'''", { docstring: true }),
    escaped('"'),
    escaped("'"),
  ],
};

const CSHARP: Syntax = {
  ...C_FAMILY,
  strings: [
    // verbatim strings: no escapes, `""` is a quote, may span lines; `$@` and `@$` interpolate too
    rawMultiline('$@"', { close: '"', doubled: true }),
    rawMultiline('@$"', { close: '"', doubled: true }),
    rawMultiline('@"', { close: '"', doubled: true }),
    rawMultiline('"""'),
    escaped('"'),
  ],
};

const RUST: Syntax = {
  lineComments: [SLASHES],
  blockComments: [NESTED_C_BLOCK],
  strings: [escapedMultiline('"')],
  literals: ['char', 'rust-raw'],
};

const RUBY_INTERPOLATION = { interpolations: [{ open: '#{' }] };

const RUBY: Syntax = {
  fileNames: ['Rakefile', 'Gemfile', 'Guardfile', 'Vagrantfile'],
  lineComments: [HASH],
  blockComments: [{ open: '=begin', close: '=end', atLineStart: true }],
  strings: [
    escapedMultiline('"', RUBY_INTERPOLATION),
    escapedMultiline("'"),
    escapedMultiline('`', RUBY_INTERPOLATION),
  ],
  literals: ['regex', 'heredoc-ruby'],
};

const PHP: Syntax = {
  lineComments: [SLASHES, { marker: '#', notFollowedBy: '[' }],
  blockComments: [C_BLOCK],
  strings: [escapedMultiline('"'), escapedMultiline("'")],
  literals: ['heredoc-php'],
};

const SHELL: Syntax = {
  lineComments: [{ marker: '#', boundary: ';&|()<>' }],
  strings: [
    escapedMultiline("$'", { close: "'" }),
    rawMultiline("'"),
    escapedMultiline('"', { interpolations: [{ open: '$(' }, DOLLAR_BRACE] }),
    escapedMultiline('`'),
  ],
  literals: ['heredoc-shell', 'backslash-escape'],
};

const SWIFT_INTERPOLATION = { interpolations: [{ open: '\\(' }] };

const SWIFT: Syntax = {
  lineComments: [SLASHES],
  blockComments: [NESTED_C_BLOCK],
  strings: [escapedMultiline('"""', SWIFT_INTERPOLATION), escaped('"', SWIFT_INTERPOLATION)],
  literals: ['swift-raw'],
};

const SQL: Syntax = {
  lineComments: [{ marker: '--' }],
  blockComments: [C_BLOCK],
  // backslash escapes too: MySQL dumps write `'it\'s'`
  strings: [escapedMultiline("'", { doubled: true }), escapedMultiline('"', { doubled: true }), escaped('`')],
};

const KOTLIN_STRINGS = [
  rawMultiline('"""', { interpolations: [DOLLAR_BRACE] }),
  escaped('"', { interpolations: [DOLLAR_BRACE] }),
];

const code = (id: string, name: string, extensions: string[], syntax: Syntax): Language =>
  language('programming', id, name, extensions, syntax);

const PROGRAMMING: readonly Language[] = [
  code('python', 'Python', ['.py', '.pyi', '.pyw'], PYTHON),
  code('typescript', 'TypeScript', ['.ts', '.mts', '.cts'], JS_FAMILY),
  code('tsx', 'TSX', ['.tsx'], JS_FAMILY),
  code('javascript', 'JavaScript', ['.js', '.mjs', '.cjs'], JS_FAMILY),
  code('jsx', 'JSX', ['.jsx'], JS_FAMILY),
  code('go', 'Go', ['.go'], { ...C_FAMILY, strings: [escaped('"'), rawMultiline('`')] }),
  code('java', 'Java', ['.java'], { ...C_FAMILY, strings: [escapedMultiline('"""'), escaped('"')] }),
  code('kotlin', 'Kotlin', ['.kt', '.kts'], { ...NESTING_C_FAMILY, strings: KOTLIN_STRINGS }),
  code('c', 'C', ['.c', '.h'], { ...C_FAMILY, strings: [escaped('"')] }),
  code('cpp', 'C++', ['.cc', '.cpp', '.cxx', '.c++', '.hpp', '.hh', '.hxx', '.h++'], {
    ...C_FAMILY,
    strings: [escaped('"')],
    literals: ['char', 'cpp-raw'],
  }),
  code('csharp', 'C#', ['.cs'], CSHARP),
  code('rust', 'Rust', ['.rs'], RUST),
  code('ruby', 'Ruby', ['.rb', '.rake', '.gemspec', '.ru'], RUBY),
  code('php', 'PHP', ['.php'], PHP),
  code('shell', 'Shell', ['.sh', '.bash', '.zsh'], SHELL),
  code('swift', 'Swift', ['.swift'], SWIFT),
  code('scala', 'Scala', ['.scala', '.sc'], { ...NESTING_C_FAMILY, strings: [rawMultiline('"""'), escaped('"')] }),
  code('sql', 'SQL', ['.sql'], SQL),
];

// ---- markup, data and prose: counted, not judged by the file-lines rule -------------------------

const CSS: Syntax = { blockComments: [C_BLOCK], strings: [escaped('"'), escaped("'")] };
const CSS_WITH_LINE_COMMENTS: Syntax = { ...CSS, lineComments: [SLASHES] };
/** No strings in HTML-like markup: apostrophes in text (`don't`) are not quotes. */
const HTML_LIKE: Syntax = { blockComments: [HTML_BLOCK] };
const YAML: Syntax = {
  lineComments: [{ marker: '#', boundary: '' }],
  strings: [escaped('"'), { open: "'", close: "'", doubled: true }],
};
/** Comments are not JSON, but tsconfig.json and its friends hold them. */
const JSON_WITH_COMMENTS: Syntax = { lineComments: [SLASHES], blockComments: [C_BLOCK], strings: [escaped('"')] };
const TOML: Syntax = {
  lineComments: [HASH],
  strings: [escapedMultiline('"""'), rawMultiline("'''"), escaped('"'), { open: "'", close: "'" }],
};
const DOCKERFILE: Syntax = {
  fileNames: ['Dockerfile', 'Containerfile'],
  lineComments: [{ marker: '#', boundary: '' }],
};

const OTHERS: readonly Language[] = [
  language('markup', 'css', 'CSS', ['.css'], CSS),
  language('markup', 'scss', 'SCSS', ['.scss', '.sass'], CSS_WITH_LINE_COMMENTS),
  language('markup', 'less', 'Less', ['.less'], CSS_WITH_LINE_COMMENTS),
  language('markup', 'html', 'HTML', ['.html', '.htm', '.xhtml'], HTML_LIKE),
  language('markup', 'vue', 'Vue', ['.vue'], HTML_LIKE),
  language('markup', 'svelte', 'Svelte', ['.svelte'], HTML_LIKE),
  language('data', 'yaml', 'YAML', ['.yml', '.yaml'], YAML),
  language('data', 'json', 'JSON', ['.json', '.jsonc', '.json5'], JSON_WITH_COMMENTS),
  language('data', 'toml', 'TOML', ['.toml'], TOML),
  language('data', 'xml', 'XML', ['.xml', '.xsd', '.xsl', '.svg'], HTML_LIKE),
  language('data', 'dockerfile', 'Dockerfile', ['.dockerfile'], DOCKERFILE),
  language('prose', 'markdown', 'Markdown', ['.md', '.markdown'], HTML_LIKE),
  language('prose', 'restructuredtext', 'reStructuredText', ['.rst'], {}),
  language('prose', 'text', 'Plain text', ['.txt'], {}),
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
