/**
 * XML text escaping and a safe, line-aware XML reader for the exchange formats (TMX, XLIFF).
 * The reader never expands DTD entities: a DOCTYPE that declares entities (billion laughs,
 * external entities / XXE) is refused with an error naming the file and line.
 */
import { SaxesParser } from 'saxes';

/** An error in an imported file, always naming the file and the 1-based line. */
export class ExchangeError extends Error {
  readonly file: string;
  readonly line: number;
  /** Builds the error; the message reads `file:line: detail`. */
  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'ExchangeError';
    this.file = file;
    this.line = line;
  }
}

// Characters XML 1.0 forbids (C0 controls except tab/newline/return, U+FFFE/U+FFFF, lone surrogates).
const XML_FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 cannot carry at all (control characters, lone surrogates). */
export function stripXmlForbiddenChars(text: string): string {
  return text.replace(XML_FORBIDDEN_CHARS, '');
}

/** Escapes text for element content: &, <, > (the latter so `]]>` can never appear); drops forbidden chars. */
export function escapeXmlText(text: string): string {
  return stripXmlForbiddenChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted attribute value, including newlines and tabs so they survive parsing. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** A parsed XML element with its 1-based start line. */
export interface XmlElement {
  /** Local name (any namespace prefix removed). */
  name: string;
  /** Attributes by their qualified name as written (e.g. `xml:lang`). */
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
}

/** An element or a run of text. */
export type XmlNode = XmlElement | string;

/** Parses XML into a small element tree; throws ExchangeError for malformed XML or entity-declaring DOCTYPEs. */
export function parseXmlSafely(xml: string, fileName: string): XmlElement {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let refused: ExchangeError | undefined;
  parser.on('doctype', (doctype) => {
    const start = text.indexOf('<!DOCTYPE');
    const entityAt = doctype.search(/<!ENTITY/i);
    if (entityAt >= 0) {
      const offset = Math.max(0, start) + '<!DOCTYPE'.length + entityAt;
      const line = text.slice(0, offset).split('\n').length;
      const external = /<!ENTITY\s+(%\s*)?\S+\s+(SYSTEM|PUBLIC)\b/i.test(doctype.slice(entityAt));
      refused = new ExchangeError(
        fileName,
        line,
        external
          ? 'DOCTYPE declares an external entity (XXE); refused, entities are never expanded'
          : 'DOCTYPE declares entities (possible entity expansion attack); refused, entities are never expanded',
      );
      // Stop at once: nothing after an entity declaration is read.
      throw refused;
    }
  });
  parser.on('opentag', (tag) => {
    const colon = tag.name.indexOf(':');
    const element: XmlElement = {
      name: colon >= 0 ? tag.name.slice(colon + 1) : tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      line: parser.line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (value: string): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof ExchangeError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // saxes messages start with "line:column: "; keep the detail only.
    const detail = message.replace(/^\S*?\d+:\d+:\s*/, '');
    throw new ExchangeError(fileName, parser.line || 1, `not well-formed XML: ${detail}`);
  }
  if (refused) throw refused;
  if (!root) throw new ExchangeError(fileName, 1, 'no root element');
  return root;
}

/** Child elements of an element with the given local name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

/** Text content of an element, skipping the contents of the named (native-code) elements. */
export function elementText(element: XmlElement, skip: ReadonlySet<string> = new Set()): string {
  let out = '';
  for (const child of element.children) {
    if (typeof child === 'string') out += child;
    else if (!skip.has(child.name)) out += elementText(child, skip);
  }
  return out;
}
