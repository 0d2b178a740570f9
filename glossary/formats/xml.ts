/** A small, safe XML reader (saxes, with line numbers; DOCTYPE refused) and writer helpers. */

import { SaxesParser } from 'saxes';

/** An element of a parsed document; `line` is where its start tag begins (1-based). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
  line: number;
}

/** Thrown for a document that is not well-formed or declares a DOCTYPE. */
export class XmlReadError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = 'XmlReadError';
  }
}

/**
 * Parses a document into a tree. Any DOCTYPE is refused before its content is used: that is where
 * entity declarations live, the vehicle of "billion laughs" expansion and external entities (XXE).
 */
export function readXml(text: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: XmlReadError | undefined;
  let tagLine = 1;
  parser.on('doctype', () => {
    // saxes reports the DOCTYPE once it has ended; the line where it starts is what a person looks for.
    const start = text.indexOf('<!DOCTYPE');
    const line = start >= 0 ? text.slice(0, start).split('\n').length : parser.line;
    failure ??= new XmlReadError('DOCTYPE declarations are not accepted (entity expansion and external entities are refused)', line);
  });
  parser.on('opentagstart', () => {
    tagLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = String(value);
    const element: XmlElement = { name: localName(tag.name), attributes, children: [], line: tagLine };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    if (stack.length > 0) stack[stack.length - 1].children.push(text);
  });
  parser.on('cdata', (text) => {
    if (stack.length > 0) stack[stack.length - 1].children.push(text);
  });
  parser.on('error', (error) => {
    failure ??= new XmlReadError(`not well-formed XML: ${error.message}`, parser.line);
  });
  parser.write(text).close();
  if (failure) throw failure;
  if (!root) throw new XmlReadError('the file has no root element', 1);
  return root;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** Child elements with the given local name. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** The first child element with the given local name. */
export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/** All text inside an element (inline markup such as <hi> flattened). */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}

/**
 * Escapes text for element content or a double-quoted attribute value. Characters XML 1.0 cannot
 * carry at all (C0 controls other than tab/newline/CR, U+FFFE/U+FFFF, lone surrogates) are dropped.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // A carriage return would be normalised away by any reader; keep it as a character reference.
    .replace(/\r/g, '&#13;');
}
