/** JavaScript's punctuators, longest match first, with the token kind each one is to the scanner. */
import { T } from './tokens.js';

/** Punctuators by first character, longest first: [text, kind]. */
const BY_FIRST_CHAR = new Map<number, [string, number][]>();
const add = (kind: number, ...texts: string[]): void => {
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
export function scanPunctuator(text: string, pos: number): number {
  const candidates = BY_FIRST_CHAR.get(text.charCodeAt(pos));
  if (candidates === undefined) return -1;
  if (text.startsWith('?.', pos) && !isDigit(text.charCodeAt(pos + 2))) return T.QuestionDot + 2 * 256;
  for (const [punctuator, kind] of candidates)
    if (text.startsWith(punctuator, pos)) return kind + punctuator.length * 256;
  return -1;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
