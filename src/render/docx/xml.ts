// Minimal XML writing for WordprocessingML parts: every text and attribute value goes through
// `esc`, and characters XML 1.0 forbids are dropped, so no value can break a part.

const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function esc(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export type Attrs = Record<string, string | number | undefined>;

export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
}

/** `<name attrs>children</name>`, or self-closing when there are no children. */
export function el(name: string, a: Attrs = {}, ...children: string[]): string {
  const inner = children.join('');
  return inner === '' ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${inner}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
};

/** A plain run; runs carry no formatting (styles do). */
export const run = (text: string): string =>
  text === '' ? '' : `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/** A paragraph in a style, with optional extra paragraph properties (numbering). */
export const para = (style: string, content: string, extraPPr = ''): string =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extraPPr}</w:pPr>${content}</w:p>`;
