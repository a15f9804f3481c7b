import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _$: () => (/* binding */ analyzeFiles),
  L_: () => (/* binding */ needsCompiler)
});

// UNUSED EXPORTS: analyzeFile, looksBinary

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/compliance/lines/count-bytes.ts
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Bytes that leave a line blank: space, tab, vertical tab, form feed, and a CR inside a CRLF. */
function isBlankByte(byte) {
    return byte === 0x20 || byte === 0x09 || byte === 0x0b || byte === 0x0c;
}
/** Whether the bytes have a CR that is not part of a CRLF (an old Mac line end). */
function hasLoneCarriageReturn(bytes) {
    for (let at = bytes.indexOf(CARRIAGE_RETURN); at >= 0; at = bytes.indexOf(CARRIAGE_RETURN, at + 1)) {
        if (bytes[at + 1] !== NEWLINE)
            return true;
    }
    return false;
}
/** Whether bytes[from, to) hold only blank bytes (the CR of a CRLF included). */
function isBlankLine(bytes, from, to) {
    for (let i = from; i < to; i++) {
        const byte = bytes[i];
        if (!isBlankByte(byte) && byte !== CARRIAGE_RETURN)
            return false;
    }
    return true;
}
/**
 * Lines (ended by LF, CRLF or a lone CR, plus an unterminated last line) and how many are blank; the
 * others count as code. A UTF-8 byte order mark is not content. Line ends are found with indexOf
 * (memchr), and a line's blankness is almost always settled by its first byte.
 */
function countLineBytes(bytes) {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const text = hasLoneCarriageReturn(bytes)
        ? bytes.map((b, i) => (b === CARRIAGE_RETURN && bytes[i + 1] !== NEWLINE ? NEWLINE : b))
        : bytes;
    let lines = 0;
    let blank = 0;
    let from = start;
    for (let end = text.indexOf(NEWLINE, from); end >= 0; end = text.indexOf(NEWLINE, from)) {
        lines++;
        if (isBlankLine(text, from, end))
            blank++;
        from = end + 1;
    }
    if (from < text.length) {
        lines++;
        if (isBlankLine(text, from, text.length))
            blank++;
    }
    return { lines, code: lines - blank, comment: 0, blank };
}

// EXTERNAL MODULE: ./src/compliance/lines/kinds.ts
var lines_kinds = __nccwpck_require__(8920);
// EXTERNAL MODULE: ./src/compliance/analysis/directives.ts
var directives = __nccwpck_require__(4486);
// EXTERNAL MODULE: ./src/compliance/languages/table.ts
var table = __nccwpck_require__(4875);
;// CONCATENATED MODULE: ./src/compliance/lines/scan-state.ts
/**
 * The state of one line-counting scan: where it is in the text, what the current line holds so far,
 * and the per-line results. Scanners (code, strings, comments, literals) share it and move `pos`.
 */

const scan_state_NEWLINE = 10;
const scan_state_CARRIAGE_RETURN = 13;
const SPACE = 32;
const BACKSLASH = 92;
const BYTE_ORDER_MARK = 0xfeff;
const NO_BREAK_SPACE = 0xa0;
/** Whitespace for classification: ASCII controls and space, plus a BOM or no-break space. */
function isWhitespace(c) {
    return c <= SPACE || c === BYTE_ORDER_MARK || c === NO_BREAK_SPACE;
}
/** Letters, digits, `_`, `$` and anything non-ASCII: the characters that glue to an identifier. */
function isIdentifierChar(c) {
    if (c >= 128)
        return true;
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}
/** Whether `codes` occur in `text` at `pos`. */
function matchesAt(text, pos, codes) {
    for (let i = 0; i < codes.length; i++) {
        if (text.charCodeAt(pos + i) !== codes[i])
            return false;
    }
    return true;
}
function charCodes(marker) {
    const codes = [];
    for (let i = 0; i < marker.length; i++)
        codes.push(marker.charCodeAt(i));
    return codes;
}
class ScanState {
    text;
    syntax;
    pos = 0;
    /** index of the current line, which is also the number of lines finished */
    line = 0;
    /** offset of the current line's first character */
    lineStart = 0;
    hasCode = false;
    hasComment = false;
    /** the last code character (not in a comment) and where it was; 0 before any */
    lastCode = 0;
    lastCodePos = -1;
    /** offset of the first code character of the current logical line (Python statement), -1 if none */
    statementStart = -1;
    /** open ( [ { outside strings and comments; a logical line goes on while it is above 0 */
    bracketDepth = 0;
    /** first line of a docstring that closed on the current line, until the line ends; -1 if none */
    docstringLine = -1;
    /** the delimiter word of a here-document whose body starts at the next line; length 0 if none */
    heredocStart = -1;
    heredocLength = 0;
    /** depth of string interpolations being scanned, to bound recursion on hostile input */
    interpolationDepth = 0;
    kinds;
    constructor(text, syntax) {
        this.text = text;
        this.syntax = syntax;
        this.kinds = new Uint8Array(Math.min(1024, text.length + 1));
    }
    /** Records code at `pos` on the current line. */
    markCode(pos, c) {
        this.hasCode = true;
        this.lastCode = c;
        this.lastCodePos = pos;
        if (this.statementStart < 0)
            this.statementStart = pos;
    }
    /** Finishes the current line at the newline at `newlinePos`. */
    endLine(newlinePos) {
        if (this.docstringLine >= 0)
            this.settleDocstring();
        if (this.line === this.kinds.length)
            this.grow();
        this.kinds[this.line++] = this.hasCode ? lines_kinds/* LineKind */.t.Code : this.hasComment ? lines_kinds/* LineKind */.t.Comment : lines_kinds/* LineKind */.t.Blank;
        this.hasCode = false;
        this.hasComment = false;
        this.lineStart = newlinePos + 1;
    }
    /** One kind per line; an unterminated last line counts, an empty text has none. */
    finish() {
        if (this.lineStart < this.text.length)
            this.endLine(this.text.length);
        return this.kinds.slice(0, this.line);
    }
    /** A docstring followed by code on its closing line was an expression after all: its lines are code. */
    settleDocstring() {
        if (this.hasCode)
            this.kinds.fill(lines_kinds/* LineKind */.t.Code, this.docstringLine, this.line);
        this.docstringLine = -1;
    }
    grow() {
        const bigger = new Uint8Array(this.kinds.length * 2);
        bigger.set(this.kinds);
        this.kinds = bigger;
    }
}

;// CONCATENATED MODULE: ./src/compliance/lines/scan-heredoc.ts
/**
 * Here-documents (shell, Ruby, PHP). The operator line goes on as code; the body, from the next line
 * to the line that holds the delimiter word, is string content, so its lines count as code even when
 * they look like comments (`# not a comment`) or hold a lone quote (`don't`).
 */

const TAB = 9;
const LESS_THAN = 60;
const DASH = 45;
const TILDE = 126;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
function isWordChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
function skipBlanks(text, pos) {
    let i = pos;
    while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)
        i++;
    return i;
}
/** Shell `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`, `<<\EOF`; not the here-string `<<<`. */
function scanShellHeredoc(state, pos) {
    let i = pos + 2;
    if (state.text.charCodeAt(i) === LESS_THAN || state.text.charCodeAt(pos - 1) === LESS_THAN)
        return false;
    if (state.text.charCodeAt(i) === DASH)
        i++;
    return readDelimiter(state, pos, skipBlanks(state.text, i));
}
/** Ruby `<<~EOS`, `<<-EOS`, `<<EOS` (capitalised) or quoted; not `x << y` or `class << self`. */
function scanRubyHeredoc(state, pos) {
    let i = pos + 2;
    const c = state.text.charCodeAt(i);
    if (c === TILDE || c === DASH)
        i++;
    else if (c !== SINGLE_QUOTE && c !== DOUBLE_QUOTE && !(c >= 65 && c <= 90))
        return false;
    return readDelimiter(state, pos, i);
}
/** PHP heredoc `<<<EOT`, `<<< "EOT"` and nowdoc `<<<'EOT'`. */
function scanPhpHeredoc(state, pos) {
    return readDelimiter(state, pos, skipBlanks(state.text, pos + 3));
}
/** Reads the delimiter word at `from`, optionally quoted, and remembers it for the next line. */
function readDelimiter(state, pos, from) {
    const text = state.text;
    const quote = text.charCodeAt(from);
    const quoted = quote === SINGLE_QUOTE || quote === DOUBLE_QUOTE || quote === BACKSLASH;
    const start = quoted ? from + 1 : from;
    let end = start;
    while (isWordChar(text.charCodeAt(end)))
        end++;
    const first = text.charCodeAt(start);
    if (end === start || (first >= 48 && first <= 57))
        return false;
    state.markCode(pos, LESS_THAN);
    state.heredocStart = start;
    state.heredocLength = end - start;
    state.pos = quoted && text.charCodeAt(end) === quote ? end + 1 : end;
    return true;
}
/**
 * Reads the body from the line starting at `from` up to and including the delimiter word, which may
 * be indented (`<<-`, `<<~`, PHP 7.3). Leaves `state.pos` just past the word, or at the end of text.
 */
function scanHeredocBody(state, from) {
    const text = state.text;
    let pos = from;
    while (pos < text.length) {
        state.hasCode = true;
        const word = skipBlanks(text, pos);
        if (isDelimiterAt(state, word)) {
            state.markCode(word, text.charCodeAt(word));
            state.pos = word + state.heredocLength;
            state.heredocLength = 0;
            return;
        }
        const newline = text.indexOf('\n', pos);
        if (newline < 0)
            break;
        state.endLine(newline);
        pos = newline + 1;
    }
    state.heredocLength = 0;
    state.pos = text.length;
}
function isDelimiterAt(state, at) {
    const text = state.text;
    const length = state.heredocLength;
    for (let i = 0; i < length; i++) {
        if (text.charCodeAt(at + i) !== text.charCodeAt(state.heredocStart + i))
            return false;
    }
    return !isWordChar(text.charCodeAt(at + length));
}

;// CONCATENATED MODULE: ./src/compliance/lines/scan-code.ts
/**
 * The main loop of the line counter: reads code one char code at a time and hands every comment,
 * string or literal to the scanner of its opening marker.
 */


const scan_code_TAB = 9;
/** Passed as `close` when the scan runs to the end of the text. */
const TO_END = -1;
/** +1 for an opening bracket, -1 for a closing one, by char code. */
const BRACKET_STEP = new Int8Array(128);
BRACKET_STEP['('.charCodeAt(0)] = 1;
BRACKET_STEP['['.charCodeAt(0)] = 1;
BRACKET_STEP['{'.charCodeAt(0)] = 1;
BRACKET_STEP[')'.charCodeAt(0)] = -1;
BRACKET_STEP[']'.charCodeAt(0)] = -1;
BRACKET_STEP['}'.charCodeAt(0)] = -1;
/**
 * Scans code from `state.pos`. With `close` set (an interpolation such as `${…}`), it stops just past
 * the `close` char that balances `open`; otherwise it runs to the end of the text.
 */
function scanCode(state, close, open) {
    const text = state.text;
    let pos = state.pos;
    let nested = 0;
    while (pos < text.length) {
        const c = text.charCodeAt(pos);
        if (c < 128 && state.syntax.plain[c] === 1)
            pos = skipPlainRun(state, pos);
        else if (c === scan_state_NEWLINE)
            pos = newlineInCode(state, pos);
        else if (isWhitespace(c))
            pos++;
        else if (c >= 128)
            state.markCode(pos++, c);
        else if (openAt(state, c, pos))
            pos = state.pos;
        else if (c === close && nested === 0) {
            state.markCode(pos, c);
            state.pos = pos + 1;
            return;
        }
        else {
            if (c === open)
                nested++;
            else if (c === close)
                nested--;
            trackBrackets(state, c);
            state.markCode(pos++, c);
        }
    }
    state.pos = pos;
}
/**
 * Code chars that need no look of their own (letters, digits, most operators) and the spaces between
 * them, taken as one run: the line has code, and the run's last char is the last code char. This is
 * where most of a source text goes, so it is worth the special case.
 */
function skipPlainRun(state, pos) {
    const { text } = state;
    const plain = state.syntax.plain;
    let last = pos;
    let end = pos + 1;
    for (; end < text.length; end++) {
        const c = text.charCodeAt(end);
        if (c < 128 && plain[c] === 1)
            last = end;
        else if (c !== SPACE && c !== scan_code_TAB)
            break;
    }
    state.markCode(pos, text.charCodeAt(pos));
    if (last > pos)
        state.markCode(last, text.charCodeAt(last));
    return end;
}
/** Whether a comment, string or literal starts at `pos` and was scanned (`state.pos` is past it). */
function openAt(state, c, pos) {
    const candidates = state.syntax.openersByFirstChar[c];
    if (candidates === undefined)
        return false;
    for (const opener of candidates) {
        if (matchesAt(state.text, pos, opener.codes) && opener.scan(state, pos))
            return true;
    }
    return false;
}
function trackBrackets(state, c) {
    const step = BRACKET_STEP[c] ?? 0;
    if (step > 0 || state.bracketDepth > 0)
        state.bracketDepth += step;
}
/**
 * Ends the line; a logical line ends too unless brackets are open or a backslash continues it. A backslash
 * continues only the line it ends (a blank or comment line after it ends the logical line, as in Python).
 */
function newlineInCode(state, pos) {
    const continued = state.lastCode === BACKSLASH && state.lastCodePos >= state.lineStart;
    state.endLine(pos);
    if (state.bracketDepth === 0 && !continued)
        state.statementStart = -1;
    if (state.heredocLength > 0) {
        scanHeredocBody(state, pos + 1);
        return state.pos;
    }
    return pos + 1;
}

;// CONCATENATED MODULE: ./src/compliance/lines/scan-comments.ts

/** Builds the scanner for a line comment marker; the marker has already matched at `pos`. */
function lineCommentScanner(syntax) {
    const boundary = syntax.boundary === undefined ? undefined : new Set(charCodes(syntax.boundary));
    const notFollowedBy = syntax.notFollowedBy?.charCodeAt(0);
    const length = syntax.marker.length;
    const atFileStart = syntax.atFileStart === true;
    return (state, pos) => {
        if (atFileStart && pos !== 0)
            return false;
        if (boundary !== undefined && !atBoundary(state, pos, boundary))
            return false;
        if (notFollowedBy !== undefined && state.text.charCodeAt(pos + length) === notFollowedBy)
            return false;
        const newline = state.text.indexOf('\n', pos);
        state.pos = newline < 0 ? state.text.length : newline;
        state.hasComment = true;
        return true;
    };
}
/** At the start of a line, after whitespace, or after one of the boundary characters. */
function atBoundary(state, pos, boundary) {
    if (pos === state.lineStart)
        return true;
    const before = state.text.charCodeAt(pos - 1);
    return isWhitespace(before) || boundary.has(before);
}
/** Builds the scanner for a block comment; its open marker has already matched at `pos`. */
function blockCommentScanner(syntax) {
    if (syntax.atLineStart === true)
        return lineStartBlockScanner(syntax);
    const markers = {
        open: charCodes(syntax.open),
        close: charCodes(syntax.close),
        nests: syntax.nests === true,
    };
    return (state, pos) => {
        state.hasComment = true;
        scanBlockBody(state, pos + markers.open.length, markers);
        return true;
    };
}
/** Reads a block comment's content from `from` up to and including its (balancing) close marker. */
function scanBlockBody(state, from, markers) {
    const text = state.text;
    let pos = from;
    let depth = 0;
    while (pos < text.length) {
        const c = text.charCodeAt(pos);
        if (c === scan_state_NEWLINE) {
            state.endLine(pos++);
            continue;
        }
        if (!isWhitespace(c))
            state.hasComment = true;
        if (c === markers.close[0] && matchesAt(text, pos, markers.close)) {
            pos += markers.close.length;
            if (depth-- === 0)
                break;
        }
        else if (markers.nests && c === markers.open[0] && matchesAt(text, pos, markers.open)) {
            pos += markers.open.length;
            depth++;
        }
        else {
            pos++;
        }
    }
    state.pos = pos;
}
/**
 * Ruby's `=begin` … `=end`: both markers must start a line and be followed by whitespace or the end
 * of the line; the whole `=end` line belongs to the comment.
 */
function lineStartBlockScanner(syntax) {
    const open = charCodes(syntax.open);
    const close = charCodes(syntax.close);
    return (state, pos) => {
        const text = state.text;
        if (pos !== state.lineStart || !endsWord(text, pos + open.length))
            return false;
        let lineStart = pos;
        for (;;) {
            const newline = text.indexOf('\n', lineStart);
            const lineEnd = newline < 0 ? text.length : newline;
            if (hasText(text, lineStart, lineEnd))
                state.hasComment = true;
            const closes = lineStart !== pos && matchesAt(text, lineStart, close) && endsWord(text, lineStart + close.length);
            if (newline < 0 || closes) {
                state.pos = lineEnd;
                return true;
            }
            state.endLine(newline);
            lineStart = newline + 1;
        }
    };
}
function endsWord(text, pos) {
    return pos >= text.length || isWhitespace(text.charCodeAt(pos));
}
function hasText(text, from, to) {
    for (let i = from; i < to; i++) {
        if (!isWhitespace(text.charCodeAt(i)))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/compliance/lines/scan-literals.ts
/**
 * C-family char literals and backslash escapes outside strings. Each scanner declines (returns false)
 * when the text at `pos` is not the literal after all, and the char is then read as plain code.
 */

const scan_literals_SINGLE_QUOTE = 39;
/** `'\u{10FFFF}'` is the longest escaped char literal we expect */
const MAX_ESCAPED_CHAR = 12;
function isHighSurrogate(c) {
    return c >= 0xd800 && c <= 0xdbff;
}
/**
 * `'x'`, `'\n'`, `'\''`, `'😀'` — but not a Rust lifetime (`'a`), a Scala symbol (`'sym`) or a C++14
 * digit separator (`1'000'000`), which have no closing quote right after one character.
 */
function scanCharLiteral(state, pos) {
    const text = state.text;
    const next = text.charCodeAt(pos + 1);
    let end = -1;
    if (next === BACKSLASH)
        end = escapedCharEnd(text, pos + 2);
    else if (next !== scan_state_NEWLINE && next !== scan_literals_SINGLE_QUOTE && text.charCodeAt(pos + 2) === scan_literals_SINGLE_QUOTE)
        end = pos + 3;
    else if (isHighSurrogate(next) && text.charCodeAt(pos + 3) === scan_literals_SINGLE_QUOTE)
        end = pos + 4;
    if (end < 0)
        return false;
    state.markCode(pos, scan_literals_SINGLE_QUOTE);
    state.pos = end;
    return true;
}
/** The offset after the quote closing an escaped char literal whose escaped char is at `from`. */
function escapedCharEnd(text, from) {
    if (text.charCodeAt(from) === scan_state_NEWLINE)
        return -1;
    const limit = Math.min(text.length, from + MAX_ESCAPED_CHAR);
    for (let i = from + 1; i < limit; i++) {
        const c = text.charCodeAt(i);
        if (c === scan_literals_SINGLE_QUOTE)
            return i + 1;
        if (c === scan_state_NEWLINE)
            return -1;
    }
    return -1;
}
/** Shell `\'`, `\"`, `\#`: the escaped character is plain code; a backslash before a newline is left alone. */
function scanBackslashEscape(state, pos) {
    const next = state.text.charCodeAt(pos + 1);
    if (next === scan_state_NEWLINE || next === scan_state_CARRIAGE_RETURN || Number.isNaN(next))
        return false;
    state.markCode(pos, BACKSLASH);
    state.pos = pos + 2;
    return true;
}

;// CONCATENATED MODULE: ./src/compliance/lines/scan-raw-strings.ts
/** Raw strings with custom delimiters (Rust, Swift, C++): no escapes, and they close only on their own delimiter. */

const scan_raw_strings_DOUBLE_QUOTE = 34;
const HASH = 35;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
/** the last letter of the encoding prefixes `L`, `u`, `U`, `u8` that may stand before C++'s `R"` */
const CPP_RAW_PREFIX_ENDS = new Set([76, 117, 85, 56]);
/** C++ limits raw string delimiters to 16 characters */
const MAX_RAW_DELIMITER = 16;
/** Rust `r"…"`, `r#"…"#`, `br##"…"##`, `cr"…"`: no escapes; closes with `"` and as many `#`. */
function scanRustRawString(state, pos) {
    const text = state.text;
    const before = text.charCodeAt(pos - 1);
    if (pos > 0 && isIdentifierChar(before)) {
        const bytePrefix = before === 98 || before === 99; // b"…" or c"…"
        if (!bytePrefix || (pos > 1 && isIdentifierChar(text.charCodeAt(pos - 2))))
            return false;
    }
    return scanHashDelimited(state, pos, pos + 1);
}
/** Swift `#"…"#`, `##"…"##`, `#"""…"""#`: backslashes are plain; closes with `"` and as many `#`. */
function scanSwiftRawString(state, pos) {
    return scanHashDelimited(state, pos, pos);
}
function scanHashDelimited(state, pos, hashesFrom) {
    const text = state.text;
    let quote = hashesFrom;
    while (text.charCodeAt(quote) === HASH)
        quote++;
    if (text.charCodeAt(quote) !== scan_raw_strings_DOUBLE_QUOTE)
        return false;
    const hashes = quote - hashesFrom;
    state.markCode(pos, scan_raw_strings_DOUBLE_QUOTE);
    let at = quote + 1;
    while (at < text.length) {
        const c = text.charCodeAt(at++);
        if (c === scan_state_NEWLINE)
            inStringNewline(state, at - 1);
        else if (c === scan_raw_strings_DOUBLE_QUOTE && countHashes(text, at, hashes) === hashes) {
            state.pos = at + hashes;
            return true;
        }
    }
    state.pos = text.length;
    return true;
}
function countHashes(text, from, atMost) {
    let count = 0;
    while (count < atMost && text.charCodeAt(from + count) === HASH)
        count++;
    return count;
}
/** A newline inside a string: the next line is string content, so code. */
function inStringNewline(state, newlinePos) {
    state.endLine(newlinePos);
    state.hasCode = true;
}
/** C++ `R"(…)"`, `R"sql(…)sql"`, also after `u8`, `u`, `U`, `L`: closes with `)delimiter"`. */
function scanCppRawString(state, pos) {
    const text = state.text;
    const before = text.charCodeAt(pos - 1);
    const prefixOk = pos === 0 || !isIdentifierChar(before) || CPP_RAW_PREFIX_ENDS.has(before);
    if (!prefixOk || text.charCodeAt(pos + 1) !== scan_raw_strings_DOUBLE_QUOTE)
        return false;
    const delimiter = pos + 2;
    const paren = rawDelimiterEnd(text, delimiter);
    if (paren < 0)
        return false;
    state.markCode(pos, scan_raw_strings_DOUBLE_QUOTE);
    scanUntilRawClose(state, paren + 1, delimiter, paren - delimiter);
    return true;
}
/** The offset of the `(` that ends a raw string delimiter starting at `from`, or -1. */
function rawDelimiterEnd(text, from) {
    const limit = Math.min(text.length, from + MAX_RAW_DELIMITER + 1);
    for (let i = from; i < limit; i++) {
        const c = text.charCodeAt(i);
        if (c === OPEN_PAREN)
            return i;
        if (c <= 32 || c === CLOSE_PAREN || c === BACKSLASH)
            return -1;
    }
    return -1;
}
function scanUntilRawClose(state, from, delimiter, length) {
    const text = state.text;
    for (let at = from; at < text.length; at++) {
        const c = text.charCodeAt(at);
        if (c === scan_state_NEWLINE)
            inStringNewline(state, at);
        else if (c === CLOSE_PAREN && closesRaw(text, at + 1, delimiter, length)) {
            state.pos = at + length + 2;
            return;
        }
    }
    state.pos = text.length;
}
function closesRaw(text, at, delimiter, length) {
    for (let i = 0; i < length; i++) {
        if (text.charCodeAt(at + i) !== text.charCodeAt(delimiter + i))
            return false;
    }
    return text.charCodeAt(at + length) === scan_raw_strings_DOUBLE_QUOTE;
}

;// CONCATENATED MODULE: ./src/compliance/lines/scan-regex.ts
/** JavaScript and Ruby regular expression literals, told apart from division by what comes before them. */

const SLASH = 47;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
/** JavaScript and Ruby words after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORDS = [
    ...['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else'],
    ...['yield', 'await', 'if', 'unless', 'when', 'and', 'or', 'not'],
];
/** Characters after which an operand is expected, so `/` starts a regular expression. */
const REGEX_AFTER_CHARS = new Set([...'(,=:[!&|?{};+-*%<>~^'].map((c) => c.charCodeAt(0)));
/** `/…/flags` where an operand is expected; `a / b / c` stays code, and so does anything odd. */
function scanRegexLiteral(state, pos) {
    if (!operandExpected(state))
        return false;
    const end = regexEnd(state.text, pos + 1);
    if (end < 0)
        return false;
    state.markCode(pos, SLASH); // a `/` after it is a division
    state.pos = end;
    return true;
}
function operandExpected(state) {
    const last = state.lastCode;
    if (last === 0 || REGEX_AFTER_CHARS.has(last))
        return true;
    if (last < 97 || last > 122)
        return false; // the words all end in a lower-case letter
    return REGEX_AFTER_WORDS.some((word) => endsWithWord(state.text, state.lastCodePos + 1, word));
}
function endsWithWord(text, end, word) {
    const start = end - word.length;
    if (start < 0 || (start > 0 && isIdentifierChar(text.charCodeAt(start - 1))))
        return false;
    return text.startsWith(word, start);
}
/** The offset after the `/` closing a regular expression body starting at `from`, or -1. */
function regexEnd(text, from) {
    let inClass = false;
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === scan_state_NEWLINE)
            return -1;
        if (c === BACKSLASH) {
            if (text.charCodeAt(i + 1) === scan_state_NEWLINE)
                return -1;
            i++;
        }
        else if (c === OPEN_BRACKET)
            inClass = true;
        else if (c === CLOSE_BRACKET)
            inClass = false;
        else if (c === SLASH && !inClass)
            return i + 1;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/compliance/lines/scan-strings.ts


/** Deeper interpolation than this is read as plain string text (guards the recursion). */
const MAX_INTERPOLATION_DEPTH = 32;
const CLOSING_BRACKET = { '{': '}', '(': ')', '[': ']' };
function compileInterpolation(open) {
    const bracket = open.charAt(open.length - 1);
    const closing = CLOSING_BRACKET[bracket];
    if (closing === undefined)
        throw new Error(`interpolation ${open} must end with an opening bracket`);
    return { codes: charCodes(open), open: bracket.charCodeAt(0), close: closing.charCodeAt(0) };
}
/** Builds the scanner for one kind of string; its marker has already matched at `pos`. */
function stringScanner(syntax) {
    const body = {
        close: charCodes(syntax.close),
        escapes: syntax.escapes === true,
        doubled: syntax.doubled === true,
        multiline: syntax.multiline === true,
        interpolations: (syntax.interpolations ?? []).map((i) => compileInterpolation(i.open)),
    };
    const openLength = syntax.open.length;
    const quote = syntax.close.charCodeAt(syntax.close.length - 1);
    const docstring = syntax.docstring === true;
    return (state, pos) => {
        if (docstring && startsStatement(state, pos)) {
            scanDocstring(state, pos, openLength, body);
            return true;
        }
        state.markCode(pos, quote);
        scanStringBody(state, pos + openLength, body, false);
        state.lastCode = quote;
        return true;
    };
}
/**
 * Reads a string's content from `from` up to and including its close marker. `asComment` reads a
 * docstring: its text marks lines as comment, not code.
 */
function scanStringBody(state, from, body, asComment) {
    const text = state.text;
    let pos = from;
    let continued = false; // a backslash right before the newline continues a one-line string
    while (pos < text.length) {
        const c = text.charCodeAt(pos);
        if (asComment && !isWhitespace(c))
            state.hasComment = true;
        if (c === scan_state_NEWLINE) {
            if (!body.multiline && !continued)
                break; // unterminated: a one-line string ends with its line
            state.endLine(pos++);
            if (!asComment)
                state.hasCode = true;
            continued = false;
        }
        else if (c === body.close[0] && matchesAt(text, pos, body.close)) {
            pos += body.close.length;
            if (!body.doubled || !matchesAt(text, pos, body.close))
                break;
            pos += body.close.length;
        }
        else if (body.interpolations.length > 0 && interpolate(state, pos, body.interpolations)) {
            pos = state.pos;
        }
        else if (c === BACKSLASH && body.escapes) {
            const next = text.charCodeAt(pos + 1);
            continued = next === scan_state_NEWLINE || next === scan_state_CARRIAGE_RETURN;
            pos += continued ? 1 : 2;
        }
        else {
            pos++;
        }
    }
    state.pos = Math.min(pos, text.length);
}
/** Scans the code of an interpolation starting at `pos`, if one starts there. */
function interpolate(state, pos, interpolations) {
    if (state.interpolationDepth >= MAX_INTERPOLATION_DEPTH)
        return false;
    for (const interpolation of interpolations) {
        if (!matchesAt(state.text, pos, interpolation.codes))
            continue;
        state.interpolationDepth++;
        state.pos = pos + interpolation.codes.length;
        state.lastCode = interpolation.open; // an operand comes next: `${/re/.test(s)}`
        scanCode(state, interpolation.close, interpolation.open);
        state.interpolationDepth--;
        return true;
    }
    return false;
}
const PREFIXES = new Set(['r', 'R', 'u', 'U'].map((p) => p.charCodeAt(0)));
/**
 * A docstring is a string that is a statement on its own: nothing but an `r` or `u` prefix before it on
 * its logical line, outside brackets. Whether code follows it on its closing line is settled when that
 * line ends (see `ScanState.endLine`).
 */
function startsStatement(state, pos) {
    if (state.bracketDepth !== 0 || state.interpolationDepth !== 0)
        return false;
    const start = state.statementStart;
    if (start < 0)
        return true;
    if (pos - start > 1)
        return false;
    for (let i = start; i < pos; i++) {
        if (!PREFIXES.has(state.text.charCodeAt(i)))
            return false;
    }
    return true;
}
function scanDocstring(state, pos, openLength, body) {
    const firstLine = state.line;
    if (state.statementStart >= 0)
        state.hasCode = false; // the prefix letter is part of the docstring
    else
        state.statementStart = pos;
    state.hasComment = true;
    scanStringBody(state, pos + openLength, body, true);
    state.docstringLine = firstLine;
    state.lastCode = body.close[0] ?? 0;
}

;// CONCATENATED MODULE: ./src/compliance/lines/syntax.ts







/** The marker that sends each special literal to its scanner (which may still decline). */
const SPECIAL_OPENERS = {
    char: ["'", scanCharLiteral],
    'rust-raw': ['r', scanRustRawString],
    'swift-raw': ['#', scanSwiftRawString],
    'cpp-raw': ['R', scanCppRawString],
    regex: ['/', scanRegexLiteral],
    'heredoc-shell': ['<<', scanShellHeredoc],
    'heredoc-ruby': ['<<', scanRubyHeredoc],
    'heredoc-php': ['<<<', scanPhpHeredoc],
    'backslash-escape': ['\\', scanBackslashEscape],
};
/** Which ASCII chars are plain code under these openers: everything the scanner need not look at one by one. */
function plainChars(openersByFirstChar) {
    const plain = new Uint8Array(128);
    for (let c = SPACE + 1; c < 127; c++)
        plain[c] = openersByFirstChar[c] === undefined && !'()[]{}'.includes(String.fromCharCode(c)) ? 1 : 0;
    return plain;
}
/** Text without comments or strings: every non-blank line is code. */
const PLAIN_SYNTAX = { openersByFirstChar: [], plain: plainChars([]) };
const compiled = new WeakMap();
/** The language's compiled syntax, built once per language object. */
function syntaxFor(language) {
    if (language === undefined)
        return PLAIN_SYNTAX;
    let syntax = compiled.get(language);
    if (syntax === undefined) {
        syntax = compileSyntax(language);
        compiled.set(language, syntax);
    }
    return syntax;
}
function compileSyntax(language) {
    const openers = [
        ...language.lineComments.map((c) => syntax_opener(c.marker, lineCommentScanner(c))),
        ...language.blockComments.map((c) => syntax_opener(c.open, blockCommentScanner(c))),
        ...language.strings.map((s) => syntax_opener(s.open, stringScanner(s))),
        ...language.literals.map((kind) => syntax_opener(...SPECIAL_OPENERS[kind])),
    ];
    const openersByFirstChar = fileByFirstChar(openers, language.id);
    return { openersByFirstChar, plain: plainChars(openersByFirstChar) };
}
function syntax_opener(marker, scan) {
    return { codes: charCodes(marker), scan };
}
/** Groups openers by first char code; within a group the longest marker is tried first. */
function fileByFirstChar(openers, languageId) {
    const byFirst = new Array(128).fill(undefined);
    for (const candidate of openers) {
        const first = candidate.codes[0];
        if (first === undefined || first >= 128) {
            throw new Error(`language ${languageId}: markers must be non-empty ASCII`);
        }
        (byFirst[first] ??= []).push(candidate);
    }
    for (const group of byFirst)
        group?.sort((a, b) => b.codes.length - a.codes.length);
    return byFirst;
}

;// CONCATENATED MODULE: ./src/compliance/lines/classify.ts




/**
 * One `LineKind` per line: newline-terminated lines plus one for an unterminated last line, so an
 * empty text has none. `\r\n` line ends are handled (the `\r` is whitespace).
 */
function classifyLines(text, language) {
    const state = new ScanState(text, syntaxFor(language));
    scanCode(state, TO_END, TO_END);
    return state.finish();
}
/** Line totals of a text. */
function countLines(text, language) {
    return tally(classifyLines(text, language));
}

;// CONCATENATED MODULE: ./src/compliance/javascript/tokens.ts
/**
 * The vocabulary of the JavaScript scanner: token kinds, the words it tells apart, and the token list
 * (parallel typed arrays, reused from file to file: a token list per file would cost more than the scan).
 */
/** Token kinds. Punctuators the structure depends on have their own kind; other operators share one. */
const T = {
    End: 0,
    Word: 1,
    Num: 2,
    Str: 3,
    Regex: 4,
    Template: 5, // `…` without substitutions
    TemplateHead: 6, // `…${
    TemplateMiddle: 7, // }…${
    TemplateTail: 8, // }…`
    Private: 9, // #name
    LParen: 10,
    RParen: 11,
    LBracket: 12,
    RBracket: 13,
    LBrace: 14,
    RBrace: 15,
    Semi: 16,
    Comma: 17,
    Colon: 18,
    Question: 19,
    QuestionDot: 20,
    Dot: 21,
    Arrow: 22,
    Assign: 23, // =
    CompoundAssign: 24, // += -= **= &&= …
    SlashAssign: 25, // /= (a regex where an operand is expected)
    Ellipsis: 26,
    Star: 27,
    Slash: 28,
    Update: 29, // ++ --
    PlusMinus: 30, // + - (prefix or binary)
    Bang: 31, // ! (prefix; a TypeScript non-null assertion after an operand)
    Tilde: 32,
    LessThan: 33, // < (where an operand is expected: JSX)
    Binary: 34, // every other binary operator
    At: 35, // @ (decorators)
};
/** Words the scanner must recognise; every other identifier or keyword is W.Name. */
const W = {
    Name: 0,
    Function: 1,
    Class: 2,
    Async: 3,
    Var: 4,
    Let: 5,
    Const: 6,
    If: 7,
    Else: 8,
    For: 9,
    While: 10,
    Do: 11,
    Switch: 12,
    Case: 13,
    Default: 14,
    Break: 15,
    Continue: 16,
    Return: 17,
    Throw: 18,
    Try: 19,
    Catch: 20,
    Finally: 21,
    With: 22,
    Debugger: 23,
    Import: 24,
    Export: 25,
    New: 26,
    Prefix: 27, // typeof void delete await
    Yield: 28,
    In: 29, // in instanceof
    Of: 30,
    Extends: 31,
    Static: 32,
    Get: 33,
    Set: 34,
    From: 35,
    Enum: 36,
    TypeScriptOnly: 37, // words that open TypeScript-only syntax when a name follows on the same line
    Literal: 38, // this super null true false
};
const WORDS = new Map([
    ['function', W.Function],
    ['class', W.Class],
    ['async', W.Async],
    ['var', W.Var],
    ['let', W.Let],
    ['const', W.Const],
    ['if', W.If],
    ['else', W.Else],
    ['for', W.For],
    ['while', W.While],
    ['do', W.Do],
    ['switch', W.Switch],
    ['case', W.Case],
    ['default', W.Default],
    ['break', W.Break],
    ['continue', W.Continue],
    ['return', W.Return],
    ['throw', W.Throw],
    ['try', W.Try],
    ['catch', W.Catch],
    ['finally', W.Finally],
    ['with', W.With],
    ['debugger', W.Debugger],
    ['import', W.Import],
    ['export', W.Export],
    ['new', W.New],
    ['typeof', W.Prefix],
    ['void', W.Prefix],
    ['delete', W.Prefix],
    ['await', W.Prefix],
    ['yield', W.Yield],
    ['in', W.In],
    ['instanceof', W.In],
    ['of', W.Of],
    ['extends', W.Extends],
    ['static', W.Static],
    ['get', W.Get],
    ['set', W.Set],
    ['from', W.From],
    ['enum', W.Enum],
    // Words that open TypeScript-only syntax when a name follows them on the same line.
    ...['type', 'interface', 'declare', 'abstract', 'namespace', 'module', 'global', 'using', 'accessor', 'public']
        .concat(['private', 'protected', 'readonly', 'override'])
        .map((word) => [word, W.TypeScriptOnly]),
    ...['this', 'super', 'null', 'true', 'false'].map((word) => [word, W.Literal]),
]);
const wordId = (word) => WORDS.get(word) ?? W.Name;
/** Thrown wherever the scanner meets what it does not model: the file then goes to the compiler. */
class NotScanned extends Error {
}
/** The tokens of one file; `match` pairs each bracket (and template part) with the one that closes it. */
class Tokens {
    count = 0;
    kind = new Uint8Array(1024);
    word = new Uint8Array(1024);
    start = new Int32Array(1024);
    end = new Int32Array(1024);
    /** 1 when a line break comes between this token and the one before */
    newline = new Uint8Array(1024);
    match = new Int32Array(1024);
    reset() {
        this.count = 0;
    }
    push(kind, start, end, newline, word) {
        if (this.count === this.kind.length)
            this.grow();
        const i = this.count++;
        this.kind[i] = kind;
        this.start[i] = start;
        this.end[i] = end;
        this.newline[i] = newline;
        this.word[i] = word;
        this.match[i] = -1;
        return i;
    }
    grow() {
        const size = this.kind.length * 2;
        const copy = (from, to) => (to.set(from), to);
        this.kind = copy(this.kind, new Uint8Array(size));
        this.word = copy(this.word, new Uint8Array(size));
        this.start = copy(this.start, new Int32Array(size));
        this.end = copy(this.end, new Int32Array(size));
        this.newline = copy(this.newline, new Uint8Array(size));
        this.match = copy(this.match, new Int32Array(size));
    }
}

;// CONCATENATED MODULE: ./src/compliance/javascript/contexts.ts

const TOP_LEVEL = { inFunction: false, inAsync: false, inGenerator: false };
const NAME_OR_LITERAL = new Set([T.Word, T.Num, T.Str, T.Template]);
/** Whether the `await` or `yield` at the cursor is an operator; `inItsContext`: inside an async function (a generator). */
function isOperatorWord(p, inItsContext) {
    if (inItsContext)
        return true;
    if (!p.newlineBefore(1) && NAME_OR_LITERAL.has(p.kind(1)))
        return true;
    if (!p.context.inFunction)
        p.fail();
    return false;
}
/** Reads with `context` in force, then restores the one before. */
function withContext(p, context, read) {
    const outer = p.context;
    p.context = context;
    try {
        return read();
    }
    finally {
        p.context = outer;
    }
}

;// CONCATENATED MODULE: ./src/compliance/javascript/symbol-table.ts
const ANONYMOUS = '<anonymous>';
class SymbolTable {
    list = [];
    enclosing = -1;
    /** Starts a symbol whose first token is `startToken`; what is found until it closes belongs to it. */
    open(kind, startToken, own) {
        const index = this.list.length;
        this.list.push({ kind, own, startToken, endToken: -1, params: undefined, parent: this.enclosing });
        this.enclosing = index;
        return index;
    }
    /** Ends a symbol at its last token. */
    close(symbol, endToken) {
        const found = this.list[symbol];
        found.endToken = endToken;
        this.enclosing = found.parent;
        return symbol;
    }
    /** Names a function or class by what it is assigned to, unless it has its own name. */
    name(symbol, name) {
        const found = this.list[symbol];
        if (found !== undefined && found.own === undefined)
            found.own = name;
    }
}

;// CONCATENATED MODULE: ./src/compliance/javascript/chars.ts
/** Character classes and comments for the JavaScript tokenizer (ASCII only: other text is the compiler's). */

const NOT_SCANNED = new NotScanned('not scanned');
const isIdentStart = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
const isIdentPart = (c) => isIdentStart(c) || (c >= 48 && c <= 57);
const isDigit = (c) => c >= 48 && c <= 57;
const isHexLetter = (c) => (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
/** Where a line comment (or a `#!` line) starting at `pos` ends: at its line break, not past it. */
function lineEnd(text, pos) {
    let end = pos;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13)
        end++;
    return end;
}
/** Where the block comment starting at `pos` ends (past its `*∕`); an unterminated one is not scanned. */
function blockCommentEnd(text, pos) {
    const close = text.indexOf('*/', pos + 2);
    if (close === -1)
        throw NOT_SCANNED;
    return close + 2;
}
/** Whether text[from, to) holds a line break (a comment that spans lines ends a line for semicolon insertion). */
function hasLineBreak(text, from, to) {
    for (let pos = from; pos < to; pos++) {
        const c = text.charCodeAt(pos);
        if (c === 10 || c === 13)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/compliance/javascript/parser.ts
/**
 * The state the JavaScript structure scanner's grammar functions share: the tokens, a cursor, and the
 * symbols found so far (symbol-table.ts).
 */




class Parser {
    text;
    tokens;
    /** the current token */
    i = 0;
    symbols = new SymbolTable();
    /**
     * The name an assignment to the operand just read would give (`a.b.c` gives `c`), or the string
     * token whose value it is (`a['d']`), or undefined: updated as an operand and its postfixes are read.
     */
    target;
    /** the token after the last arrow function read: nothing may continue an arrow */
    arrowEnd = -1;
    /** set while a `for (var x = …` initializer is read, where `in` would start the loop's object */
    noIn = false;
    /** what `await` and `yield` are here (contexts.ts) */
    context = TOP_LEVEL;
    constructor(text, tokens) {
        this.text = text;
        this.tokens = tokens;
    }
    kind(offset = 0) {
        return this.tokens.kind[this.i + offset];
    }
    word(offset = 0) {
        return this.tokens.kind[this.i + offset] === T.Word ? this.tokens.word[this.i + offset] : -1;
    }
    /** whether a line break comes before the token `offset` tokens ahead */
    newlineBefore(offset = 0) {
        return this.tokens.newline[this.i + offset] === 1;
    }
    /** the index of the bracket that closes the one `offset` tokens ahead */
    closer(offset = 0) {
        return this.tokens.match[this.i + offset];
    }
    tokenText(index = this.i) {
        return this.text.slice(this.tokens.start[index], this.tokens.end[index]);
    }
    expect(kind) {
        if (this.tokens.kind[this.i] !== kind)
            this.fail();
        this.i++;
    }
    /** Leaves the token stream at `index`, which must be where the reading stopped. */
    endAt(index) {
        if (this.i !== index)
            this.fail();
        this.i = index + 1;
    }
    fail() {
        throw NOT_SCANNED;
    }
}
/**
 * The elements of a bracketed, comma-separated list (arguments, parameters, array literals and patterns),
 * the cursor on its opening bracket: each read by `element` after an optional `...`, a trailing comma
 * allowed, and holes (`[a, , b]`) where `holes` says. Returns how many elements there were.
 */
function elementList(p, element, holes) {
    const close = p.closer();
    let count = 0;
    for (p.i++; p.i < close; count++) {
        if (holes && p.kind() === T.Comma) {
            p.i++;
            continue;
        }
        if (p.kind() === T.Ellipsis)
            p.i++;
        element(p);
        if (p.i < close)
            p.expect(T.Comma);
    }
    p.endAt(close);
    return count;
}

;// CONCATENATED MODULE: ./src/compliance/javascript/bindings.ts
/**
 * Binding patterns: parameters, declarations and `catch` bindings. A default value in a binding names
 * nothing (`(f = () => 1) => …` leaves the arrow anonymous, as the compiler's rules do).
 */



/** `( a, b = 1, {c}, ...d )`: how many parameters; a TypeScript `this` parameter is the compiler's. */
function parameterList(p) {
    if (p.word(1) === W.Literal && p.tokenText(p.i + 1) === 'this')
        p.fail();
    return elementList(p, bindingElement, false);
}
/** A binding and its default value, if any. */
function bindingElement(p) {
    bindingTarget(p);
    if (p.kind() === T.Assign) {
        p.i++;
        assignment(p);
    }
}
/** A name, or an object or array pattern. */
function bindingTarget(p) {
    const kind = p.kind();
    if (kind === T.Word)
        p.i++;
    else if (kind === T.LBrace)
        objectPattern(p);
    else if (kind === T.LBracket)
        arrayPattern(p);
    else
        p.fail();
}
function objectPattern(p) {
    const close = p.closer();
    p.i++;
    while (p.i < close) {
        if (p.kind() === T.Ellipsis) {
            p.i++;
            bindingTarget(p);
        }
        else {
            patternKey(p);
            const next = p.kind();
            if (next === T.Colon || next === T.Assign) {
                p.i++;
                if (next === T.Colon)
                    bindingElement(p);
                else
                    assignment(p);
            }
        }
        if (p.i < close)
            p.expect(T.Comma);
    }
    p.endAt(close);
}
function patternKey(p) {
    const kind = p.kind();
    if (kind === T.LBracket) {
        const close = p.closer();
        p.i++;
        expression(p);
        p.endAt(close);
    }
    else if (kind === T.Word || kind === T.Str || kind === T.Num)
        p.i++;
    else
        p.fail();
}
function arrayPattern(p) {
    elementList(p, bindingElement, true);
}

;// CONCATENATED MODULE: ./src/compliance/javascript/functions.ts





/** `function [*] [name] (…) {…}`, the cursor on `function`; `start` is its first token (`export`, `async`). */
function functionLike(p, start, kind) {
    p.i++;
    if (p.kind() === T.Star)
        p.i++;
    const context = contextOf(p, start, p.i);
    let own;
    if (p.kind() === T.Word) {
        own = p.tokenText();
        p.i++;
    }
    const symbol = p.symbols.open(kind, start, own);
    return functionRest(p, symbol, context);
}
/** A method, accessor or constructor of a class or object literal, the cursor on its `(`. */
function method(p, start, kind, name, computedKey) {
    const symbol = p.symbols.open(kind, start, name);
    const context = contextOf(p, start, computedKey >= 0 ? computedKey : p.i - 1);
    if (computedKey >= 0)
        readComputedKey(p, computedKey);
    return functionRest(p, symbol, context);
}
/** Parameters and body, from the `(`. */
function functionRest(p, symbol, context) {
    if (p.kind() !== T.LParen)
        p.fail();
    withContext(p, context, () => {
        p.symbols.list[symbol].params = parameterList(p);
        if (p.kind() !== T.LBrace)
            p.fail();
        block(p);
    });
    return p.symbols.close(symbol, p.i - 1);
}
/** The context of a function whose modifiers (`async`, `*`) are the tokens from `first` to before `last`. */
function contextOf(p, first, last) {
    let inAsync = false;
    let inGenerator = false;
    for (let token = first; token < last; token++) {
        inAsync ||= p.tokens.word[token] === W.Async && p.tokens.kind[token] === T.Word;
        inGenerator ||= p.tokens.kind[token] === T.Star;
    }
    return { inFunction: true, inAsync, inGenerator };
}
/** `x => …`, `(…) => …`, `async x => …`: `start` is its first token, `params` where its parameters start. */
function arrowFunction(p, start, params) {
    const symbol = p.symbols.open('function', start);
    p.i = params;
    if (p.kind() === T.Word) {
        p.symbols.list[symbol].params = 1;
        p.i++;
    }
    else
        p.symbols.list[symbol].params = parameterList(p);
    p.expect(T.Arrow);
    // An arrow's body is never a generator's; it awaits when the arrow is async.
    withContext(p, { inFunction: true, inAsync: start !== params, inGenerator: false }, () => {
        if (p.kind() === T.LBrace)
            block(p);
        else
            assignment(p);
    });
    p.arrowEnd = p.i;
    return p.symbols.close(symbol, p.i - 1);
}
/** A `{ … }` of statements: a block, or a function's body. */
function block(p) {
    const close = p.closer();
    p.i++;
    statements(p, close);
    p.i = close + 1;
}
/** Reads a computed key `[…]` where it belongs in the order of symbols, then returns to the cursor. */
function readComputedKey(p, open) {
    const resume = p.i;
    p.i = open + 1;
    expression(p);
    p.endAt(p.tokens.match[open]);
    p.i = resume;
}

;// CONCATENATED MODULE: ./src/compliance/javascript/postfix.ts
/**
 * What follows a primary expression (member accesses, calls, tagged templates, `++`/`--`) and the
 * bracketed literals (arrays, templates): each may hold functions of its own.
 */



/** Member accesses, calls, tagged templates and `++`/`--` after a primary expression. */
function postfix(p, single) {
    for (;;) {
        const kind = p.kind();
        if (kind === T.Dot) {
            p.i++;
            if (p.kind() !== T.Word && p.kind() !== T.Private)
                p.fail();
            p.target = p.tokenText();
            p.i++;
        }
        else if (kind === T.QuestionDot)
            optionalChain(p);
        else if (kind === T.LBracket)
            elementAccess(p);
        else if (kind === T.LParen)
            args(p);
        else if (kind === T.Template || kind === T.TemplateHead || (kind === T.Update && !p.newlineBefore())) {
            if (kind === T.TemplateHead)
                template(p);
            else
                p.i++;
            p.target = undefined;
        }
        else if (kind === T.Bang && !p.newlineBefore())
            p.fail(); // TypeScript's `x!`
        else
            return single;
        single = -1;
    }
}
function optionalChain(p) {
    p.i++;
    const kind = p.kind();
    // `a?.b = …` is no valid assignment, but the compiler parses it and names the value b: so do we.
    if (kind === T.Word || kind === T.Private)
        p.target = p.tokenText(p.i++);
    else if (kind === T.LParen)
        args(p);
    else if (kind === T.LBracket)
        elementAccess(p);
    else
        p.fail();
}
/** `a[…]`: assigning to `a['name']` names the value `name`, as to `a.name`. */
function elementAccess(p) {
    const close = p.closer();
    const only = p.i + 1;
    const named = close === only + 1 && (p.kind(1) === T.Str || p.kind(1) === T.Template);
    p.i++;
    expression(p);
    p.endAt(close);
    p.target = named ? only : undefined;
}
/** A string or plain template literal's value; escapes are left to the compiler. */
function literalText(p, index) {
    const raw = p.text.slice(p.tokens.start[index] + 1, p.tokens.end[index] - 1);
    if (raw.includes('\\') || raw.includes('\r'))
        p.fail(); // escapes and a template's CRLF change the value
    return raw;
}
/** Call arguments: `( a, ...b, )`. */
function args(p) {
    elementList(p, assignment, false);
    p.target = undefined;
}
function arrayLiteral(p) {
    elementList(p, assignment, true);
}
/** `` `a${x}b${y}c` ``: each substitution is an expression. */
function template(p) {
    for (;;) {
        p.i++;
        expression(p);
        const kind = p.kind();
        if (kind === T.TemplateTail)
            break;
        if (kind !== T.TemplateMiddle)
            p.fail();
    }
    p.i++;
}
/** Whether `new`'s operand from `callee` on has a member access after its arguments (`new A().b`, `new A()[c]`). */
function memberAfterCall(p, callee) {
    let called = false;
    for (let token = callee; token < p.i; token++) {
        const kind = p.tokens.kind[token];
        if (called && (kind === T.Dot || kind === T.LBracket || kind === T.QuestionDot))
            return true;
        if (kind === T.LParen && token > callee)
            called = true;
        if (kind === T.LParen || kind === T.LBracket)
            token = p.tokens.match[token];
    }
    return false;
}
/** A symbol read as an operand, with no name for an assignment to take from it. */
function withoutTarget(p, symbol) {
    p.target = undefined;
    return symbol;
}

;// CONCATENATED MODULE: ./src/compliance/javascript/members.ts





/** Token kinds after which `static`, `async`, `get` and `set` are modifiers rather than names. */
const MEMBER_NAMES = new Set([T.Word, T.Str, T.Num, T.Private, T.LBracket]);
const AFTER_MODIFIER = new Set([...MEMBER_NAMES, T.LBrace, T.Star, T.Ellipsis]);
/** `class [name] [extends …] {…}`, the cursor on `class`; `start` is its first token. */
function classLike(p, start) {
    p.i++;
    let own;
    if (p.kind() === T.Word && p.word() !== W.Extends) {
        own = p.tokenText();
        p.i++;
    }
    const symbol = p.symbols.open('class', start, own);
    if (p.word() === W.Extends) {
        p.i++;
        operand(p);
    }
    if (p.kind() !== T.LBrace)
        p.fail();
    const close = p.closer();
    // Field initializers and static blocks neither await nor yield, whatever encloses the class.
    const body = { inFunction: p.context.inFunction, inAsync: false, inGenerator: false };
    withContext(p, body, () => {
        for (p.i++; p.i < close;) {
            if (p.kind() === T.Semi)
                p.i++;
            else
                classMember(p, close);
        }
    });
    p.i = close + 1;
    return p.symbols.close(symbol, p.i - 1);
}
function isModifier(p, sameLine) {
    return AFTER_MODIFIER.has(p.kind(1)) && !(sameLine && p.newlineBefore(1));
}
function classMember(p, close) {
    const start = p.i;
    let isStatic = false;
    if (p.word() === W.Static && isModifier(p, false)) {
        if (p.kind(1) === T.LBrace)
            return (p.i++, block(p)); // a static block: statements, not a symbol
        p.i++;
        isStatic = true;
    }
    if (p.word() === W.TypeScriptOnly && isModifier(p, true))
        p.fail();
    const isAsync = p.word() === W.Async && isModifier(p, true);
    if (isAsync)
        p.i++;
    const star = p.kind() === T.Star;
    const kind = memberKind(p);
    const key = readKey(p);
    if (p.kind() === T.LParen) {
        const name = keyName(p, key);
        if (name !== 'constructor' || key.computed >= 0)
            return void method(p, start, kind, name, key.computed);
        // The compiler has its own reading of a constructor with modifiers; leave those to it.
        if (isStatic || isAsync || star || kind !== 'method')
            p.fail();
        return void method(p, start, 'constructor', 'constructor', -1);
    }
    if (isAsync || star || kind !== 'method')
        p.fail();
    classField(p, key, close);
}
/** 'accessor' after `get`/`set` (the cursor moves past it and past a `*`), else 'method'. */
function memberKind(p) {
    if (p.kind() === T.Star) {
        p.i++;
        return 'method';
    }
    const accessor = (p.word() === W.Get || p.word() === W.Set) && MEMBER_NAMES.has(p.kind(1));
    if (accessor)
        p.i++;
    return accessor ? 'accessor' : 'method';
}
function nameBy(p, symbol, key) {
    if (symbol >= 0)
        p.symbols.name(symbol, keyName(p, key));
}
/** `name [= value]` ended by `;`, a line break or the class's `}`. */
function classField(p, key, close) {
    if (key.computed >= 0)
        readComputedKey(p, key.computed);
    if (p.kind() === T.Assign) {
        p.i++;
        nameBy(p, assignment(p), key);
    }
    if (p.kind() === T.Semi)
        p.i++;
    else if (p.i !== close && !p.newlineBefore())
        p.fail();
}
/** A member's key: a name, string, number, private name or `[computed]` (read later, in its place). */
function readKey(p) {
    const token = p.i;
    const kind = p.kind();
    if (kind !== T.LBracket) {
        if (kind !== T.Word && kind !== T.Private && kind !== T.Str && kind !== T.Num)
            p.fail();
        p.i++;
        return { token, computed: -1 };
    }
    p.i = p.closer() + 1;
    return { token, computed: token };
}
/**
 * A key's name as the compiler gives it, asked for only when it names something: a string's value, a
 * plain integer's digits (the compiler normalises other numerals: 0x10 is "16"), a computed key's text.
 */
function keyName(p, key) {
    const kind = p.tokens.kind[key.token];
    if (kind === T.Str)
        return literalText(p, key.token);
    if (kind === T.LBracket)
        return p.text.slice(p.tokens.start[key.token], p.tokens.end[p.tokens.match[key.token]]);
    const text = p.tokenText(key.token);
    if (kind === T.Num && !/^(0|[1-9]\d{0,14})$/.test(text))
        p.fail();
    return text;
}
/** `{ a: 1, b, c() {}, get d() {}, ...e, [f]: g }`, the cursor on `{`. */
function objectLiteral(p) {
    const close = p.closer();
    p.i++;
    while (p.i < close) {
        objectMember(p);
        if (p.i < close)
            p.expect(T.Comma);
    }
    p.endAt(close);
}
function objectMember(p) {
    if (p.kind() === T.Ellipsis) {
        p.i++;
        assignment(p);
        return;
    }
    const start = p.i;
    const isAsync = p.word() === W.Async && isModifier(p, true);
    if (isAsync)
        p.i++;
    const star = p.kind() === T.Star;
    const kind = memberKind(p);
    const key = readKey(p);
    if (p.kind() === T.LParen)
        return void method(p, start, kind, keyName(p, key), key.computed);
    if (isAsync || star || kind !== 'method')
        p.fail();
    if (key.computed >= 0)
        readComputedKey(p, key.computed);
    if (p.kind() === T.Colon) {
        p.i++;
        nameBy(p, assignment(p), key);
    }
    else if (p.kind() === T.Assign) {
        p.i++;
        assignment(p); // `{ a = 1 } = …`: a default in a pattern, which names nothing
    }
    else if (p.tokens.kind[start] !== T.Word)
        p.fail();
}

;// CONCATENATED MODULE: ./src/compliance/javascript/expressions.ts
/**
 * Expressions, read only as far as the structure needs: where each one ends (commas, brackets, `?:` and
 * automatic semicolons), the functions, arrows, classes and object literals inside, and whether an
 * expression is exactly one function or class (through parentheses), which an assignment then names.
 * Each function returns that symbol's index, or -1.
 */





const ENDS = new Set([T.End, T.Semi, T.Comma, T.Colon, T.RParen, T.RBracket, T.RBrace]);
ENDS.add(T.TemplateMiddle).add(T.TemplateTail);
/** After an operand, tokens that carry the expression on across a line break (else a semicolon is inserted). */
const CONTINUES = new Set([T.Assign, T.CompoundAssign, T.SlashAssign, T.Question, T.Binary, T.Star]);
for (const kind of [T.Slash, T.PlusMinus, T.LessThan])
    CONTINUES.add(kind);
const BINARY = new Set([T.Binary, T.Star, T.Slash, T.PlusMinus, T.LessThan]);
const PREFIX = new Set([T.Bang, T.Tilde, T.PlusMinus, T.Update]);
const STARTS_OPERAND = new Set([T.Word, T.Num, T.Str, T.Regex, T.Template, T.TemplateHead, T.Private]);
for (const kind of [T.LParen, T.LBracket, T.LBrace, ...PREFIX])
    STARTS_OPERAND.add(kind);
/** Words that cannot begin an operand. */
const NOT_OPERANDS = new Set([W.Var, W.Const, W.If, W.Else, W.For, W.While, W.Do, W.Switch, W.Case]);
for (const word of [W.Default, W.Break, W.Continue, W.Return, W.Throw, W.Try, W.Catch, W.Finally, W.With])
    NOT_OPERANDS.add(word);
for (const word of [W.Debugger, W.Export, W.Enum, W.Extends, W.In])
    NOT_OPERANDS.add(word);
/** An Expression: assignments separated by commas. */
function expression(p) {
    let single = assignment(p);
    while (p.kind() === T.Comma) {
        p.i++;
        assignment(p);
        single = -1;
    }
    return single;
}
/** An AssignmentExpression (a conditional, an arrow, `yield`, or an assignment to what came before). */
function assignment(p) {
    if (p.word() === W.Yield && isOperatorWord(p, p.context.inGenerator))
        return yieldExpression(p);
    let single = operand(p);
    // Nothing continues an arrow function: after one, the expression has ended (else the compiler decides).
    if (p.arrowEnd === p.i)
        return single;
    for (;;) {
        const kind = p.kind();
        if (ENDS.has(kind) || (p.newlineBefore() && !CONTINUES.has(kind) && p.word() !== W.In))
            return single;
        if (kind === T.Assign)
            return assignTo(p, p.target);
        p.i++;
        if (kind === T.CompoundAssign || kind === T.SlashAssign)
            return (assignment(p), -1);
        if (kind === T.Question) {
            assignment(p);
            p.expect(T.Colon);
            return (assignment(p), -1);
        }
        const word = p.tokens.word[p.i - 1];
        if (p.noIn && word === W.In && p.tokenText(p.i - 1) === 'in')
            p.fail(); // `for (var x = a in b)`: rare
        if (!BINARY.has(kind) && (kind !== T.Word || (word !== W.In && word !== W.Of)))
            p.fail();
        operand(p);
        single = -1;
    }
}
function assignTo(p, target) {
    p.i++;
    const value = assignment(p);
    if (value >= 0 && target !== undefined)
        p.symbols.name(value, typeof target === 'string' ? target : literalText(p, target));
    return -1;
}
function yieldExpression(p) {
    p.i++;
    if (p.kind() === T.Star)
        p.i++;
    if (!p.newlineBefore() && STARTS_OPERAND.has(p.kind()) && p.word() !== W.In && p.word() !== W.Of)
        assignment(p);
    return -1;
}
/** A unary expression: prefixes, then a primary expression and its postfixes; or an arrow function. */
function operand(p) {
    p.target = undefined;
    const kind = p.kind();
    const prefixWord = p.word() === W.Prefix && (p.tokenText() !== 'await' || isOperatorWord(p, p.context.inAsync));
    if (PREFIX.has(kind) || (prefixWord && STARTS_OPERAND.has(p.kind(1)))) {
        p.i++;
        operand(p);
        return ((p.target = undefined), -1);
    }
    if (p.word() === W.New && p.kind(1) !== T.Dot) {
        const callee = ++p.i;
        operand(p);
        // `new A().b = …` names the value b, as the compiler does; `new A.b = …` names nothing.
        if (!memberAfterCall(p, callee))
            p.target = undefined;
        return -1;
    }
    const arrow = arrowAhead(p);
    if (arrow >= 0)
        return arrowFunction(p, p.i, arrow);
    return postfix(p, primary(p));
}
/** Where an arrow's parameters start when one starts here (`x =>`, `(…) =>`, `async x =>`, `async (…) =>`), else -1. */
function arrowAhead(p) {
    const first = p.word() === W.Async && p.kind(1) !== T.Arrow && !p.newlineBefore(1) ? 1 : 0;
    const kind = p.kind(first);
    if (kind === T.Word && p.kind(first + 1) === T.Arrow && !p.newlineBefore(first + 1))
        return p.i + first;
    if (kind !== T.LParen)
        return -1;
    const after = p.closer(first) + 1;
    const arrow = p.tokens.kind[after] === T.Arrow && p.tokens.newline[after] === 0;
    return arrow ? p.i + first : -1;
}
function primary(p) {
    const kind = p.kind();
    if (kind === T.Word)
        return wordOperand(p);
    if (kind === T.LParen)
        return parenthesized(p);
    // `(a) = …`, `[a] = …`, `({ a } = …)` name nothing: what was read inside does not name the value.
    if (kind === T.LBracket)
        return (arrayLiteral(p), (p.target = undefined), -1);
    if (kind === T.LBrace)
        return (objectLiteral(p), (p.target = undefined), -1);
    if (kind === T.TemplateHead)
        return (template(p), (p.target = undefined), -1);
    if (kind === T.Num || kind === T.Str || kind === T.Regex || kind === T.Template || kind === T.Private) {
        p.i++;
        return -1;
    }
    return p.fail(); // a `/` here is a regex the tokenizer took for a division; `<` is JSX; `@` a decorator
}
function wordOperand(p) {
    const word = p.word();
    const start = p.i;
    if (word === W.Async && p.word(1) === W.Function && !p.newlineBefore(1))
        p.i++;
    // What a function or class expression holds never names what it is assigned to.
    if (p.word() === W.Function)
        return withoutTarget(p, functionLike(p, start, 'function'));
    if (word === W.Class)
        return withoutTarget(p, classLike(p, start));
    if (NOT_OPERANDS.has(word))
        p.fail();
    const meta = (word === W.New || word === W.Import) && p.kind(1) === T.Dot; // new.target, import.meta
    p.target = word === W.Literal || meta ? undefined : p.tokenText();
    p.i += meta ? 3 : 1;
    return -1;
}
/** `( expression )`: transparent to naming (`const f = (() => 1)` names the arrow f). */
function parenthesized(p) {
    const close = p.closer();
    p.i++;
    if (p.i === close)
        p.fail();
    const single = expression(p);
    p.endAt(close);
    p.target = undefined;
    return single;
}

;// CONCATENATED MODULE: ./src/compliance/javascript/control-flow.ts
/** Control-flow statements: conditions, loops, `switch`, `try`, and jumps. */





/** The control-flow statement `word` starts, read; false when it starts none. */
function controlStatement(p, word) {
    switch (word) {
        case W.If:
            return ifStatement(p);
        case W.While:
        case W.With:
            p.i++;
            condition(p);
            statement(p);
            return true;
        case W.For:
            return forStatement(p);
        case W.Do:
            return doStatement(p);
        case W.Switch:
            return switchStatement(p);
        case W.Try:
            return tryStatement(p);
        default:
            return jumpStatement(p, word);
    }
}
/** `( expression )` after `if`, `while`, `switch`… */
function condition(p) {
    if (p.kind() !== T.LParen)
        p.fail();
    const close = p.closer();
    p.i++;
    expression(p);
    p.endAt(close);
}
function ifStatement(p) {
    p.i++;
    condition(p);
    statement(p);
    if (p.word() === W.Else) {
        p.i++;
        statement(p);
    }
    return true;
}
function forStatement(p) {
    p.i++;
    if (p.word() === W.Prefix && p.tokenText() === 'await')
        p.i++;
    if (p.kind() !== T.LParen)
        p.fail();
    const close = p.closer();
    p.i++;
    const word = p.word();
    if (word === W.Var || word === W.Const || (word === W.Let && startsBinding(p, 1)))
        declarations(p, true);
    else if (p.kind() !== T.Semi)
        expression(p);
    while (p.i < close) {
        p.expect(T.Semi);
        if (p.kind() !== T.Semi && p.i < close)
            expression(p);
    }
    p.endAt(close);
    statement(p);
    return true;
}
function doStatement(p) {
    p.i++;
    statement(p);
    if (p.word() !== W.While)
        p.fail();
    p.i++;
    condition(p);
    if (p.kind() === T.Semi)
        p.i++;
    return true;
}
function switchStatement(p) {
    p.i++;
    condition(p);
    if (p.kind() !== T.LBrace)
        p.fail();
    const close = p.closer();
    for (p.i++; p.i < close;) {
        if (p.word() === W.Case) {
            p.i++;
            expression(p);
            p.expect(T.Colon);
        }
        else if (p.word() === W.Default && p.kind(1) === T.Colon)
            p.i += 2;
        else
            statement(p);
    }
    p.endAt(close);
    return true;
}
function tryStatement(p) {
    p.i++;
    blockHere(p);
    if (p.word() === W.Catch) {
        p.i++;
        if (p.kind() === T.LParen) {
            const close = p.closer();
            p.i++;
            bindingTarget(p);
            p.endAt(close);
        }
        blockHere(p);
    }
    if (p.word() === W.Finally) {
        p.i++;
        blockHere(p);
    }
    return true;
}
function blockHere(p) {
    if (p.kind() !== T.LBrace)
        p.fail();
    block(p);
}
/** `return`, `throw`, `break`/`continue` (with a label on the same line) and `debugger`. */
function jumpStatement(p, word) {
    const jumps = word === W.Return || word === W.Throw || word === W.Break || word === W.Continue;
    if (!jumps && word !== W.Debugger)
        return false;
    p.i++;
    const ends = p.kind() === T.Semi || p.kind() === T.RBrace || p.newlineBefore();
    if ((word === W.Return || word === W.Throw) && !ends)
        expression(p);
    if ((word === W.Break || word === W.Continue) && p.kind() === T.Word && !p.newlineBefore())
        p.i++;
    endStatement(p);
    return true;
}

;// CONCATENATED MODULE: ./src/compliance/javascript/modules.ts
/** Imports and exports: nothing in an import is a symbol; an exported function or class starts at `export`. */




/** The import or export declaration `word` starts, read; false when it starts none (`import(…)`). */
function moduleStatement(p, word) {
    if (word === W.Export)
        return exportDeclaration(p);
    if (word !== W.Import || p.kind(1) === T.LParen || p.kind(1) === T.Dot)
        return false;
    importDeclaration(p);
    return true;
}
/** `import … from 'x'` or `import 'x'`, with attributes: nothing in it is a symbol. */
function importDeclaration(p) {
    p.i++;
    if (p.kind() !== T.Str) {
        while (p.word() !== W.From || p.kind(1) !== T.Str) {
            if (p.kind() === T.End || p.kind() === T.Assign)
                p.fail(); // `import x = require(…)` is TypeScript
            p.i = p.kind() === T.LBrace ? p.closer() + 1 : p.i + 1;
        }
        p.i++;
    }
    moduleSpecifier(p);
}
/** `'x'` and its `with { … }` attributes, ending the statement. */
function moduleSpecifier(p) {
    literalText(p, p.i);
    p.expect(T.Str);
    const attributes = p.word() === W.With || (p.kind() === T.Word && p.tokenText() === 'assert');
    if (attributes && p.kind(1) === T.LBrace && !p.newlineBefore())
        p.i = p.closer(1) + 1;
    endStatement(p);
}
/** `export …`: an exported function or class starts at `export`. */
function exportDeclaration(p) {
    const start = p.i;
    p.i++;
    const isDefault = p.word() === W.Default;
    if (isDefault)
        p.i++;
    if (declaration(p, p.word(), start))
        return true;
    if (isDefault)
        return (assignment(p), endStatement(p), true);
    if (p.kind() === T.LBrace)
        p.i = p.closer() + 1;
    else if (p.kind() === T.Star) {
        p.i++;
        if (p.kind() === T.Word && p.tokenText() === 'as')
            p.i += 2;
    }
    else
        p.fail();
    if (p.word() !== W.From)
        return (endStatement(p), true);
    p.i++;
    moduleSpecifier(p);
    return true;
}

;// CONCATENATED MODULE: ./src/compliance/javascript/statements.ts
/**
 * Statements: which ones declare functions and classes (and from which token they start: `export` and
 * `async` belong to them), where blocks are, and where each statement ends, by `;`, a `}` or the rules of
 * automatic semicolon insertion. Control flow is in control-flow.ts, imports and exports in modules.ts.
 */







/** Statements up to the token `close` (a block's `}`, or the end of the file). */
function statements(p, close) {
    while (p.i < close)
        statement(p);
    if (p.i !== close)
        p.fail();
}
function statement(p) {
    const kind = p.kind();
    if (kind === T.LBrace)
        return block(p);
    if (kind === T.Semi)
        return void p.i++;
    if (kind === T.Word && wordStatement(p))
        return;
    expression(p);
    endStatement(p);
}
/** `;`, or a semicolon inserted before a `}`, the end, or a line break. */
function endStatement(p) {
    if (p.kind() === T.Semi)
        p.i++;
    else if (p.kind() !== T.RBrace && p.kind() !== T.End && !p.newlineBefore())
        p.fail();
}
/** Words that start a declaration a modifier may precede. */
const MODIFIED = new Set([W.Function, W.Class, W.Async, W.Export, W.Var, W.Let, W.Const, W.Static, W.Enum]);
MODIFIED.add(W.TypeScriptOnly).add(W.Default).add(W.Import);
/** A statement that starts with a word; false when the word starts an expression after all. */
function wordStatement(p) {
    const word = p.word();
    if (controlStatement(p, word) || moduleStatement(p, word) || declaration(p, word, p.i))
        return true;
    if (word === W.Enum)
        p.fail();
    // `static` (and TypeScript's modifiers) before a declaration, even across a line break, belongs to it.
    if ((word === W.Static || word === W.TypeScriptOnly) && MODIFIED.has(p.word(1)))
        p.fail();
    // `type X = …`, `interface X {…}`, `declare …`: TypeScript in a JavaScript file is the compiler's.
    if (word === W.TypeScriptOnly && p.kind(1) === T.Word && !p.newlineBefore(1))
        p.fail();
    if (p.kind(1) !== T.Colon)
        return false;
    p.i += 2; // a label
    statement(p);
    return true;
}
/** A function, class or variable declaration starting at the cursor; `start` is its first token (`export`). */
function declaration(p, word, start) {
    if (word === W.Function)
        return (functionLike(p, start, 'function'), true);
    if (word === W.Async && p.word(1) === W.Function && !p.newlineBefore(1)) {
        p.i++;
        return (functionLike(p, start, 'function'), true);
    }
    if (word === W.Class)
        return (classLike(p, start), true);
    const variables = word === W.Var || word === W.Const || (word === W.Let && startsBinding(p, 1));
    if (variables) {
        declarations(p);
        endStatement(p);
    }
    return variables;
}
/** Words that cannot be a binding's name: `let` before one of them is a name itself (`let\nnull = …`). */
const NOT_BINDINGS = new Set([W.Function, W.Class, W.Var, W.Const, W.If, W.Else, W.For, W.While, W.Do]);
for (const word of [W.Switch, W.Case, W.Default, W.Break, W.Continue, W.Return, W.Throw, W.Try, W.Catch])
    NOT_BINDINGS.add(word);
for (const word of [W.Finally, W.With, W.Debugger, W.Import, W.Export, W.New, W.In, W.Extends, W.Enum, W.Literal])
    NOT_BINDINGS.add(word);
/** Whether the token `offset` ahead starts a binding: a name, or an object or array pattern. */
const startsBinding = (p, offset) => p.kind(offset) === T.LBracket ||
    p.kind(offset) === T.LBrace ||
    (p.kind(offset) === T.Word && !NOT_BINDINGS.has(p.word(offset)));
/** `var|let|const a = 1, {b} = c`; in a `for` head also `x of y` and `x in y`. */
function declarations(p, inForHead = false) {
    p.i++;
    for (;;) {
        const name = p.kind() === T.Word ? p.tokenText() : undefined;
        bindingTarget(p);
        if (p.kind() === T.Assign) {
            p.i++;
            const outer = p.noIn;
            p.noIn = inForHead;
            p.symbols.name(assignment(p), name);
            p.noIn = outer;
        }
        else if (p.word() === W.Of || p.word() === W.In) {
            const of = p.word() === W.Of;
            p.i++;
            if (of)
                assignment(p);
            else
                expression(p);
        }
        if (p.kind() !== T.Comma)
            return;
        p.i++;
    }
}

;// CONCATENATED MODULE: ./src/compliance/javascript/literals.ts
/**
 * Where numbers, strings, templates and regular expressions end, and whether a `/` starts a regular
 * expression. The guess is made from the token before, as most tools do; the parser checks every guess
 * (a regex where an operator belongs, or a division where an operand does, sends the file to the compiler).
 */


const literals_BACKSLASH = 92;
const BACKTICK = 96;
/** Where the number starting at `start` ends: decimal, 0x/0o/0b, separators, exponent, BigInt suffix. */
function numberEnd(text, start) {
    const prefix = text.charCodeAt(start) === 48 ? text.charCodeAt(start + 1) | 32 : 0;
    const radix = prefix === 120 || prefix === 111 || prefix === 98; // 0x 0o 0b
    let pos = radix ? start + 2 : start;
    while (isDigit(text.charCodeAt(pos)) || text.charCodeAt(pos) === 95 || (radix && isHexLetter(text.charCodeAt(pos))))
        pos++;
    if (!radix)
        pos = fractionAndExponentEnd(text, pos);
    if (text.charCodeAt(pos) === 110)
        pos++; // BigInt
    if (isIdentPart(text.charCodeAt(pos)) || text.charCodeAt(pos) >= 128)
        throw NOT_SCANNED;
    return pos;
}
function fractionAndExponentEnd(text, from) {
    let pos = from;
    if (text.charCodeAt(pos) === 46)
        for (pos++; isDigit(text.charCodeAt(pos)) || text.charCodeAt(pos) === 95; pos++)
            ;
    if ((text.charCodeAt(pos) | 32) !== 101)
        return pos;
    pos++;
    if (text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45)
        pos++;
    if (!isDigit(text.charCodeAt(pos)))
        throw NOT_SCANNED;
    while (isDigit(text.charCodeAt(pos)) || text.charCodeAt(pos) === 95)
        pos++;
    return pos;
}
/** Where the string whose quote is at `start` ends (past its closing quote). */
function stringEnd(text, start) {
    const quote = text.charCodeAt(start);
    let pos = start + 1;
    for (let c = text.charCodeAt(pos); c !== quote; c = text.charCodeAt(pos)) {
        if (c === 10 || c === 13 || pos >= text.length)
            throw NOT_SCANNED;
        if (c !== literals_BACKSLASH)
            pos++;
        else
            pos += text.charCodeAt(pos + 1) === 13 && text.charCodeAt(pos + 2) === 10 ? 3 : 2;
    }
    return pos + 1;
}
/** From inside a template, where its part ends: past the closing backtick, or past a `${`. */
function templatePartEnd(text, from) {
    let pos = from;
    for (let c = text.charCodeAt(pos); c !== BACKTICK; c = text.charCodeAt(pos)) {
        if (pos >= text.length)
            throw NOT_SCANNED;
        if (c === literals_BACKSLASH)
            pos += 2;
        else if (c === 36 && text.charCodeAt(pos + 1) === 123)
            return pos + 2;
        else
            pos++;
    }
    return pos + 1;
}
/** Where the regular expression starting at `start` ends (past its flags). */
function literals_regexEnd(text, start) {
    let pos = start + 1;
    let inClass = false;
    for (let c = text.charCodeAt(pos); inClass || c !== 47; c = text.charCodeAt(pos)) {
        if (c === 10 || c === 13 || pos >= text.length)
            throw NOT_SCANNED;
        if (c === literals_BACKSLASH)
            pos++;
        else if (c === 91)
            inClass = true;
        else if (c === 93)
            inClass = false;
        pos++;
    }
    for (pos++; isIdentPart(text.charCodeAt(pos)); pos++)
        ;
    return pos;
}
/** What a `/` after a word starts: a regular expression after these (`return /x/`), else a division. */
// Only reserved words: after `of`, `yield` or `await`, which may be names, a division is guessed, since the
// parser catches a division where an operand belongs but could not tell a wrong regex from a right one.
const literals_REGEX_AFTER_WORDS = new Set([W.Return, W.Prefix, W.In, W.New, W.Throw, W.Case, W.Do]);
for (const word of [W.Else, W.Extends, W.Default])
    literals_REGEX_AFTER_WORDS.add(word);
/** Token kinds that end an operand: a `/` after them divides. */
const OPERAND_ENDS = new Set([T.Num, T.Str, T.Regex, T.Template, T.TemplateTail, T.Private]);
for (const kind of [T.RParen, T.RBracket, T.RBrace, T.Update])
    OPERAND_ENDS.add(kind);
/** Whether a `/` after the tokens so far starts a regular expression. */
function regexAllowed(tokens, text) {
    const last = tokens.count - 1;
    if (last < 0)
        return true;
    const kind = tokens.kind[last];
    if (kind !== T.Word)
        return !OPERAND_ENDS.has(kind);
    const afterDot = last > 0 && (tokens.kind[last - 1] === T.Dot || tokens.kind[last - 1] === T.QuestionDot);
    const isAwait = text.startsWith('await', tokens.start[last]);
    return !afterDot && !isAwait && literals_REGEX_AFTER_WORDS.has(tokens.word[last]);
}

;// CONCATENATED MODULE: ./src/compliance/javascript/punctuators.ts
/** JavaScript's punctuators, longest match first, with the token kind each one is to the scanner. */

/** Punctuators by first character, longest first: [text, kind]. */
const BY_FIRST_CHAR = new Map();
const add = (kind, ...texts) => {
    for (const text of texts) {
        const list = BY_FIRST_CHAR.get(text.charCodeAt(0)) ?? [];
        list.push([text, kind]);
        list.sort((a, b) => b[0].length - a[0].length);
        BY_FIRST_CHAR.set(text.charCodeAt(0), list);
    }
};
add(T.LParen, '(');
add(T.RParen, ')');
add(T.LBracket, '[');
add(T.RBracket, ']');
add(T.LBrace, '{');
add(T.Semi, ';');
add(T.Comma, ',');
add(T.Colon, ':');
add(T.Question, '?');
add(T.Dot, '.');
add(T.Ellipsis, '...');
add(T.Arrow, '=>');
add(T.Assign, '=');
add(T.CompoundAssign, '+=', '-=', '*=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=', '&&=', '||=', '??=');
add(T.SlashAssign, '/=');
add(T.Star, '*');
add(T.Slash, '/');
add(T.Update, '++', '--');
add(T.PlusMinus, '+', '-');
add(T.Bang, '!');
add(T.Tilde, '~');
add(T.LessThan, '<');
add(T.At, '@');
add(T.Binary, '%', '**', '<<', '>>', '>>>', '<=', '>', '>=', '==', '!=', '===', '!==', '&', '|', '^', '&&', '||', '??');
/**
 * The punctuator at `pos`: its kind plus 256 times its length, or -1 when there is none. `?.` before a
 * digit is `?` then a number (`a?.5:b`), as the language says.
 */
function scanPunctuator(text, pos) {
    const candidates = BY_FIRST_CHAR.get(text.charCodeAt(pos));
    if (candidates === undefined)
        return -1;
    if (text.startsWith('?.', pos) && !punctuators_isDigit(text.charCodeAt(pos + 2)))
        return T.QuestionDot + 2 * 256;
    for (const [punctuator, kind] of candidates)
        if (text.startsWith(punctuator, pos))
            return kind + punctuator.length * 256;
    return -1;
}
const punctuators_isDigit = (c) => c >= 48 && c <= 57;

;// CONCATENATED MODULE: ./src/compliance/javascript/tokenize.ts
/**
 * Splits JavaScript source into tokens, pairing brackets (and template parts) as it goes. Anything it
 * does not model throws NotScanned: non-ASCII outside strings and comments, escapes in names,
 * unterminated literals, unbalanced brackets, U+2028/U+2029 line breaks.
 */




function tokenize(text, tokens) {
    if (/[\u2028\u2029]/.test(text))
        throw NOT_SCANNED;
    new Lexer(text, tokens).run();
}
class Lexer {
    text;
    tokens;
    pos = 0;
    newline = 0;
    /** open brackets and template heads, innermost last */
    opens = [];
    constructor(text, tokens) {
        this.text = text;
        this.tokens = tokens;
    }
    run() {
        const { text, tokens } = this;
        tokens.reset();
        if (text.charCodeAt(0) === 0xfeff)
            this.pos = 1;
        if (text.startsWith('#!', this.pos))
            this.pos = lineEnd(text, this.pos);
        for (this.skipTrivia(); this.pos < text.length; this.skipTrivia())
            this.scanToken();
        if (this.opens.length > 0)
            throw NOT_SCANNED;
        tokens.push(T.End, text.length, text.length, 1, W.Name);
    }
    /** Adds the token text[start, end) and moves past it. */
    pushTo(kind, start, end, word = W.Name) {
        this.pos = end;
        const index = this.tokens.push(kind, start, end, this.newline, word);
        this.newline = 0;
        return index;
    }
    skipTrivia() {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(this.pos);
            if (c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff)
                this.pos++;
            else if (c === 10 || c === 13) {
                this.newline = 1;
                this.pos++;
            }
            else if (c === 47 && text.charCodeAt(this.pos + 1) === 47)
                this.pos = lineEnd(text, this.pos);
            else if (c === 47 && text.charCodeAt(this.pos + 1) === 42) {
                const end = blockCommentEnd(text, this.pos);
                if (hasLineBreak(text, this.pos, end))
                    this.newline = 1;
                this.pos = end;
            }
            else
                return;
        }
    }
    scanToken() {
        const { text, pos } = this;
        const c = text.charCodeAt(pos);
        if (isIdentStart(c))
            return this.scanWord(T.Word, pos);
        if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(pos + 1))))
            return void this.pushTo(T.Num, pos, numberEnd(text, pos));
        if (c === 34 || c === 39)
            return void this.pushTo(T.Str, pos, stringEnd(text, pos));
        if (c === 96)
            return this.scanTemplate(pos, pos + 1, T.Template, T.TemplateHead);
        if (c === 35 && isIdentStart(text.charCodeAt(pos + 1)))
            return this.scanWord(T.Private, pos + 1);
        if (c === 47 && regexAllowed(this.tokens, text))
            return void this.pushTo(T.Regex, pos, literals_regexEnd(text, pos));
        if (c === 125)
            return this.closeBrace();
        const punctuator = scanPunctuator(text, pos);
        if (punctuator < 0)
            throw NOT_SCANNED;
        const kind = punctuator & 0xff;
        const index = this.pushTo(kind, pos, pos + (punctuator >> 8));
        if (kind === T.LParen || kind === T.LBracket || kind === T.LBrace)
            this.opens.push(index);
        else if (kind === T.RParen || kind === T.RBracket)
            this.close(index, kind === T.RParen ? T.LParen : T.LBracket);
    }
    /** Pairs a closing token with the innermost open one, which must be of `openKind` (or a template part). */
    close(index, openKind) {
        const open = this.opens.pop();
        if (open === undefined)
            throw NOT_SCANNED;
        const kind = this.tokens.kind[open];
        const template = openKind === T.TemplateHead && kind === T.TemplateMiddle;
        if (kind !== openKind && !template)
            throw NOT_SCANNED;
        this.tokens.match[open] = index;
        this.tokens.match[index] = open;
    }
    /** A `}`: the end of a block or object, or of a template substitution (then the template goes on). */
    closeBrace() {
        const open = this.opens[this.opens.length - 1];
        if (open === undefined)
            throw NOT_SCANNED;
        const kind = this.tokens.kind[open];
        const start = this.pos;
        if (kind === T.TemplateHead || kind === T.TemplateMiddle)
            return this.scanTemplate(start, start + 1, T.TemplateTail, T.TemplateMiddle);
        this.close(this.pushTo(T.RBrace, start, start + 1), T.LBrace);
    }
    /** A name or keyword (or, after `#`, a private name) whose first letter is at `from`. */
    scanWord(kind, from) {
        const text = this.text;
        let end = from + 1;
        while (isIdentPart(text.charCodeAt(end)))
            end++;
        const next = text.charCodeAt(end);
        if (next === 92 || next >= 128)
            throw NOT_SCANNED; // escapes and non-ASCII names: the compiler's
        this.pushTo(kind, this.pos, end, kind === T.Word ? wordId(text.slice(from, end)) : W.Name);
    }
    /** A template part from `start` (its backtick or `}`), scanning from `from`: to a `${` or the end. */
    scanTemplate(start, from, lastKind, openKind) {
        const end = templatePartEnd(this.text, from);
        const opens = this.text.charCodeAt(end - 1) === 123 && this.text.charCodeAt(end - 2) === 36;
        const index = this.pushTo(opens ? openKind : lastKind, start, end);
        if (opens ? openKind === T.TemplateMiddle : lastKind === T.TemplateTail)
            this.close(index, T.TemplateHead);
        if (opens)
            this.opens.push(index);
    }
}

;// CONCATENATED MODULE: ./src/compliance/javascript/structure.ts





// One token list per thread, reused: files are scanned one at a time.
const tokens = new Tokens();
function analyzeJavaScript(text) {
    try {
        tokenize(text, tokens);
        const parser = new Parser(text, tokens);
        statements(parser, tokens.count - 1);
        return { symbols: spans(parser, lineStarts(text)) };
    }
    catch (error) {
        // Deep nesting exhausts the stack: the compiler's answer (and its own stack handling) decides.
        if (error instanceof NotScanned || error instanceof RangeError)
            return undefined;
        throw error;
    }
}
/** The symbols with their qualified names and lines, in the order they start. */
function spans(parser, starts) {
    const symbols = parser.symbols.list;
    const prefixes = [];
    const names = [];
    return symbols.map((found, index) => {
        const parent = found.parent;
        const prefix = parent < 0 ? '' : ownName(symbols[parent]) === ANONYMOUS ? prefixes[parent] : `${names[parent]}.`;
        prefixes.push(prefix);
        names.push(prefix + ownName(found));
        const line = lineOf(starts, parser.tokens.start[found.startToken]);
        const endLine = lineOf(starts, parser.tokens.end[found.endToken]);
        const span = { kind: found.kind, name: names[index], line, endLine };
        if (found.params !== undefined)
            span.params = found.params;
        return span;
    });
}
const ownName = (found) => found.own ?? ANONYMOUS;
/** Where each line starts; `\r\n`, `\n` and a lone `\r` end a line, as for the compiler. */
function lineStarts(text) {
    const starts = [0];
    for (let pos = 0; pos < text.length; pos++) {
        const c = text.charCodeAt(pos);
        if (c === 10)
            starts.push(pos + 1);
        else if (c === 13) {
            if (text.charCodeAt(pos + 1) === 10)
                pos++;
            starts.push(pos + 1);
        }
    }
    return starts;
}
/** The 1-based line of an offset. */
function lineOf(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low + 1;
}

;// CONCATENATED MODULE: ./src/compliance/python/chars.ts
/**
 * Character-level facts about Python source, as pure functions over char codes: what a name or number
 * is made of, indentation columns, line continuations, operators, brackets and string prefixes.
 */
/** Character codes the Python scanner compares with. */
var Ch;
(function (Ch) {
    Ch[Ch["Tab"] = 9] = "Tab";
    Ch[Ch["Newline"] = 10] = "Newline";
    Ch[Ch["FormFeed"] = 12] = "FormFeed";
    Ch[Ch["CarriageReturn"] = 13] = "CarriageReturn";
    Ch[Ch["Space"] = 32] = "Space";
    Ch[Ch["Bang"] = 33] = "Bang";
    Ch[Ch["DoubleQuote"] = 34] = "DoubleQuote";
    Ch[Ch["Hash"] = 35] = "Hash";
    Ch[Ch["Dollar"] = 36] = "Dollar";
    Ch[Ch["SingleQuote"] = 39] = "SingleQuote";
    Ch[Ch["OpenParen"] = 40] = "OpenParen";
    Ch[Ch["CloseParen"] = 41] = "CloseParen";
    Ch[Ch["Star"] = 42] = "Star";
    Ch[Ch["Comma"] = 44] = "Comma";
    Ch[Ch["Minus"] = 45] = "Minus";
    Ch[Ch["Dot"] = 46] = "Dot";
    Ch[Ch["Slash"] = 47] = "Slash";
    Ch[Ch["Digit0"] = 48] = "Digit0";
    Ch[Ch["Digit9"] = 57] = "Digit9";
    Ch[Ch["Colon"] = 58] = "Colon";
    Ch[Ch["Equals"] = 61] = "Equals";
    Ch[Ch["Greater"] = 62] = "Greater";
    Ch[Ch["Question"] = 63] = "Question";
    Ch[Ch["At"] = 64] = "At";
    Ch[Ch["UpperN"] = 78] = "UpperN";
    Ch[Ch["OpenBracket"] = 91] = "OpenBracket";
    Ch[Ch["Backslash"] = 92] = "Backslash";
    Ch[Ch["CloseBracket"] = 93] = "CloseBracket";
    Ch[Ch["Underscore"] = 95] = "Underscore";
    Ch[Ch["Backtick"] = 96] = "Backtick";
    Ch[Ch["LowerB"] = 98] = "LowerB";
    Ch[Ch["LowerF"] = 102] = "LowerF";
    Ch[Ch["LowerR"] = 114] = "LowerR";
    Ch[Ch["LowerT"] = 116] = "LowerT";
    Ch[Ch["LowerU"] = 117] = "LowerU";
    Ch[Ch["OpenBrace"] = 123] = "OpenBrace";
    Ch[Ch["CloseBrace"] = 125] = "CloseBrace";
    Ch[Ch["ByteOrderMark"] = 65279] = "ByteOrderMark";
})(Ch || (Ch = {}));
var StringFlags;
(function (StringFlags) {
    StringFlags[StringFlags["Raw"] = 1] = "Raw";
    StringFlags[StringFlags["Formatted"] = 2] = "Formatted";
    StringFlags[StringFlags["Bytes"] = 4] = "Bytes";
})(StringFlags || (StringFlags = {}));
function chars_isDigit(c) {
    return c >= Ch.Digit0 && c <= Ch.Digit9;
}
/** Letters, digits, '_' and every non-ASCII character (Python's identifiers are wider than ASCII). */
function isNameChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === Ch.Underscore || c >= 128;
}
/** The position after the name (or, with dots, the number) starting at `pos`. */
function skipWord(text, pos, withDots) {
    let c = text.charCodeAt(pos);
    while (isNameChar(c) || (withDots && c === Ch.Dot))
        c = text.charCodeAt(++pos);
    return pos;
}
/** The indentation column at `pos`: tabs go to the next multiple of 8, a form feed resets, as in CPython. */
function indentationAt(text, pos) {
    let column = 0;
    for (;; pos++) {
        const c = text.charCodeAt(pos);
        if (c === Ch.Space)
            column++;
        else if (c === Ch.Tab)
            column = (column & ~7) + 8;
        else if (c === Ch.FormFeed)
            column = 0;
        else
            return column;
    }
}
/** Length of a line continuation (a backslash and its line end) at `pos`, or 0 when there is none. */
function continuationLength(text, pos) {
    const next = text.charCodeAt(pos + 1);
    if (next === Ch.Newline)
        return 2;
    return next === Ch.CarriageReturn && text.charCodeAt(pos + 2) === Ch.Newline ? 3 : 0;
}
/**
 * Length of the operator at `pos`; 0 for a character that is no Python operator (`$`, `?`, a backtick, a
 * lone `!`). Only the pairs the structure scanner must tell apart are joined (`**`, `//`, `->`, `:=`,
 * `==`, `!=`); every other character is an operator of its own.
 */
function operatorLength(text, pos) {
    const c = text.charCodeAt(pos);
    const next = text.charCodeAt(pos + 1);
    const pair = (next === Ch.Equals && (c === Ch.Equals || c === Ch.Colon || c === Ch.Bang)) ||
        (next === c && (c === Ch.Star || c === Ch.Slash)) ||
        (c === Ch.Minus && next === Ch.Greater);
    if (pair)
        return 2;
    return c === Ch.Bang || c === Ch.Dollar || c === Ch.Question || c === Ch.Backtick ? 0 : 1;
}
/** +1 for an opening bracket, -1 for a closing one, else 0. */
function bracketChange(c) {
    if (c === Ch.OpenParen || c === Ch.OpenBracket || c === Ch.OpenBrace)
        return 1;
    if (c === Ch.CloseParen || c === Ch.CloseBracket || c === Ch.CloseBrace)
        return -1;
    return 0;
}
/** CPython's message when closing bracket `close` cannot close `open` (undefined: none open), else undefined. */
function bracketProblem(open, close) {
    const closing = String.fromCharCode(close);
    if (open === undefined)
        return `unmatched '${closing}'`;
    if (close - open === (close === Ch.CloseParen ? 1 : 2))
        return undefined;
    return `closing parenthesis '${closing}' does not match opening parenthesis '${String.fromCharCode(open)}'`;
}
/** True when the quote at `pos` ends a string opened with `quote` (three of them for a triple-quoted one). */
function closesString(text, pos, quote, triple) {
    return !triple || (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote);
}
/** StringFlags for the name text[start, end) that sits right before a quote, or -1 if it is no prefix. */
function stringPrefixFlags(text, start, end) {
    let flags = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i) | 0x20; // lower case
        const flag = c === Ch.LowerR
            ? StringFlags.Raw
            : c === Ch.LowerF || c === Ch.LowerT
                ? StringFlags.Formatted
                : c === Ch.LowerB || c === Ch.LowerU
                    ? StringFlags.Bytes
                    : 0;
        if (flag === 0 || (flags & flag) !== 0)
            return -1;
        flags |= flag;
    }
    return flags;
}

;// CONCATENATED MODULE: ./src/compliance/python/line-marks.ts
/**
 * What the Python lexer met on each line, for the line counter: code, comment text, both or neither.
 * The lexer reads every character of a file once anyway; marking lines as it goes spares Python files a
 * second pass by the line classifier, which gives the same kinds by the same rules (lines/classify.ts):
 * a line with any code is code, lines inside a string that spans lines are code, a docstring's lines
 * with text are comment lines unless code follows it on its closing line, and the rest is blank.
 * test/compliance/python/line-kinds.differential.test.ts holds the two to the same answer (except in
 * PEP 701 f-strings, which only this lexer reads as Python does).
 */


const CODE = 1;
const COMMENT = 2;
class LineMarks {
    marks = new Uint8Array(1024);
    /** the lines of the last docstring, while code on its closing line can still make it code */
    docstringFirst = -1;
    docstringLast = -1;
    /** Code on a 1-based line. */
    code(line) {
        if (line === this.docstringLast)
            this.docstringIsCode();
        this.mark(line, CODE);
    }
    /** Code on every line from `first` to `last` (a token that spans lines). */
    codeLines(first, last) {
        for (let line = first; line <= last; line++)
            this.code(line);
    }
    comment(line) {
        this.mark(line, COMMENT);
    }
    /** A docstring: text[start, end) from line `first`; its lines that hold more than whitespace are comment. */
    docstring(text, start, end, first) {
        let line = first;
        let blank = true;
        for (let pos = start; pos < end; pos++) {
            const c = text.charCodeAt(pos);
            if (c === 10) {
                if (!blank)
                    this.mark(line, COMMENT);
                line++;
                blank = true;
            }
            else if (c > 32)
                blank = false;
        }
        if (!blank)
            this.mark(line, COMMENT);
        this.docstringFirst = first;
        this.docstringLast = line;
    }
    /** One kind per line of `text`, as classifyLines gives them. */
    kinds(text) {
        let lines = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
        for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
            lines++;
        const kinds = new Uint8Array(lines);
        for (let i = 0; i < lines; i++) {
            const mark = this.marks[i + 1] ?? 0;
            kinds[i] = mark & CODE ? lines_kinds/* LineKind */.t.Code : mark & COMMENT ? lines_kinds/* LineKind */.t.Comment : lines_kinds/* LineKind */.t.Blank;
        }
        return kinds;
    }
    /** Code after a docstring on its closing line: it was an expression all along, and its lines are code. */
    docstringIsCode() {
        const last = this.docstringLast;
        this.docstringLast = -1;
        for (let line = this.docstringFirst; line < last; line++)
            this.mark(line, CODE);
    }
    mark(line, bit) {
        if (line >= this.marks.length)
            this.grow(line);
        this.marks[line] |= bit;
    }
    grow(line) {
        const bigger = new Uint8Array(Math.max(line + 1, this.marks.length * 2));
        bigger.set(this.marks);
        this.marks = bigger;
    }
}
/**
 * A docstring, for the line counter, is a triple-quoted string that starts a statement, with no prefix
 * or an `r` or `u` one (lines/scan-strings.ts reads them the same way).
 */
function opensDocstring(text, start) {
    const prefix = text.charCodeAt(start) | 32;
    const quoteAt = prefix === Ch.LowerR || prefix === Ch.LowerU ? start + 1 : start;
    const quote = text.charCodeAt(quoteAt);
    return ((quote === Ch.SingleQuote || quote === Ch.DoubleQuote) &&
        text.charCodeAt(quoteAt + 1) === quote &&
        text.charCodeAt(quoteAt + 2) === quote);
}

;// CONCATENATED MODULE: ./src/compliance/python/strings.ts
/**
 * Finding where a Python string literal ends: every prefix (r, b, u, f, t and their pairs), single and
 * triple quotes, escapes, and f-strings with nested replacement fields, nested strings and format specs
 * (the PEP 701 rules of Python 3.12, which also accept every f-string older Pythons accept).
 * Only the end position and the lines crossed matter here; the string's value is never built.
 */

/** Records the first error only, as `line N: message`. */
function failAt(cursor, line, message) {
    cursor.error ??= `line ${line}: ${message}`;
    return false;
}
/** Advances past the string literal whose opening quote is at `cursor.pos`; false (with error) if unterminated. */
function scanStringLiteral(cursor, flags) {
    const quote = cursor.text.charCodeAt(cursor.pos);
    const startLine = cursor.line;
    const triple = cursor.text.charCodeAt(cursor.pos + 1) === quote && cursor.text.charCodeAt(cursor.pos + 2) === quote;
    cursor.pos += triple ? 3 : 1;
    const closed = (flags & StringFlags.Formatted) !== 0
        ? scanFormattedBody(cursor, quote, triple, (flags & StringFlags.Raw) !== 0)
        : scanPlainBody(cursor, quote, triple);
    if (closed)
        return true;
    const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
    return failAt(cursor, startLine, what);
}
/** A name at `cursor.pos`, or a string when the name is a prefix right before a quote. Undefined: bad string. */
function scanWord(cursor) {
    const start = cursor.pos;
    cursor.pos = skipWord(cursor.text, start, false);
    const c = cursor.text.charCodeAt(cursor.pos);
    if ((c !== Ch.SingleQuote && c !== Ch.DoubleQuote) || cursor.pos - start > 2)
        return 'name';
    const flags = stringPrefixFlags(cursor.text, start, cursor.pos);
    if (flags < 0)
        return 'name';
    return scanStringLiteral(cursor, flags) ? 'string' : undefined;
}
/** The hot loop (docstrings): locals only. A backslash keeps the next character, a line end included. */
function scanPlainBody(cursor, quote, triple) {
    const text = cursor.text;
    const length = text.length;
    let pos = cursor.pos;
    let line = cursor.line;
    let closed = false;
    while (pos < length) {
        const c = text.charCodeAt(pos++);
        if (c === quote) {
            closed = !triple || (text.charCodeAt(pos) === quote && text.charCodeAt(pos + 1) === quote);
            if (closed)
                break;
        }
        else if (c === Ch.Backslash) {
            const next = text.charCodeAt(pos++);
            if (next === Ch.Newline)
                line++;
            else if (next === Ch.CarriageReturn && text.charCodeAt(pos) === Ch.Newline) {
                pos++;
                line++;
            }
        }
        else if (c === Ch.Newline) {
            if (!triple)
                break;
            line++;
        }
    }
    cursor.pos = closed && triple ? pos + 2 : pos;
    cursor.line = line;
    return closed;
}
function skipEscaped(cursor) {
    const next = cursor.text.charCodeAt(cursor.pos + 1);
    if (next === Ch.Newline)
        cursor.line++;
    else if (next === Ch.CarriageReturn && cursor.text.charCodeAt(cursor.pos + 2) === Ch.Newline) {
        cursor.line++;
        cursor.pos++;
    }
    cursor.pos += 2;
}
/** Literal text of an f-string: `{{` is a brace, `{` opens a replacement field. */
function scanFormattedBody(cursor, quote, triple, raw) {
    const text = cursor.text;
    while (cursor.pos < text.length) {
        const c = text.charCodeAt(cursor.pos);
        if (c === quote && closesString(text, cursor.pos, quote, triple)) {
            cursor.pos += triple ? 3 : 1;
            return true;
        }
        if (c === Ch.OpenBrace) {
            if (text.charCodeAt(cursor.pos + 1) === Ch.OpenBrace)
                cursor.pos += 2;
            else if (!scanReplacementField(cursor, quote, triple))
                return false;
        }
        else if (c === Ch.Backslash)
            skipFormattedEscape(cursor, raw);
        else if (c === Ch.Newline) {
            if (!triple)
                return false;
            cursor.line++;
            cursor.pos++;
        }
        else
            cursor.pos++;
    }
    return false;
}
/** A backslash does not escape a brace in an f-string, and `\N{NAME}` is no replacement field. */
function skipFormattedEscape(cursor, raw) {
    const text = cursor.text;
    const next = text.charCodeAt(cursor.pos + 1);
    if (next === Ch.OpenBrace || next === Ch.CloseBrace)
        cursor.pos++;
    else if (!raw && next === Ch.UpperN && text.charCodeAt(cursor.pos + 2) === Ch.OpenBrace) {
        const close = text.indexOf('}', cursor.pos + 3);
        cursor.pos = close < 0 ? text.length : close + 1;
    }
    else
        skipEscaped(cursor);
}
/** The expression after `{`: brackets, nested strings, comments; ends at its `}` or its format spec's `:`. */
function scanReplacementField(cursor, quote, triple) {
    const text = cursor.text;
    let depth = 0;
    cursor.pos++;
    while (cursor.pos < text.length) {
        const c = text.charCodeAt(cursor.pos);
        if (isNameChar(c)) {
            if (scanWord(cursor) === undefined)
                return false;
        }
        else if (c === Ch.SingleQuote || c === Ch.DoubleQuote) {
            if (!scanStringLiteral(cursor, 0))
                return false;
        }
        else if ((c === Ch.CloseBrace || c === Ch.Colon) && depth === 0) {
            cursor.pos++;
            return c === Ch.CloseBrace || scanFormatSpec(cursor, quote, triple);
        }
        else if (c === Ch.Hash) {
            const newline = text.indexOf('\n', cursor.pos);
            cursor.pos = newline < 0 ? text.length : newline;
        }
        else if (c === Ch.Backslash)
            skipEscaped(cursor);
        else {
            depth += bracketChange(c);
            if (c === Ch.Newline)
                cursor.line++;
            cursor.pos++;
        }
    }
    return false;
}
/** A format spec after `:`: literal text with nested `{…}` fields, ended by the field's `}`. */
function scanFormatSpec(cursor, quote, triple) {
    const text = cursor.text;
    while (cursor.pos < text.length) {
        const c = text.charCodeAt(cursor.pos);
        if (c === Ch.OpenBrace) {
            if (!scanReplacementField(cursor, quote, triple))
                return false;
        }
        else if (c === Ch.CloseBrace) {
            cursor.pos++;
            return true;
        }
        else if (c === quote && closesString(text, cursor.pos, quote, triple)) {
            return failAt(cursor, cursor.line, "f-string: expecting '}'");
        }
        else if (c === Ch.Backslash)
            skipEscaped(cursor);
        else {
            if (c === Ch.Newline && !triple)
                return false;
            if (c === Ch.Newline)
                cursor.line++;
            cursor.pos++;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/compliance/python/skip.ts
/**
 * The fast path through the rest of a statement once its first token has told the structure scanner all
 * it needs: no tokens are made, only where the logical line ends (strings and brackets still count) and
 * whether its last token was a ':'. Hand-written because it is the hot loop of a Python scan.
 */


/** Chars a skipped run passes over: ASCII name chars, spaces and operators that need no look of their own. */
const PLAIN_IN_STATEMENT = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ \t+-*/%&|^~<>=.,:;@') {
    PLAIN_IN_STATEMENT[c.charCodeAt(0)] = 1;
}
/** Names, numbers, operators and the spaces between them, taken as one run; false when there is none here. */
function skip_skipPlainRun(cursor) {
    const text = cursor.text;
    let pos = cursor.pos;
    let last = -1;
    for (; pos < text.length; pos++) {
        const c = text.charCodeAt(pos);
        if (c >= 128 || PLAIN_IN_STATEMENT[c] !== 1)
            break;
        if (c !== Ch.Space && c !== Ch.Tab)
            last = pos;
    }
    if (pos === cursor.pos)
        return false;
    if (last >= 0) {
        cursor.marks.code(cursor.line);
        cursor.lastEndLine = cursor.line;
        cursor.lastWasColon = text.charCodeAt(last) === Ch.Colon;
    }
    cursor.pos = pos;
    return true;
}
/** A string in a skipped run: its prefix is the (at most two) letters right before the quote. */
function skipString(cursor) {
    const text = cursor.text;
    let start = cursor.pos;
    while (start > 0 && cursor.pos - start < 2 && isNameChar(text.charCodeAt(start - 1)))
        start--;
    const wholeWord = start === 0 || !isNameChar(text.charCodeAt(start - 1));
    const flags = wholeWord ? stringPrefixFlags(text, start, cursor.pos) : -1;
    const firstLine = cursor.line;
    if (!scanStringLiteral(cursor, flags < 0 ? 0 : flags))
        return false;
    cursor.marks.codeLines(firstLine, cursor.line);
    cursor.lastEndLine = cursor.line;
    cursor.lastWasColon = false;
    return true;
}

;// CONCATENATED MODULE: ./src/compliance/python/lexer.ts
/**
 * A Python lexer over char codes that yields only what the structure scanner needs: names, numbers,
 * strings, operators and logical-line ends, with each logical line's indentation and the line on which
 * the previous logical line's last token ended. It allocates nothing per token.
 */




var PyToken;
(function (PyToken) {
    PyToken[PyToken["Name"] = 0] = "Name";
    PyToken[PyToken["Number"] = 1] = "Number";
    PyToken[PyToken["String"] = 2] = "String";
    PyToken[PyToken["Op"] = 3] = "Op";
    /** end of a logical line (a NEWLINE token in Python's terms) */
    PyToken[PyToken["Newline"] = 4] = "Newline";
    PyToken[PyToken["End"] = 5] = "End";
    PyToken[PyToken["Error"] = 6] = "Error";
})(PyToken || (PyToken = {}));
class PythonLexer {
    text;
    pos = 0;
    line = 1;
    error = undefined;
    /** open brackets; a line end inside brackets does not end the logical line */
    depth = 0;
    /** the current token: text range, first and last line, and for an operator its first char and length */
    start = 0;
    end = 0;
    tokenLine = 1;
    tokenEndLine = 1;
    opCode = 0;
    opLength = 0;
    /** indentation column of the current logical line, and whether the current token is its first */
    indent = 0;
    firstOnLine = false;
    /** where the last finished logical line's last token ended, and whether that token was ':' */
    lineEndLine = 0;
    lineEndedWithColon = false;
    /**
     * Set by the structure scanner once a logical line's first token has told it all it needs: the rest of
     * the line is only read for where it ends (brackets, strings, comments, continuations, a final ':').
     */
    skipRest = false;
    /** where the current logical line's last token ended, and whether it was ':' (see skip.ts) */
    lastEndLine = 0;
    lastWasColon = false;
    /** what each line holds, for the line counter */
    marks = new LineMarks();
    lineStarted = false;
    bracketCodes = [];
    bracketLines = [];
    constructor(text) {
        this.text = text;
        if (text.charCodeAt(0) === Ch.ByteOrderMark)
            this.pos = 1;
        this.indent = indentationAt(text, this.pos);
    }
    /** The next token; after End or Error it keeps returning the same. */
    next() {
        const text = this.text;
        while (this.error === undefined && this.pos < text.length) {
            const c = text.charCodeAt(this.pos);
            if (c === Ch.Space || c === Ch.Tab || c === Ch.FormFeed || c === Ch.CarriageReturn)
                this.pos++;
            else if (c === Ch.Newline) {
                if (this.endPhysicalLine())
                    return PyToken.Newline;
            }
            else if (c === Ch.Hash) {
                this.marks.comment(this.line);
                const newline = text.indexOf('\n', this.pos);
                this.pos = newline < 0 ? text.length : newline;
            }
            else if (c === Ch.Backslash) {
                const length = continuationLength(text, this.pos);
                if (length > 0) {
                    this.marks.code(this.line);
                    this.pos += length;
                    this.line++;
                }
                else if (this.pos + 1 < text.length)
                    failAt(this, this.line, 'unexpected character after line continuation character');
                else
                    failAt(this, this.line, 'unexpected end of file after line continuation character');
            }
            else if (this.skipRest && skip_skipPlainRun(this))
                continue;
            else if (this.skipRest && (c === Ch.SingleQuote || c === Ch.DoubleQuote)) {
                if (!skipString(this))
                    return PyToken.Error;
            }
            else
                return this.token(c);
        }
        return this.error === undefined ? this.atEnd() : PyToken.Error;
    }
    isName(token, word) {
        return token === PyToken.Name && this.end - this.start === word.length && this.text.startsWith(word, this.start);
    }
    isOp(token, code, length = 1) {
        return token === PyToken.Op && this.opCode === code && this.opLength === length;
    }
    tokenText() {
        return this.text.slice(this.start, this.end);
    }
    /** True when the line end finished a logical line; blank, comment-only and bracketed lines do not. */
    endPhysicalLine() {
        this.pos++;
        this.line++;
        if (this.depth > 0)
            return false;
        this.indent = indentationAt(this.text, this.pos);
        if (!this.lineStarted)
            return false;
        this.closeLogicalLine();
        return true;
    }
    closeLogicalLine() {
        this.lineStarted = false;
        this.skipRest = false;
        this.lineEndLine = this.lastEndLine;
        this.lineEndedWithColon = this.lastWasColon;
    }
    /** A last logical line without a line end still ends; an open bracket is an error. */
    atEnd() {
        if (this.depth > 0) {
            const open = String.fromCharCode(this.bracketCodes[this.depth - 1] ?? 0);
            failAt(this, this.bracketLines[this.depth - 1] ?? this.line, `'${open}' was never closed`);
            return PyToken.Error;
        }
        if (!this.lineStarted)
            return PyToken.End;
        this.closeLogicalLine();
        return PyToken.Newline;
    }
    token(c) {
        this.start = this.pos;
        this.tokenLine = this.line;
        this.firstOnLine = !this.lineStarted;
        this.lineStarted = true;
        let kind;
        if (chars_isDigit(c) || (c === Ch.Dot && chars_isDigit(this.text.charCodeAt(this.pos + 1)))) {
            this.pos = skipWord(this.text, this.pos, true);
            kind = PyToken.Number;
        }
        else if (isNameChar(c)) {
            const word = scanWord(this);
            kind = word === 'name' ? PyToken.Name : word === 'string' ? PyToken.String : PyToken.Error;
        }
        else if (c === Ch.SingleQuote || c === Ch.DoubleQuote) {
            kind = scanStringLiteral(this, 0) ? PyToken.String : PyToken.Error;
        }
        else
            kind = this.scanOperator(c);
        this.end = this.pos;
        if (kind === PyToken.String && this.firstOnLine && opensDocstring(this.text, this.start))
            this.marks.docstring(this.text, this.start, this.pos, this.tokenLine);
        else
            this.marks.codeLines(this.tokenLine, this.line);
        this.tokenEndLine = this.line;
        this.lastEndLine = this.line;
        this.lastWasColon = kind === PyToken.Op && this.opCode === Ch.Colon && this.opLength === 1;
        return kind;
    }
    scanOperator(c) {
        const change = bracketChange(c);
        if (change < 0) {
            const problem = bracketProblem(this.depth > 0 ? this.bracketCodes[this.depth - 1] : undefined, c);
            if (problem !== undefined) {
                failAt(this, this.line, problem);
                return PyToken.Error;
            }
            this.depth--;
        }
        else if (change > 0) {
            this.bracketCodes[this.depth] = c;
            this.bracketLines[this.depth] = this.line;
            this.depth++;
        }
        const length = operatorLength(this.text, this.pos);
        if (length === 0) {
            failAt(this, this.line, `unexpected character '${String.fromCharCode(c)}'`);
            return PyToken.Error;
        }
        this.opCode = c;
        this.opLength = length;
        this.pos += length;
        return PyToken.Op;
    }
}

;// CONCATENATED MODULE: ./src/compliance/python/headers.ts
/**
 * Reading the parts of `def`, `class` and decorator lines the structure scanner needs, token by token:
 * names, parameter counts, Enum bases, the header's closing ':' and whether a decorator is @staticmethod.
 * Each function consumes tokens from the lexer. On a malformed header it returns a message; when the
 * lexer itself failed, the lexer's own error (kept in `lexer.error`) is the one to report.
 */


var Expect;
(function (Expect) {
    Expect[Expect["Nothing"] = 0] = "Nothing";
    Expect[Expect["Parameter"] = 1] = "Parameter";
    /** after `*` or `**`: a name makes *args/**kwargs, anything else leaves a bare `*` separator */
    Expect[Expect["StarredName"] = 2] = "StarredName";
})(Expect || (Expect = {}));
const ENUM_BASES = new Set(['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag']);
/** After `def`: the name, parameters and return annotation, through the header's ':'. */
function readFunctionHeader(lexer) {
    const name = readName(lexer);
    if (name === undefined)
        return 'expected a name after def';
    if (!lexer.isOp(afterTypeParameters(lexer), Ch.OpenParen))
        return "expected '(' after the function name";
    const parameters = countParameters(lexer);
    if (parameters === undefined)
        return 'invalid parameter list';
    if (!skipToHeaderColon(lexer))
        return "expected ':'";
    return { name, ...parameters };
}
/** After `class`: the name and bases, through the header's ':'. */
function readClassHeader(lexer) {
    const name = readName(lexer);
    if (name === undefined)
        return 'expected a name after class';
    let token = afterTypeParameters(lexer);
    let isEnum = false;
    if (lexer.isOp(token, Ch.OpenParen)) {
        const enumBase = hasEnumBase(lexer);
        if (enumBase === undefined)
            return 'invalid class bases';
        isEnum = enumBase;
        token = lexer.next();
    }
    return lexer.isOp(token, Ch.Colon) ? { name, isEnum } : "expected ':'";
}
function readName(lexer) {
    return lexer.next() === PyToken.Name ? lexer.tokenText() : undefined;
}
/** The token after a def's or class's name, past type parameters (`def f[T](…)`) when present. */
function afterTypeParameters(lexer) {
    const token = lexer.next();
    if (!lexer.isOp(token, Ch.OpenBracket))
        return token;
    for (;;) {
        const inside = lexer.next();
        if (inside === PyToken.Error || inside === PyToken.End)
            return PyToken.Error;
        if (lexer.depth === 0)
            return lexer.next();
    }
}
/**
 * Counts the parameters of a def whose '(' was just read and consumes through its ')'.
 * A parameter is a name at the start of a top-level slot (or after `*`/`**`); commas inside brackets
 * and inside a default's lambda (`lambda a, b: …`, up to its ':') do not separate slots.
 */
function countParameters(lexer) {
    let count = 0;
    let expect = Expect.Parameter;
    let firstSlot = true;
    let firstPositional = false;
    let openLambdas = 0;
    for (;;) {
        const token = lexer.next();
        if (token === PyToken.Error || token === PyToken.End)
            return undefined;
        if (lexer.depth === 0)
            return { params: count, firstPositional };
        if (lexer.depth !== 1)
            continue;
        if (token === PyToken.Name && expect !== Expect.Nothing) {
            count++;
            firstPositional ||= firstSlot && expect === Expect.Parameter;
            expect = Expect.Nothing;
        }
        else if (lexer.isName(token, 'lambda'))
            openLambdas++;
        else if (lexer.isOp(token, Ch.Comma) && openLambdas === 0) {
            expect = Expect.Parameter;
            firstSlot = false;
        }
        else if (lexer.isOp(token, Ch.Colon) && openLambdas > 0)
            openLambdas--;
        else if (token === PyToken.Op && lexer.opCode === Ch.Star && expect === Expect.Parameter) {
            expect = Expect.StarredName;
        }
        else if (!lexer.isOp(token, Ch.Comma))
            expect = Expect.Nothing;
    }
}
/** Consumes through the ':' that ends a def header (after a return annotation, which may hold a lambda). */
function skipToHeaderColon(lexer) {
    let openLambdas = 0;
    for (;;) {
        const token = lexer.next();
        if (token === PyToken.Error || token === PyToken.End || token === PyToken.Newline)
            return false;
        if (lexer.depth !== 0)
            continue;
        if (lexer.isOp(token, Ch.Colon)) {
            if (openLambdas === 0)
                return true;
            openLambdas--;
        }
        else if (lexer.isName(token, 'lambda'))
            openLambdas++;
    }
}
var Slot;
(function (Slot) {
    Slot[Slot["Start"] = 0] = "Start";
    Slot[Slot["AfterName"] = 1] = "AfterName";
    Slot[Slot["AfterDot"] = 2] = "AfterDot";
    Slot[Slot["Other"] = 3] = "Other";
})(Slot || (Slot = {}));
/**
 * Reads a class's bases after its '(' through the ')'; true when one of them is a plain or dotted
 * name of an Enum-family class (`Enum`, `enum.IntFlag`). Keyword arguments are not bases.
 */
function hasEnumBase(lexer) {
    let isEnum = false;
    let slot = Slot.Start;
    let lastName = '';
    for (;;) {
        const token = lexer.next();
        if (token === PyToken.Error || token === PyToken.End)
            return undefined;
        const closing = lexer.depth === 0;
        if (closing || (lexer.depth === 1 && lexer.isOp(token, Ch.Comma))) {
            isEnum ||= slot === Slot.AfterName && ENUM_BASES.has(lastName);
            if (closing)
                return isEnum;
            slot = Slot.Start;
        }
        else if (lexer.depth !== 1)
            slot = Slot.Other;
        else if (token === PyToken.Name && (slot === Slot.Start || slot === Slot.AfterDot)) {
            slot = Slot.AfterName;
            lastName = lexer.tokenText();
        }
        else
            slot = slot === Slot.AfterName && lexer.isOp(token, Ch.Dot) ? Slot.AfterDot : Slot.Other;
    }
}
/** After a line's leading '@': true when the decorator is `staticmethod` or `something.staticmethod`. */
function isStaticmethodDecorator(lexer) {
    for (;;) {
        if (lexer.next() !== PyToken.Name)
            return false;
        const isStatic = lexer.isName(PyToken.Name, 'staticmethod');
        const after = lexer.next();
        if (after === PyToken.Newline)
            return isStatic;
        if (!lexer.isOp(after, Ch.Dot))
            return false;
    }
}

;// CONCATENATED MODULE: ./src/compliance/python/structure.ts
/**
 * Finds every `def`, `async def` and `class` in Python source with the span Python's own `ast` gives:
 * from the keyword's line (decorators excluded) to the last line of the body's last statement
 * (`end_lineno`; comments and blank lines after it are not part of it).
 *
 * A single pass over the text, no Python needed: the lexer yields logical lines with their indentation,
 * and a def or class stays open until a logical line starts at its own indentation or less. It then ends
 * where the last token before that line ended. The parts: python-chars (character facts), python-strings
 * (where string literals end), python-lexer (tokens, logical lines, indentation), python-headers (what
 * def, class and decorator lines say) and this file (blocks, scopes and spans).
 *
 * Rules, mirrored by test/support/python-ast-spans.py:
 * - kind: 'method' when the innermost enclosing def/class is a class (an `if` between does not matter),
 *   else 'function'; 'enum' for a class with an `Enum`, `IntEnum`, `StrEnum`, `Flag` or `IntFlag` base,
 *   bare or dotted; else 'class'.
 * - name: qualified by the enclosing defs and classes, joined by '.' (`Outer.method`, `outer.inner`).
 * - params: positional-only, regular, keyword-only, `*args` and `**kwargs` all count; a bare `*` or `/`
 *   does not. A method's first positional parameter (self/cls) is not counted unless it is decorated
 *   `@staticmethod`.
 * - parseError: on the first syntax error the scanner finds (unterminated string or bracket, bad
 *   indentation, a malformed def/class header, a stray character) it returns no symbols, only the error
 *   with its line: spans from a file Python cannot parse would not be trustworthy. It never throws (even
 *   absurd nesting becomes a parseError), and it is not a full parser: other syntax errors go unnoticed.
 * - Lines end at '\n' ('\r\n' included); a lone '\r' is not a line break, as for the line counter.
 */



/**
 * Characters the line counter reads as blank and the lexer does not: control characters other than tab,
 * line feed, form feed and carriage return, no-break spaces, and a byte order mark past the start.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const BLANK_TO_THE_COUNTER_ONLY = /[\x00-\x08\x0b\x0e-\x1f\u00a0]|(?!^)\ufeff/;
function analyzePython(text) {
    const scanner = new PythonStructureScanner(text);
    try {
        return scanner.run();
    }
    catch (error) {
        // Only absurd nesting (f-strings within f-strings, thousands deep) can exhaust the stack.
        if (!(error instanceof RangeError))
            throw error;
        return {
            symbols: [],
            parseError: `line ${scanner.lexer.line}: nested too deeply to analyse`,
            stackExhausted: true,
        };
    }
}
class PythonStructureScanner {
    lexer;
    symbols = [];
    /** the defs and classes still open, innermost last */
    scopes = [];
    /** indentation columns of the open blocks, as CPython's tokenizer keeps them */
    indents = [0];
    staticDecorated = false;
    error;
    constructor(text) {
        this.lexer = new PythonLexer(text);
    }
    run() {
        const lexer = this.lexer;
        for (;;) {
            const token = lexer.next();
            if (token === PyToken.End) {
                if (lexer.lineEndedWithColon)
                    this.fail(lexer.line, 'expected an indented block');
                this.closeScopes(-1);
            }
            if (token === PyToken.End || token === PyToken.Error)
                break;
            if (token !== PyToken.Newline && lexer.firstOnLine)
                this.statement(token);
            if (this.error !== undefined)
                break;
        }
        const parseError = this.error ?? lexer.error;
        if (parseError !== undefined)
            return { symbols: [], parseError };
        // Files with characters only the line counter reads as blank keep the line classifier's kinds.
        const text = lexer.text;
        if (BLANK_TO_THE_COUNTER_ONLY.test(text))
            return { symbols: this.symbols };
        return { symbols: this.symbols, lineKinds: lexer.marks.kinds(text) };
    }
    fail(line, message) {
        this.error ??= this.lexer.error ?? `line ${line}: ${message}`;
    }
    /** The first token of a logical line: indentation first, then what kind of statement it starts. */
    statement(token) {
        const lexer = this.lexer;
        const line = lexer.tokenLine;
        if (!this.applyIndent(line))
            return;
        this.closeScopes(lexer.indent);
        if (lexer.isOp(token, Ch.At)) {
            this.staticDecorated = isStaticmethodDecorator(lexer) || this.staticDecorated;
            return;
        }
        const indent = lexer.indent;
        if (lexer.isName(token, 'def'))
            return this.openFunction(line, indent);
        if (lexer.isName(token, 'class'))
            return this.openClass(line, indent);
        if (lexer.isName(token, 'async') && lexer.isName(lexer.next(), 'def'))
            return this.openFunction(line, indent);
        this.staticDecorated = false;
        lexer.skipRest = true;
    }
    /** CPython's INDENT/DEDENT rules: a block opens only after a ':' line and closes to a known column. */
    applyIndent(line) {
        const lexer = this.lexer;
        const indent = lexer.indent;
        let top = this.indents[this.indents.length - 1] ?? 0;
        if (indent > top) {
            if (!lexer.lineEndedWithColon)
                this.fail(line, 'unexpected indent');
            else
                this.indents.push(indent);
        }
        else if (lexer.lineEndedWithColon) {
            this.fail(line, 'expected an indented block');
        }
        else {
            while (indent < top) {
                this.indents.pop();
                top = this.indents[this.indents.length - 1] ?? 0;
            }
            if (indent !== top)
                this.fail(line, 'unindent does not match any outer indentation level');
        }
        return this.error === undefined;
    }
    /** A logical line at `indent` ends every def/class opened at that indentation or deeper. */
    closeScopes(indent) {
        const endLine = this.lexer.lineEndLine;
        let scope = this.scopes[this.scopes.length - 1];
        while (scope !== undefined && scope.indent >= indent) {
            scope.symbol.endLine = endLine;
            this.scopes.pop();
            scope = this.scopes[this.scopes.length - 1];
        }
    }
    openFunction(line, indent) {
        const header = readFunctionHeader(this.lexer);
        if (typeof header === 'string')
            return this.fail(this.lexer.tokenLine, header);
        const inClass = this.scopes[this.scopes.length - 1]?.isClass === true;
        const dropsSelf = inClass && !this.staticDecorated && header.firstPositional;
        const params = header.params - (dropsSelf ? 1 : 0);
        this.open({ kind: inClass ? 'method' : 'function', name: header.name, line, endLine: line, params }, indent);
    }
    openClass(line, indent) {
        const header = readClassHeader(this.lexer);
        if (typeof header === 'string')
            return this.fail(this.lexer.tokenLine, header);
        this.open({ kind: header.isEnum ? 'enum' : 'class', name: header.name, line, endLine: line }, indent);
    }
    /** Records the symbol, qualified by the scope it is in, and makes it the innermost scope. */
    open(symbol, indent) {
        const parent = this.scopes[this.scopes.length - 1];
        if (parent !== undefined)
            symbol.name = `${parent.symbol.name}.${symbol.name}`;
        this.symbols.push(symbol);
        this.scopes.push({ symbol, indent, isClass: symbol.kind === 'class' || symbol.kind === 'enum' });
        this.staticDecorated = false;
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./src/compliance/analysis/decode.ts
/** Bytes to text the way the analysers need it: UTF-8 (or a Python file's declared coding), one line end. */

const decode_BYTE_ORDER_MARK = 0xfeff;
// PEP 263: a comment on line 1 or 2 naming the source encoding, e.g. `# -*- coding: latin-1 -*-`.
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
// Python's names for encodings WHATWG (TextDecoder) spells differently.
const PYTHON_CODEC_ALIASES = {
    'latin-1': 'iso-8859-1',
    latin1: 'iso-8859-1',
    l1: 'iso-8859-1',
    cp1252: 'windows-1252',
    'shift-jis': 'shift_jis',
    sjis: 'shift_jis',
    cp932: 'shift_jis',
    'euc-jp': 'euc-jp',
};
function declaredCoding(bytes) {
    const head = bytes
        .subarray(0, 400)
        .toString('latin1')
        .split(/\r\n|\r|\n/, 2);
    for (const line of head) {
        const match = CODING_COOKIE.exec(line);
        if (match)
            return match[1].toLowerCase().replace(/_/g, '-');
    }
    return undefined;
}
function decodeDeclared(bytes, coding) {
    try {
        const decoder = new TextDecoder(PYTHON_CODEC_ALIASES[coding] ?? coding, { fatal: true });
        return { text: decoder.decode(bytes) };
    }
    catch {
        return {
            text: bytes.toString('utf8'),
            note: `declares the coding "${coding}", which its bytes do not follow or shipgate cannot decode: counted, not parsed`,
        };
    }
}
/** Old Mac files end lines with a lone CR: Python and TypeScript count those as lines, so must we. */
function oneLineEnd(text) {
    if (!text.includes('\r'))
        return text;
    return /\r(?!\n)/.test(text) ? text.replace(/\r(?!\n)/g, '\n') : text;
}
/**
 * Decodes a file's bytes. Validating first and then decoding is measurably faster than a fatal
 * TextDecoder on large scans. Python files that declare a coding (PEP 263) are decoded as declared.
 */
function decodeSource(bytes, isPython) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let decoded;
    if ((0,external_node_buffer_.isUtf8)(buffer))
        decoded = { text: buffer.toString('utf8') };
    else {
        const coding = isPython ? declaredCoding(buffer) : undefined;
        decoded = coding
            ? decodeDeclared(buffer, coding)
            : { text: buffer.toString('utf8'), note: 'not valid UTF-8: counted with replacement characters, not parsed' };
    }
    const text = decoded.text.charCodeAt(0) === decode_BYTE_ORDER_MARK ? decoded.text.slice(1) : decoded.text;
    return { ...decoded, text: oneLineEnd(text) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/compliance/analysis/read-file.ts
/**
 * Reads a tracked file from the work tree, refusing what could lead outside the repository or never end:
 * a symlink put where git tracks a regular file, a folder symlinked out of the repository, a FIFO or
 * device (which could block a read forever).
 */


// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
const FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
/** Real folders inside the root, remembered per folder: most files share a handful of folders. */
class WorkTreeReader {
    root;
    folders = new Map();
    realRoot;
    constructor(root) {
        this.root = root;
        this.realRoot = (0,external_node_fs_.realpathSync)(root);
    }
    read(repoPath) {
        const full = external_node_path_default().join(this.root, repoPath);
        if (!this.folderInside(external_node_path_default().dirname(full)))
            return { skipped: 'its folder is a link that leads outside the repository' };
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(full, FLAGS);
        }
        catch (error) {
            return outcomeOf(error);
        }
        try {
            const info = (0,external_node_fs_.fstatSync)(fd);
            if (!info.isFile())
                return { skipped: 'not a regular file in the work tree' };
            return { bytes: readAll(fd, info.size) };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    folderInside(folder) {
        let inside = this.folders.get(folder);
        if (inside === undefined) {
            inside = isInside(this.realRoot, realFolder(folder));
            this.folders.set(folder, inside);
        }
        return inside;
    }
}
/**
 * The file's bytes in one read of its known size (readFileSync(fd) would stat it again and read once more
 * to find the end: on 20,000 small files those system calls are most of the scan).
 */
function readAll(fd, size) {
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
        const read = (0,external_node_fs_.readSync)(fd, bytes, filled, size - filled, null);
        if (read === 0)
            break; // shrunk since the stat: what is there is what there is
        filled += read;
    }
    return filled === size ? bytes : bytes.subarray(0, filled);
}
function realFolder(folder) {
    try {
        return (0,external_node_fs_.realpathSync)(folder);
    }
    catch {
        return undefined; // a folder deleted since git listed it: its files are gone, which read() reports
    }
}
function isInside(root, folder) {
    if (folder === undefined)
        return true;
    const relative = external_node_path_default().relative(root, folder);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
function outcomeOf(error) {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
        return { gone: true };
    if (error.code === 'ELOOP')
        return { skipped: 'a symbolic link in the work tree where git tracks a regular file' };
    return { skipped: `cannot be read (${error.code ?? error.message})` };
}

// EXTERNAL MODULE: ./src/compliance/analysis/symbols.ts
var analysis_symbols = __nccwpck_require__(2923);
;// CONCATENATED MODULE: ./src/compliance/analysis/analyze.ts











// The TypeScript compiler is large (about 9 MB): load it only when a scan meets a TS/JS file.
let typescriptAnalyzer;
function loadTypeScriptAnalyzer() {
    // The compiler reads CommonJS's `__filename` at load time, which our ES module bundles do not define.
    const globals = globalThis;
    globals.__filename ??= (0,external_node_url_.fileURLToPath)(import.meta.url);
    typescriptAnalyzer ??= Promise.all(/* import() */[__nccwpck_require__.e(672), __nccwpck_require__.e(998)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3998)).then((m) => m.analyzeTypeScript);
    return typescriptAnalyzer;
}
const TYPESCRIPT_FAMILY = new Set(['typescript', 'tsx', 'javascript', 'jsx']);
/** Whether analysing the file may load the TypeScript compiler (a JavaScript file does when the scanner leaves it). */
function needsCompiler(path) {
    const id = (0,table/* languageForPath */.f3)(path)?.id;
    return id !== undefined && TYPESCRIPT_FAMILY.has(id);
}
/** Whether the file's language has a structure (functions, classes) that a parser can find. */
const hasStructure = (language) => language !== undefined && (language.id === 'python' || TYPESCRIPT_FAMILY.has(language.id));
/**
 * Python and JavaScript by our own scanners; the rest of the TypeScript family, and the JavaScript files
 * the scanner leaves to it (JSX, syntax errors, …), by the compiler.
 */
async function structureOf(text, path, language) {
    if (language.id === 'python')
        return analyzePython(text);
    const scanned = language.id === 'javascript' ? analyzeJavaScript(text) : undefined;
    return scanned ?? (await loadTypeScriptAnalyzer())(text, path);
}
/** A NUL byte in the first 8 KB marks a binary file, as git itself decides. */
function looksBinary(bytes) {
    return bytes.subarray(0, 8000).includes(0);
}
function entryFor(path, language, counts, symbols) {
    return {
        path,
        language: language?.id ?? null,
        ...counts,
        functions: symbols.filter(analysis_symbols/* isNamedFunction */.Ei).length,
        classes: symbols.filter(analysis_symbols/* isClass */.D4).length,
        enums: symbols.filter(analysis_symbols/* isEnum */.GG).length,
        parsed: false,
    };
}
async function parseStructure(text, path, language, maxParseBytes, bytes) {
    if (!hasStructure(language))
        return { symbols: [], note: undefined, parsed: false };
    if (bytes > maxParseBytes)
        return { symbols: [], note: `larger than ${maxParseBytes} bytes: counted, not parsed`, parsed: false };
    const structure = await structureOf(text, path, language);
    if (structure.parseError) {
        const note = `unparseable: ${structure.parseError}`;
        return { symbols: structure.symbols, note, parsed: false, stackExhausted: structure.stackExhausted };
    }
    return { symbols: structure.symbols, note: undefined, parsed: true, lineKinds: structure.lineKinds };
}
/**
 * Counts and parses one file's bytes; null for a binary file, which is not scanned.
 * Never throws on bad content: problems become a note on the file.
 */
async function analyzeFile(path, bytes, maxParseBytes) {
    if (looksBinary(bytes))
        return null;
    const language = (0,table/* languageForPath */.f3)(path);
    if (language === undefined || language.category === 'prose' || language.category === 'data') {
        return countedOnly(path, language, bytes);
    }
    const { text, note: decodeNote } = decodeSource(bytes, language?.id === 'python');
    const structure = decodeNote
        ? { symbols: [], note: decodeNote, parsed: false }
        : await parseStructure(text, path, language, maxParseBytes, bytes.length);
    // The Python scanner marks each line's kind as it reads; other files take the line classifier's pass.
    const kinds = structure.lineKinds ?? classifyLines(text, language);
    const entry = entryFor(path, language, (0,lines_kinds/* tally */.N)(kinds), structure.symbols);
    entry.parsed = structure.parsed;
    if (structure.note)
        entry.note = structure.note;
    const analyzed = {
        entry,
        language,
        kinds,
        symbols: structure.symbols,
        directives: (0,directives/* findDirectives */.i)(text, kinds),
    };
    if (structure.stackExhausted)
        analyzed.stackExhausted = true;
    return analyzed;
}
/** Prose, data and files of no known language: counted from their bytes; no rule looks inside them. */
function countedOnly(path, language, bytes) {
    const entry = entryFor(path, language, countLineBytes(bytes), []);
    return { entry, language, kinds: NO_KINDS, symbols: [], directives: [] };
}
const NO_KINDS = new Uint8Array(0);
/** Reads synchronously: files are small, and the promise machinery of async reads costs more than the read. */
async function analyzeFiles(job, onStackExhausted) {
    const batch = { analyzed: [], skipped: [] };
    const reader = new WorkTreeReader(job.root);
    for (const file of job.files) {
        const read = reader.read(file.repoPath);
        if ('gone' in read)
            continue; // deleted since git listed it: nothing to measure
        if ('skipped' in read) {
            batch.skipped.push({ path: file.repoPath, reason: read.skipped });
            continue;
        }
        const analyzed = await analyzeFile(file.repoPath, read.bytes, job.maxParseBytes);
        const again = analyzed?.stackExhausted && onStackExhausted ? await onStackExhausted(file) : undefined;
        if (again) {
            batch.analyzed.push(...again.analyzed);
            batch.skipped.push(...again.skipped);
        }
        else if (analyzed)
            batch.analyzed.push(analyzed);
    }
    return batch;
}


/***/ }),

/***/ 4486:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ DIRECTIVE),
/* harmony export */   i: () => (/* binding */ findDirectives)
/* harmony export */ });
/* harmony import */ var _compliance_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8874);
/* harmony import */ var _lines_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8920);


const DIRECTIVE = 'shipgate-disable-next-line';
/** What every directive starts with; a comment with only this (or another ending) is a mistake worth a warning. */
const DIRECTIVE_STEM = 'shipgate-disable';
function parseDirective(text, start) {
    const end = text.indexOf('\n', start);
    const rest = text.slice(start + DIRECTIVE.length, end < 0 ? undefined : end).replace(/\s*(\*\/|-->)\s*$/, '');
    const [rulePart = '', ...reasonParts] = rest.split(' -- ');
    const words = rulePart.split(/[\s,]+/).filter((word) => word.length > 0);
    const isRule = (word) => _compliance_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.includes(word);
    const unknownRules = words.length === 0 ? ['(none)'] : words.filter((word) => !isRule(word));
    return { rules: words.filter(isRule), reason: reasonParts.join(' -- ').trim(), unknownRules };
}
/**
 * How many more brackets a line opens than it closes, counting `(`, `[` and `{` against `)`, `]` and
 * `}` outside simple '…' and "…" strings (a backslash escapes the next character in them).
 */
function bracketDepthChange(line) {
    let depth = 0;
    let quote = '';
    for (let i = 0; i < line.length; i++) {
        const char = line.charAt(i);
        if (quote !== '') {
            if (char === '\\')
                i++;
            else if (char === quote)
                quote = '';
        }
        else if (char === "'" || char === '"')
            quote = char;
        else if ('([{'.includes(char))
            depth++;
        else if (')]}'.includes(char))
            depth--;
    }
    return depth;
}
/**
 * The first code line after `line` that is not part of a decorator, so a directive can sit above
 * decorators: a decorator runs from its `@…` line until the brackets it opens are closed again.
 */
function reachOf(lines, kinds, line) {
    let open = 0;
    for (let n = line + 1; n <= kinds.length; n++) {
        if (kinds[n - 1] !== _lines_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .LineKind */ .t.Code)
            continue;
        const code = lines[n - 1].trimStart();
        if (open === 0 && !code.startsWith('@'))
            return n;
        open = Math.max(0, open + bracketDepthChange(code));
    }
    return kinds.length;
}
function inHeader(kinds, line) {
    for (let n = 1; n < line; n++)
        if (kinds[n - 1] === _lines_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .LineKind */ .t.Code)
            return false;
    return true;
}
/** Only a comment marker may stand before a directive on its line: prose that mentions one is not one. */
const COMMENT_OPENING = /^\s*(#+|\/\/+|\/\*+|\*|--|<!--|;+|%)?\s*$/;
function opensComment(text, at) {
    return COMMENT_OPENING.test(text.slice(text.lastIndexOf('\n', at) + 1, at));
}
/** Finds the directives in comment lines (a directive's words inside a string are not one). */
function findDirectives(text, kinds) {
    const directives = [];
    let lines;
    let line = 1;
    let scanned = 0;
    for (let at = text.indexOf(DIRECTIVE_STEM); at >= 0; at = text.indexOf(DIRECTIVE_STEM, at + DIRECTIVE_STEM.length)) {
        for (; scanned < at; scanned++)
            if (text.charCodeAt(scanned) === 10)
                line++;
        if (kinds[line - 1] !== _lines_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .LineKind */ .t.Comment || !opensComment(text, at))
            continue;
        lines ??= text.split('\n');
        directives.push(text.startsWith(DIRECTIVE, at) ? directiveAt(text, at, lines, kinds, line) : misspeltAt(text, at, line));
    }
    return directives;
}
function directiveAt(text, at, lines, kinds, line) {
    return { line, ...parseDirective(text, at), reach: reachOf(lines, kinds, line), inHeader: inHeader(kinds, line) };
}
/** `shipgate-disable file-lines -- …` and the like: shipgate has only the next-line form. */
function misspeltAt(text, at, line) {
    const word = /^[\w-]+/.exec(text.slice(at))?.[0] ?? DIRECTIVE_STEM;
    const misspelt = `"${word}" is not a shipgate directive, so it suppresses nothing: write ${DIRECTIVE} <rule> -- <reason> on the line before the code`;
    return { line, rules: [], reason: '', reach: line, inHeader: false, unknownRules: [], misspelt };
}


/***/ }),

/***/ 2923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ isClass),
/* harmony export */   Ei: () => (/* binding */ isNamedFunction),
/* harmony export */   GG: () => (/* binding */ isEnum),
/* harmony export */   Tn: () => (/* binding */ isFunction)
/* harmony export */ });
/** What the structure analysers (Python, TypeScript) find, and how the rules tell the kinds apart. */
const FUNCTION_KINDS = new Set(['function', 'method', 'constructor', 'accessor']);
const ANONYMOUS = '<anonymous>';
const isFunction = (s) => FUNCTION_KINDS.has(s.kind);
// An inline callback is part of the function around it, not a unit of its own: it is measured for
// length, but only named functions count towards functions-per-file.
const isNamedFunction = (s) => isFunction(s) && !s.name.endsWith(ANONYMOUS);
const isClass = (s) => s.kind === 'class';
const isEnum = (s) => s.kind === 'enum';


/***/ }),

/***/ 4924:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ AnalysisThread),
/* harmony export */   TM: () => (/* binding */ isAnalysisThread),
/* harmony export */   kL: () => (/* binding */ serveBatches)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _languages_table_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4875);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8680);
/**
 * One analysis thread, seen from both sides: the main thread's handle on it (AnalysisThread) and the
 * loop the thread itself runs (serveBatches). Batches and answers carry an id; nothing is waited for
 * without a way out.
 */



/** Every analysis thread gets this stack, so deep nesting gets the same answer on any of them. */
const ANALYSIS_STACK_MB = 4;
const WORKER_MARK = 'shipgate-analysis-thread';
/** Whether this thread was started as an analysis thread. */
const isAnalysisThread = () => !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData === WORKER_MARK;
/** Results that go back to the calling thread: the language table is rebuilt there, not sent per file. */
const fromThread = (batch) => ({
    ...batch,
    analyzed: batch.analyzed.map((f) => ({ ...f, language: (0,_languages_table_js__WEBPACK_IMPORTED_MODULE_1__/* .languageForPath */ .f3)(f.entry.path) })),
});
/**
 * One analysis thread. Its listeners are attached the moment it is created: a message posted before
 * the main thread listens would be lost, and the thread would wait forever. The main thread speaks first.
 */
class AnalysisThread {
    worker;
    // Batches are answered by id: a thread may finish a later batch first (one waits for the TS compiler to load).
    waiting = new Map();
    nextId = 0;
    failure;
    constructor(script) {
        this.worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(script, { workerData: WORKER_MARK, resourceLimits: { stackSizeMb: ANALYSIS_STACK_MB } });
        this.worker.on('message', ({ id, batch }) => {
            this.waiting.get(id)?.resolve(fromThread(batch));
            this.waiting.delete(id);
        });
        this.worker.on('error', (error) => this.fail(new Error(`an analysis thread failed: ${error.message}`)));
        this.worker.on('messageerror', (error) => this.fail(new Error(`an analysis thread sent an unreadable answer: ${error.message}`)));
        this.worker.on('exit', (code) => this.fail(new Error(`an analysis thread stopped (exit code ${code}) with work unfinished`)));
    }
    /** Sends a batch; the promise settles with its result, or with the thread's failure or a timeout. */
    analyze(job, timeoutMs) {
        if (this.failure)
            return Promise.reject(this.failure);
        const id = this.nextId++;
        const answer = new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
        this.worker.postMessage({ id, batch: job });
        return withTimeout(answer, timeoutMs, () => {
            const error = new Error(`an analysis thread did not answer within ${timeoutMs / 1000} s (${job.files[0]?.repoPath ?? 'no file'} and ${job.files.length - 1} more)`);
            this.fail(error);
            return error;
        });
    }
    fail(error) {
        this.failure ??= error;
        for (const waiter of this.waiting.values())
            waiter.reject(this.failure);
        this.waiting.clear();
    }
    async close() {
        this.failure ??= new Error('the analysis pool was closed');
        await this.worker.terminate();
    }
    /**
     * Stops the thread without waiting for it: a thread still starting up ends only once its start is done,
     * and a scan that never used it should not wait for that (nor should the process's exit).
     */
    release() {
        this.failure ??= new Error('the analysis pool was released');
        this.worker.unref();
        void this.worker.terminate();
    }
}
function withTimeout(promise, ms, onTimeout) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(onTimeout()), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
/** The analysis thread's loop: analyse each batch sent, answer with its id. */
function serveBatches() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    port.on('message', async ({ id, batch }) => {
        const answer = await (0,_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeFiles */ ._$)(batch);
        // The language table is rebuilt on the other side: sending it with every file would cost more.
        const analyzed = answer.analyzed.map((f) => ({ ...f, language: undefined }));
        port.postMessage({ id, batch: { ...answer, analyzed } });
    });
}


/***/ }),

/***/ 240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ analysisScript),
/* harmony export */   xl: () => (/* binding */ actAsAnalysisWorker)
/* harmony export */ });
/* unused harmony export registerAnalysisScript */
/* harmony import */ var _thread_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4924);
/** Which script analysis threads run: the bundle that registered itself (or, in tests, a built one). */

let workerScript;
/**
 * For bundle entries. In an analysis thread: serve batches and return true. In the main thread:
 * remember the bundle as the script for analysis threads and return false.
 */
function actAsAnalysisWorker(entryUrl) {
    if ((0,_thread_js__WEBPACK_IMPORTED_MODULE_0__/* .isAnalysisThread */ .TM)()) {
        (0,_thread_js__WEBPACK_IMPORTED_MODULE_0__/* .serveBatches */ .kL)();
        return true;
    }
    registerAnalysisScript(new URL(entryUrl));
    return false;
}
/** The bundle analysis threads run (tests point it at a built bundle). */
function registerAnalysisScript(script) {
    workerScript = script;
}
/** The registered script, or undefined when none is (the scan then runs on the calling thread only). */
function analysisScript() {
    return workerScript;
}


/***/ }),

/***/ 4875:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f3: () => (/* binding */ languageForPath)
/* harmony export */ });
/* unused harmony exports LANGUAGES, languageById, isProgrammingLanguage */
// ---- building blocks shared by several languages ------------------------------------------------
const SLASHES = { marker: '//' };
const HASH = { marker: '#' };
const C_BLOCK = { open: '/*', close: '*/' };
const NESTED_C_BLOCK = { open: '/*', close: '*/', nests: true };
const HTML_BLOCK = { open: '<!--', close: '-->' };
const DOLLAR_BRACE = { open: '${' };
/** Backslash escapes; ends at the end of its line (C, Java, JavaScript `"` and `'`). */
function escaped(quote, extra = {}) {
    return { open: quote, close: quote, escapes: true, ...extra };
}
/** Backslash escapes; may span lines. */
function escapedMultiline(quote, extra = {}) {
    return { open: quote, close: quote, escapes: true, multiline: true, ...extra };
}
/** No escapes at all; may span lines (Go backticks, Kotlin and Scala `"""`). */
function rawMultiline(quote, extra = {}) {
    return { open: quote, close: quote, multiline: true, ...extra };
}
function language(category, id, name, extensions, syntax) {
    const empty = { fileNames: [], lineComments: [], blockComments: [], strings: [], literals: [] };
    return Object.freeze({ id, name, category, extensions, ...empty, ...syntax });
}
// ---- programming languages: the file-lines rule applies -----------------------------------------
/** Slash-slash and slash-star comments, `'x'` char literals: C, C++, C#, Java, Go, Kotlin, Scala. */
const C_FAMILY = { lineComments: [SLASHES], blockComments: [C_BLOCK], literals: ['char'] };
const NESTING_C_FAMILY = { ...C_FAMILY, blockComments: [NESTED_C_BLOCK] };
const JS_FAMILY = {
    lineComments: [SLASHES, { marker: '#!', atFileStart: true }],
    blockComments: [C_BLOCK],
    strings: [escaped('"'), escaped("'"), escapedMultiline('`', { interpolations: [DOLLAR_BRACE] })],
    literals: ['regex'],
};
const PYTHON = {
    lineComments: [HASH],
    strings: [
        escapedMultiline('"""', { docstring: true }),
        escapedMultiline("'''", { docstring: true }),
        escaped('"'),
        escaped("'"),
    ],
};
const CSHARP = {
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
const RUST = {
    lineComments: [SLASHES],
    blockComments: [NESTED_C_BLOCK],
    strings: [escapedMultiline('"')],
    literals: ['char', 'rust-raw'],
};
const RUBY_INTERPOLATION = { interpolations: [{ open: '#{' }] };
const RUBY = {
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
const PHP = {
    lineComments: [SLASHES, { marker: '#', notFollowedBy: '[' }],
    blockComments: [C_BLOCK],
    strings: [escapedMultiline('"'), escapedMultiline("'")],
    literals: ['heredoc-php'],
};
const SHELL = {
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
const SWIFT = {
    lineComments: [SLASHES],
    blockComments: [NESTED_C_BLOCK],
    strings: [escapedMultiline('"""', SWIFT_INTERPOLATION), escaped('"', SWIFT_INTERPOLATION)],
    literals: ['swift-raw'],
};
const SQL = {
    lineComments: [{ marker: '--' }],
    blockComments: [C_BLOCK],
    // backslash escapes too: MySQL dumps write `'it\'s'`
    strings: [escapedMultiline("'", { doubled: true }), escapedMultiline('"', { doubled: true }), escaped('`')],
};
const KOTLIN_STRINGS = [
    rawMultiline('"""', { interpolations: [DOLLAR_BRACE] }),
    escaped('"', { interpolations: [DOLLAR_BRACE] }),
];
const code = (id, name, extensions, syntax) => language('programming', id, name, extensions, syntax);
const PROGRAMMING = [
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
const CSS = { blockComments: [C_BLOCK], strings: [escaped('"'), escaped("'")] };
const CSS_WITH_LINE_COMMENTS = { ...CSS, lineComments: [SLASHES] };
/** No strings in HTML-like markup: apostrophes in text (`don't`) are not quotes. */
const HTML_LIKE = { blockComments: [HTML_BLOCK] };
const YAML = {
    lineComments: [{ marker: '#', boundary: '' }],
    strings: [escaped('"'), { open: "'", close: "'", doubled: true }],
};
/** Comments are not JSON, but tsconfig.json and its friends hold them. */
const JSON_WITH_COMMENTS = { lineComments: [SLASHES], blockComments: [C_BLOCK], strings: [escaped('"')] };
const TOML = {
    lineComments: [HASH],
    strings: [escapedMultiline('"""'), rawMultiline("'''"), escaped('"'), { open: "'", close: "'" }],
};
const DOCKERFILE = {
    fileNames: ['Dockerfile', 'Containerfile'],
    lineComments: [{ marker: '#', boundary: '' }],
};
const OTHERS = [
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
const LANGUAGES = Object.freeze([...PROGRAMMING, ...OTHERS]);
const byExtension = new Map();
const byFileName = new Map();
const byId = new Map();
for (const lang of LANGUAGES) {
    byId.set(lang.id, lang);
    for (const ext of lang.extensions)
        byExtension.set(ext, lang);
    for (const name of lang.fileNames)
        byFileName.set(name, lang);
}
/** The language with this id (`python`, `cpp`…), or undefined. */
function languageById(id) {
    return byId.get(id);
}
/**
 * The language of a file from its path: an exact file name first (`Gemfile`), else its extension,
 * case-insensitively (`MAIN.PY`). A leading dot alone is not an extension (`.bashrc`).
 */
function languageForPath(path) {
    const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    const fileName = path.slice(slash + 1);
    const named = byFileName.get(fileName);
    if (named !== undefined)
        return named;
    const dot = fileName.lastIndexOf('.');
    if (dot <= 0)
        return undefined;
    return byExtension.get(fileName.slice(dot).toLowerCase());
}
/** Whether the V2 file-lines rule applies to files of this language. */
function isProgrammingLanguage(lang) {
    return lang.category === 'programming';
}


/***/ }),

/***/ 8920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ tally),
/* harmony export */   t: () => (/* binding */ LineKind)
/* harmony export */ });
/** How the line classifier sees a text: a kind per line, and the totals. */
/** How a line is classified by the line counter. */
var LineKind;
(function (LineKind) {
    LineKind[LineKind["Blank"] = 0] = "Blank";
    LineKind[LineKind["Code"] = 1] = "Code";
    LineKind[LineKind["Comment"] = 2] = "Comment";
})(LineKind || (LineKind = {}));
/** Line totals of classified lines; `code + comment + blank === lines` always. */
function tally(kinds) {
    const counts = { lines: kinds.length, code: 0, comment: 0, blank: 0 };
    for (const kind of kinds) {
        if (kind === LineKind.Code)
            counts.code++;
        else if (kind === LineKind.Comment)
            counts.comment++;
        else
            counts.blank++;
    }
    return counts;
}


/***/ }),

/***/ 8874:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ withComplianceOverrides),
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   SL: () => (/* binding */ complianceProblems),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   re: () => (/* binding */ complianceSettingsFrom),
/* harmony export */   sA: () => (/* binding */ applyRuleChanges)
/* harmony export */ });
/* unused harmony exports SEVERITIES, COUNT_MODES, v2Rules, DEFAULT_BASELINE_PATH, defaultComplianceSettings, COMPLIANCE_CONFIG_KEYS, ruleChanges */
/** Compliance's vocabulary and settings: rule ids, severities, limits, the V2 preset, and raw config → typed. */
const RULE_IDS = [
    'file-lines',
    'class-lines',
    'function-lines',
    'functions-per-file',
    'classes-per-file',
    'enums-per-file',
    'function-params',
];
const SEVERITIES = (/* unused pure expression or super */ null && (['minor', 'major', 'critical']));
const COUNT_MODES = (/* unused pure expression or super */ null && (['physical', 'code']));
const FAIL_ON = ['new', 'all', 'none'];
const rule = (limit, severity = 'major', critical) => ({
    enabled: true,
    limit,
    severity,
    count: 'physical',
    ...(critical === undefined ? {} : { critical }),
});
/** The V2 standard: files ≤ 400 lines (critical above 600), classes ≤ 200, functions ≤ 30. */
function v2Rules() {
    return {
        'file-lines': rule(400, 'major', 600),
        'class-lines': rule(200),
        'function-lines': rule(30),
        'functions-per-file': rule(10),
        'classes-per-file': rule(5),
        'enums-per-file': rule(3, 'minor'),
        'function-params': rule(5, 'minor'),
    };
}
const DEFAULT_BASELINE_PATH = '.github/shipgate-baseline.json';
function defaultComplianceSettings() {
    return {
        include: [],
        exclude: [],
        rules: v2Rules(),
        overrides: [],
        exceptions: [],
        baseline: DEFAULT_BASELINE_PATH,
        failOn: 'new',
        comment: false,
        maxParseBytes: 1024 * 1024,
    };
}
/** Every key of the section, by type: the schema test checks schema/compliance.schema.json against it. */
const SECTION_KEYS = {
    include: true,
    exclude: true,
    rules: true,
    overrides: true,
    exceptions: true,
    baseline: true,
    'fail-on': true,
    comment: true,
    'max-parse-bytes': true,
};
const COMPLIANCE_CONFIG_KEYS = Object.keys(SECTION_KEYS);
/** What a rule as written changes in the settings. */
function ruleChanges(raw) {
    if (raw === false)
        return { enabled: false };
    if (typeof raw === 'number')
        return { limit: raw, enabled: true };
    return raw;
}
function changesOf(rules) {
    const changes = {};
    for (const id of RULE_IDS) {
        const raw = rules?.[id];
        if (raw !== undefined)
            changes[id] = ruleChanges(raw);
    }
    return changes;
}
/** Applies rule changes on top of a rule set; a new limit without a new critical drops a stale critical. */
function applyRuleChanges(base, changes) {
    const result = { ...base };
    for (const id of RULE_IDS) {
        const change = changes[id];
        if (!change)
            continue;
        const merged = { ...base[id], ...change };
        const staleCritical = merged.critical !== undefined && merged.critical <= (change.limit ?? Infinity);
        if (change.limit !== undefined && change.critical === undefined && staleCritical)
            delete merged.critical;
        result[id] = merged;
    }
    return result;
}
/** Resolves the validated `compliance:` section, the V2 preset filling whatever is not written. */
function complianceSettingsFrom(raw = {}) {
    const defaults = defaultComplianceSettings();
    return {
        include: raw.include ?? defaults.include,
        exclude: raw.exclude ?? defaults.exclude,
        rules: applyRuleChanges(defaults.rules, changesOf(raw.rules)),
        overrides: (raw.overrides ?? []).map((o) => ({ paths: o.paths, rules: changesOf(o.rules) })),
        exceptions: raw.exceptions ?? defaults.exceptions,
        baseline: raw.baseline ?? defaults.baseline,
        failOn: raw['fail-on'] ?? defaults.failOn,
        comment: raw.comment ?? defaults.comment,
        maxParseBytes: raw['max-parse-bytes'] ?? defaults.maxParseBytes,
    };
}
function withComplianceOverrides(settings, overrides) {
    const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
    return { ...settings, ...defined };
}
function criticalProblems(rules, where) {
    const defaults = v2Rules();
    return RULE_IDS.flatMap((id) => {
        const raw = rules?.[id];
        if (typeof raw !== 'object' || raw.critical === undefined)
            return [];
        const limit = raw.limit ?? defaults[id].limit;
        if (raw.critical > limit)
            return [];
        const message = `must be above the limit (${limit}): at or below it every violation would be critical`;
        return [{ path: [...where, 'rules', id, 'critical'], message }];
    });
}
/** What the schema cannot say about the `compliance:` section: a critical threshold must lie above its limit. */
function complianceProblems(raw) {
    if (!raw)
        return [];
    const overrides = (raw.overrides ?? []).flatMap((o, i) => criticalProblems(o.rules, ['overrides', i]));
    return [...criticalProblems(raw.rules, []), ...overrides];
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 264:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("inspector");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2987:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("perf_hooks");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ ENTRIES),
  n: () => (/* binding */ start)
});

// EXTERNAL MODULE: ./src/compliance/analysis/worker-script.ts
var worker_script = __nccwpck_require__(240);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
;// CONCATENATED MODULE: ./src/core/compile-cache.ts

/**
 * Keeps V8's compiled code of our bundles between runs (Node 22.1+; a no-op before): the TypeScript
 * compiler alone takes about half a second to compile on every thread that loads it, and a repeated
 * run (a pre-commit hook, the next step of a job) gets it back for a few milliseconds. Node puts the
 * cache in the temporary folder and honours NODE_DISABLE_COMPILE_CACHE.
 */
function enableCompileCache() {
    try {
        external_node_module_default().enableCompileCache?.();
    }
    catch {
        // A cache that cannot be written (a read-only temporary folder) only costs speed.
    }
}

;// CONCATENATED MODULE: ./src/entry.ts
/**
 * The one bundle every action and the CLI run (dist/shipgate/index.js): each `dist/<name>/index.js` is a
 * two-line stub that calls `start(name)`, so the heavy dependencies (the TypeScript compiler above all)
 * are downloaded once per `uses:`, not once per action. What a name needs is loaded only when it runs.
 */


/** Every front end by the name of its dist folder; the build writes one stub per name. */
const ENTRIES = {
    cli: () => __nccwpck_require__.e(/* import() */ 163).then(__nccwpck_require__.bind(__nccwpck_require__, 6163)).then((m) => m.start),
    compliance: () => Promise.all(/* import() */[__nccwpck_require__.e(961), __nccwpck_require__.e(247), __nccwpck_require__.e(178), __nccwpck_require__.e(448), __nccwpck_require__.e(307), __nccwpck_require__.e(906), __nccwpck_require__.e(925), __nccwpck_require__.e(958)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3716)).then((m) => m.main),
    conflicts: () => Promise.all(/* import() */[__nccwpck_require__.e(961), __nccwpck_require__.e(247), __nccwpck_require__.e(178), __nccwpck_require__.e(307), __nccwpck_require__.e(906), __nccwpck_require__.e(387), __nccwpck_require__.e(681), __nccwpck_require__.e(404)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6272)).then((m) => m.main),
    'pr-checks': () => Promise.all(/* import() */[__nccwpck_require__.e(961), __nccwpck_require__.e(247), __nccwpck_require__.e(178), __nccwpck_require__.e(448), __nccwpck_require__.e(182), __nccwpck_require__.e(307), __nccwpck_require__.e(906), __nccwpck_require__.e(925), __nccwpck_require__.e(387), __nccwpck_require__.e(286), __nccwpck_require__.e(681), __nccwpck_require__.e(152)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1152)).then((m) => m.main),
    deploy: () => Promise.all(/* import() */[__nccwpck_require__.e(961), __nccwpck_require__.e(247), __nccwpck_require__.e(178), __nccwpck_require__.e(307), __nccwpck_require__.e(906), __nccwpck_require__.e(876), __nccwpck_require__.e(956), __nccwpck_require__.e(800)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3800)).then((m) => m.main),
    rollback: () => Promise.all(/* import() */[__nccwpck_require__.e(961), __nccwpck_require__.e(247), __nccwpck_require__.e(178), __nccwpck_require__.e(307), __nccwpck_require__.e(906), __nccwpck_require__.e(876), __nccwpck_require__.e(956), __nccwpck_require__.e(459)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9459)).then((m) => m.main),
    'quality-gate': () => Promise.all(/* import() */[__nccwpck_require__.e(961), __nccwpck_require__.e(247), __nccwpck_require__.e(178), __nccwpck_require__.e(448), __nccwpck_require__.e(182), __nccwpck_require__.e(307), __nccwpck_require__.e(906), __nccwpck_require__.e(286), __nccwpck_require__.e(362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8944)).then((m) => m.main),
};
enableCompileCache();
// In an analysis thread this bundle serves batches of files and nothing else.
const analysisThread = (0,worker_script/* actAsAnalysisWorker */.xl)(import.meta.url);
/** Runs the named front end (a no-op in an analysis thread, which loads this bundle for its own work). */
async function start(name) {
    if (analysisThread)
        return;
    const run = await ENTRIES[name]();
    await run();
}

var __webpack_exports__ENTRIES = __webpack_exports__.l;
var __webpack_exports__start = __webpack_exports__.n;
export { __webpack_exports__ENTRIES as ENTRIES, __webpack_exports__start as start };
