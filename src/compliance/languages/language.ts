/**
 * The shape of a language as the compliance engine sees it: what it is (category, files) and the
 * comment and string syntax the line counter needs to tell code, comments and blank lines apart.
 */

/** The file-lines rule applies to `programming` languages only; the others are counted, not judged. */
export type LanguageCategory = 'programming' | 'markup' | 'data' | 'prose';

export interface LineCommentSyntax {
  /** e.g. `//`, `#`, `--` */
  readonly marker: string;
  /**
   * When set, the marker starts a comment only at the start of a line, after whitespace, or after one
   * of these characters (shell: `;&|()<>`; YAML: none). That keeps `$#` and `${#x}` out of comments.
   */
  readonly boundary?: string;
  /** The marker is not a comment when this character follows it (PHP `#[Attribute]`). */
  readonly notFollowedBy?: string;
  /** Only the very first characters of the file (a `#!` interpreter line in JavaScript). */
  readonly atFileStart?: boolean;
}

export interface BlockCommentSyntax {
  readonly open: string;
  readonly close: string;
  /** Block comments inside block comments must be closed too (Rust, Swift, Scala, Kotlin). */
  readonly nests?: boolean;
  /** Both markers count only at the very start of a line, and end at its end (Ruby `=begin`/`=end`). */
  readonly atLineStart?: boolean;
}

/** Interpolation inside a string: code runs from `open` to the bracket that balances its last char. */
export interface InterpolationSyntax {
  /** `${`, `#{`, `\(` or `$(`; its last character is the bracket that the close balances */
  readonly open: string;
}

export interface StringSyntax {
  readonly open: string;
  readonly close: string;
  /** A backslash escapes the next character (also a newline, which continues a one-line string). */
  readonly escapes?: boolean;
  /** The close marker written twice stands for itself (SQL `'it''s'`, C# `@"say ""hi"""`). */
  readonly doubled?: boolean;
  /** The string may span lines; a one-line string ends, unterminated, at the end of its line. */
  readonly multiline?: boolean;
  readonly interpolations?: readonly InterpolationSyntax[];
  /** Python: when the string is a statement on its own, it is documentation and counts as comment. */
  readonly docstring?: boolean;
}

/**
 * Literals that a table of markers cannot describe, each recognised by a small dedicated scanner:
 * - `char`: C-family `'x'`, `'\n'` char literals, told apart from Rust lifetimes and C++ `1'000`;
 * - `rust-raw`: `r"..."`, `r#"..."#`, `br#"..."#`;
 * - `swift-raw`: `#"..."#`, `#"""..."""#`;
 * - `cpp-raw`: `R"delim(...)delim"`;
 * - `regex`: JavaScript-style `/.../` regular expression literals where an operand is expected;
 * - `heredoc-shell`, `heredoc-ruby`, `heredoc-php`: here-documents, whose lines are string content;
 * - `backslash-escape`: outside strings too, a backslash makes the next character plain (shell `\'`, `\#`).
 */
export type SpecialLiteral =
  | 'char'
  | 'rust-raw'
  | 'swift-raw'
  | 'cpp-raw'
  | 'regex'
  | 'heredoc-shell'
  | 'heredoc-ruby'
  | 'heredoc-php'
  | 'backslash-escape';

export interface Language {
  /** stable id used in config and reports, e.g. `python`, `typescript`, `cpp` */
  readonly id: string;
  /** display name, e.g. `C++` */
  readonly name: string;
  readonly category: LanguageCategory;
  /** lower-case extensions with their dot, e.g. `.py`; matched case-insensitively */
  readonly extensions: readonly string[];
  /** exact file names, e.g. `Gemfile`; matched case-sensitively */
  readonly fileNames: readonly string[];
  readonly lineComments: readonly LineCommentSyntax[];
  readonly blockComments: readonly BlockCommentSyntax[];
  readonly strings: readonly StringSyntax[];
  readonly literals: readonly SpecialLiteral[];
}
