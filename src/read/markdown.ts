// A guideline in Markdown (hinagata's own guideline.md or one written by hand) → the model. Every
// number is typed, so the text says what each paragraph is (lines.ts); the 改定履歴 is a pipe table
// (read as its rows: remark without GFM leaves a table a paragraph of 「|」 lines).
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Document, Inline } from '../model/types.js';
import { linesToDocument, type ReadLine } from './lines.js';

/** The cells of a pipe-table line, or undefined for its delimiter row (「| :--: | --- |」). */
function pipeCells(line: string): Inline[][] | undefined {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells = inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
  if (cells.every((c) => /^:?-+:?$/.test(c))) return undefined;
  return cells.map((c) => (c === '' ? [] : [{ type: 'text', value: c }]));
}

export function readMarkdown(text: string, file: string): Document {
  const tree = unified().use(remarkParse).parse(text) as Root;
  const lines: ReadLine[] = [];
  for (const node of tree.children) {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'paragraph' && node.position) {
      const source = text.slice(node.position.start.offset, node.position.end.offset);
      const rows = source.split('\n');
      if (rows.length > 1 && rows.every((r) => r.trim().startsWith('|'))) {
        rows.forEach((r, i) => {
          const cells = pipeCells(r);
          if (cells) lines.push({ content: [], cells, bookmarks: [], where: `${line + i}行目` });
        });
        continue;
      }
    }
    if (node.type === 'heading' || node.type === 'paragraph') {
      lines.push({
        content: [{ type: 'text', value: toString(node).replace(/\n/g, '') }],
        bookmarks: [],
        where: `${line}行目`,
      });
    } else if (node.type === 'list') {
      for (const li of node.children) {
        lines.push({
          content: [{ type: 'text', value: toString(li).replace(/\n/g, '') }],
          kind: 'item',
          depth: 1,
          bookmarks: [],
          where: `${li.position?.start.line ?? line}行目`,
        });
      }
    }
  }
  return linesToDocument(lines, file);
}
