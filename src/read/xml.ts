// A small element tree over fast-xml-parser, for reading the parts of a .docx. Element and
// attribute names are given with the prefixes hinagata's writer uses (w:, r:, mc:, wp: …) whatever
// prefixes the file declares, so a file written with another prefix (or the Strict namespace)
// reads the same.
import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlChild[];
}

export type XmlChild = XmlElement | string;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Numeric character references (&#x3000;) as well as the five XML entities.
  htmlEntities: true,
});

/** Namespace URI → the prefix the reader's code uses. */
const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
};

type Raw = Record<string, unknown> & { ':@'?: Record<string, string> };

function rawName(node: Raw): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

function canonical(name: string, scope: Map<string, string>): string {
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const local = colon < 0 ? name : name.slice(colon + 1);
  const uri = scope.get(prefix);
  const known = uri === undefined ? undefined : PREFIXES[uri];
  if (known) return `${known}:${local}`;
  return name;
}

function convert(node: Raw, outer: Map<string, string>): XmlChild | undefined {
  const name = rawName(node);
  if (name === '#text') return String(node['#text'] ?? '');
  if (name === '' || name.startsWith('?') || name.startsWith('!')) return undefined;
  const rawAttrs = node[':@'] ?? {};
  let scope = outer;
  for (const [k, v] of Object.entries(rawAttrs)) {
    if (k === 'xmlns' || k.startsWith('xmlns:')) {
      if (scope === outer) scope = new Map(outer);
      scope.set(k === 'xmlns' ? '' : k.slice(6), v);
    }
  }
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttrs)) {
    if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
    // Unprefixed attributes are in no namespace; keep them as they are.
    attrs[k.includes(':') ? canonical(k, scope) : k] = String(v);
  }
  const list = node[name];
  const children: XmlChild[] = [];
  if (Array.isArray(list)) {
    for (const c of list as Raw[]) {
      const x = convert(c, scope);
      if (x !== undefined) children.push(x);
    }
  }
  return { name: canonical(name, scope), attrs, children };
}

/** The root element of an XML document; throws on malformed XML. */
export function parseXml(text: string): XmlElement {
  const tree = parser.parse(text) as Raw[];
  const scope = new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  for (const n of tree) {
    const x = convert(n, scope);
    if (x !== undefined && typeof x !== 'string') return x;
  }
  throw new Error('no root element');
}

export function isElement(c: XmlChild | undefined): c is XmlElement {
  return c !== undefined && typeof c !== 'string';
}

export function elements(e: XmlElement | undefined, name?: string): XmlElement[] {
  if (!e) return [];
  return e.children.filter(
    (c): c is XmlElement => isElement(c) && (name === undefined || c.name === name),
  );
}

export function child(e: XmlElement | undefined, name: string): XmlElement | undefined {
  return e?.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

/** The text directly inside an element (w:t, w:instrText, w:delText). */
export function textOf(e: XmlElement): string {
  return e.children.filter((c): c is string => typeof c === 'string').join('');
}

/** `w:val` of a child, e.g. valOf(pPr, 'w:pStyle'). */
export function valOf(e: XmlElement | undefined, name: string): string | undefined {
  return child(e, name)?.attrs['w:val'];
}

/** An on/off property (w:b, w:vanish): present and not "false"/"0"/"off". */
export function isOn(e: XmlElement | undefined, name: string): boolean {
  const c = child(e, name);
  if (!c) return false;
  const v = c.attrs['w:val'];
  return v === undefined || !['false', '0', 'off'].includes(v);
}
