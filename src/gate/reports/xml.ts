/** Streaming XML through saxes: elements arrive as events, and any malformation names file, line and column. */
import { SaxesParser } from 'saxes';
import { errorMessage } from '../../core/errors.js';
import { ReportError, textChunks } from './source.js';

export type XmlAttributes = Record<string, string>;

export interface XmlHandlers {
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
  /** character data (text and CDATA); only called while `wantsText()` says so */
  text?(text: string): void;
  wantsText?(): boolean;
  comment?(text: string): void;
}

/** What a handler may call while it runs: an error placed where the parser is. */
export interface XmlPlace {
  fail(message: string): ReportError;
}

/** Parses the whole file, calling the handlers; throws a ReportError at the first malformation or truncation. */
export async function parseXml(file: string, display: string, build: (place: XmlPlace) => XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ fileName: display, position: true, xmlns: false });
  const place: XmlPlace = { fail: (message) => new ReportError(parser.makeError(message).message) };
  const handlers = build(place);
  // Without namespaces saxes gives attributes as plain strings.
  parser.on('opentag', (tag) => handlers.open(tag.name, tag.attributes as XmlAttributes));
  parser.on('closetag', (tag) => handlers.close(tag.name));
  if (handlers.comment) parser.on('comment', handlers.comment.bind(handlers));
  if (handlers.text) {
    const text = handlers.text.bind(handlers);
    const wanted = handlers.wantsText?.bind(handlers) ?? (() => true);
    parser.on('text', (value) => wanted() && text(value));
    parser.on('cdata', (value) => wanted() && text(value));
  }
  try {
    for await (const chunk of textChunks(file, display)) parser.write(chunk);
    parser.close();
  } catch (error) {
    if (error instanceof ReportError) throw error;
    // saxes puts "file:line:column: " in front of its messages.
    throw new ReportError(`${errorMessage(error)} (the report is not well-formed XML: malformed or cut short)`);
  }
}

/** A whole-number attribute; `fail` places the error when it is something else. */
export function intAttribute(attributes: XmlAttributes, name: string, place: XmlPlace, fallback?: number): number {
  const raw = attributes[name];
  if (raw === undefined || raw === '') {
    if (fallback !== undefined) return fallback;
    throw place.fail(`the attribute "${name}" is missing`);
  }
  const value = Number(raw);
  if (!Number.isFinite(value)) throw place.fail(`the attribute ${name}="${raw}" is not a number`);
  return value;
}
