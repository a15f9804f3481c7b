import { describe, expect, test } from 'vitest';
import { languageById } from '../../../src/compliance/languages/table.js';
import { classifyLines } from '../../../src/compliance/lines/classify.js';

/** One letter per line: `c` code, `#` comment, `.` blank. */
function kinds(text: string, languageId: string): string {
  const language = languageById(languageId);
  if (language === undefined) throw new Error(`no language ${languageId}`);
  return Array.from(classifyLines(text, language), (kind) => '.c#'.charAt(kind)).join('');
}

const lines = (...rows: string[]): string => rows.map((row) => `${row}\n`).join('');

interface Case {
  language: string;
  name: string;
  source: string;
  expected: string;
}

const compiled: Case[] = [
  {
    language: 'rust',
    name: 'block comments nest',
    source: lines('/* outer /* inner */ still outer', '', '*/', 'fn main() {}'),
    expected: '#.#c',
  },
  {
    language: 'rust',
    name: 'raw strings: backslashes are plain, hashes delimit',
    source: lines(
      String.raw`let a = r"C:\"; // raw`,
      'let b = r#"a "quoted" // not a comment"#;',
      'let c = br##"x "# y"##;',
      'let s = r#"',
      '/* not a comment',
      '"#;',
      '// comment',
    ),
    expected: 'cccccc#',
  },
  {
    language: 'rust',
    name: 'lifetimes are not char literals; chars hold quotes',
    source: lines(
      "fn f<'a>(x: &'a str) -> &'a str { x }",
      String.raw`let q = '"'; let e = '\''; // chars`,
      '// comment',
    ),
    expected: 'cc#',
  },
  {
    language: 'rust',
    name: 'strings span lines; doc comments are comments',
    source: lines('/// Doc', '//! Inner', 'let hr = b"x"; let s = "a', '// in a string', '";'),
    expected: '##ccc',
  },
  {
    language: 'go',
    name: 'raw strings span lines without escapes; runes hold quotes',
    source: lines('s := `raw \\ string', '// inside the raw string', '`', `r := '"' // rune`, '// comment'),
    expected: 'cccc#',
  },
  {
    language: 'java',
    name: 'text blocks and char literals',
    source: lines('String s = """', '    /* not a comment', '    """;', `char c = '"';`, '// comment'),
    expected: 'cccc#',
  },
  {
    language: 'kotlin',
    name: 'interpolation with a brace in a string, nested comments, raw strings',
    source: lines(
      'val s = "${ "}" } /* not a comment"',
      '/* a /* nested */ comment',
      '*/',
      'val r = """C:\\"""',
      '// comment',
    ),
    expected: 'c##c#',
  },
  {
    language: 'swift',
    name: 'interpolation, nested comments and raw strings',
    source: lines(
      String.raw`let s = "\(f("/*")) done"`,
      '/* outer /* inner */ */',
      String.raw`let r = #"C:\"#`,
      'let m = #"""',
      '// inside raw',
      '"""#',
      '// comment',
    ),
    expected: 'c#cccc#',
  },
  {
    language: 'scala',
    name: 'symbols, chars, raw triple-quoted strings, nested comments',
    source: lines("val sym = 'sym; val c = 'x'", 'val p = """C:\\"""', '/* a /* b */ c */', '// comment'),
    expected: 'cc##',
  },
  {
    language: 'c',
    name: 'comment markers in strings and chars; trailing comments',
    source: lines(
      '#include <stdio.h> /* io */',
      'char *s = "/* not a comment";',
      `char q = '"'; // quote`,
      '/*',
      ' * block',
      ' */',
      'int n; // trailing',
    ),
    expected: 'ccc###c',
  },
  {
    language: 'cpp',
    name: 'raw strings with delimiters and digit separators',
    source: lines('auto s = R"sql(', 'SELECT 1; -- ) " /* not', ')sql";', "int n = 1'000'000; // C++14", '// comment'),
    expected: 'cccc#',
  },
  {
    language: 'csharp',
    name: 'verbatim, interpolated verbatim and raw strings',
    source: lines(
      String.raw`var p = @"C:\dir\";`,
      'var q = @"say ""hi"" // not";',
      String.raw`var i = $@"{x} \";`,
      'var r = @"',
      '// inside verbatim',
      '";',
      'var j = """',
      '  {"a": "/*"}',
      '  """;',
      '// comment',
    ),
    expected: 'ccccccccc#',
  },
];

const scripting: Case[] = [
  {
    language: 'ruby',
    name: 'interpolation with quotes; =begin/=end at line start',
    source: lines('s = "a #{h["k"]} # not"', '# comment', '=begin', 'doc', '', '=end', 'x = 1 =begin', '# comment'),
    expected: 'c###.#c#',
  },
  {
    language: 'ruby',
    name: 'heredocs are string content; class << self is not one',
    source: lines('text = <<~EOS', '  # not a comment', "  don't", '  EOS', 'class << self', '  # comment', 'end'),
    expected: 'ccccc#c',
  },
  {
    language: 'ruby',
    name: 'a regular expression holding a quote',
    source: lines("parts = line.split(/'/)", '# comment'),
    expected: 'c#',
  },
  {
    language: 'php',
    name: 'attributes, both line comments, heredocs',
    source: lines(
      '<?php',
      '#[Attribute]',
      '# comment',
      '// comment',
      '$s = "# not";',
      '$h = <<<EOT',
      '# in heredoc',
      "don't",
      'EOT;',
      '/* block */',
    ),
    expected: 'cc##ccccc#',
  },
  {
    language: 'shell',
    name: 'a hash starts a comment only at a word start: $#, ${#arr}, ${x#pre} are code',
    source: lines(
      '#!/bin/bash',
      'echo $# ${#arr[@]} ${x#pre} a#b',
      'echo hi # trailing',
      '# comment',
      'x=1;# after a semicolon',
    ),
    expected: '#cc#c',
  },
  {
    language: 'shell',
    name: 'a backslash outside quotes escapes a quote or a hash',
    source: lines(String.raw`echo It\'s \"fine\" \# not a comment`, '# comment'),
    expected: 'c#',
  },
  {
    language: 'shell',
    name: 'quotes, nested command substitution, ANSI-C strings',
    source: lines(
      `echo "# not" '# not'`,
      'echo "$(echo "nested # quote")"',
      String.raw`echo $'it\'s'`,
      "echo 'multi",
      '# still the string',
      "'",
      '# comment',
    ),
    expected: 'cccccc#',
  },
  {
    language: 'shell',
    name: 'heredocs, quoted and tab-indented delimiters, here-strings',
    source: lines(
      'cat <<EOF',
      '# not a comment',
      "don't",
      'EOF',
      "cat <<-'END'",
      '\t# tabbed',
      '\tEND',
      'cat <<< "here string"',
      '# comment',
    ),
    expected: 'cccccccc#',
  },
  {
    language: 'sql',
    name: 'doubled and escaped quotes, line and block comments',
    source: lines(
      "SELECT 'it''s -- not' AS a; -- trailing",
      '-- comment',
      '/* block',
      '',
      '*/',
      String.raw`SELECT 'a\'b -- not';`,
      '-- comment',
    ),
    expected: 'c##.#c#',
  },
];

const others: Case[] = [
  {
    language: 'html',
    name: 'apostrophes are text; comments span lines',
    source: lines("<p>Don't panic</p>", '<!-- comment', '', '-->', '<br>'),
    expected: 'c#.#c',
  },
  {
    language: 'css',
    name: 'comment markers in strings',
    source: lines('a::before { content: "/*"; }', '/* comment */', 'b {}'),
    expected: 'c#c',
  },
  { language: 'scss', name: 'line comments', source: lines('$x: 1; // trailing', '// comment'), expected: 'c#' },
  {
    language: 'yaml',
    name: 'a hash starts a comment only after whitespace',
    source: lines('key: a#b', 'url: "http://x/#y"', 'other: x # trailing', '# comment', "quote: 'it''s # not'"),
    expected: 'ccc#c',
  },
  {
    language: 'json',
    name: 'comments in tsconfig-style JSON',
    source: lines('{', '  // comment', '  "url": "http://x.com/*"', '}'),
    expected: 'c#cc',
  },
  {
    language: 'toml',
    name: 'multi-line literal strings',
    source: lines('a = "# not"', "b = '''", '# in the string', "'''", '# comment'),
    expected: 'cccc#',
  },
  {
    language: 'markdown',
    name: 'text is content, HTML comments are comments',
    source: lines('# Title', '', 'Text', '<!-- note -->'),
    expected: 'c.c#',
  },
  {
    language: 'dockerfile',
    name: 'comments at a word start',
    source: lines('# syntax=docker/dockerfile:1', 'FROM node', 'RUN echo a#b'),
    expected: '#cc',
  },
  {
    language: 'text',
    name: 'every non-blank line is content',
    source: lines('hello', '', '  ', 'world'),
    expected: 'c..c',
  },
];

describe.each([
  ['compiled languages', compiled],
  ['scripting languages', scripting],
  ['markup, data and prose', others],
] as const)('%s', (_group, cases) => {
  test.each(cases)('$language: $name', ({ language, source, expected }) => {
    expect(kinds(source, language)).toBe(expected);
  });
});
