// A guideline in Markdown (hinagata's own guideline.md or one written by hand) → the model.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Document } from '../model/types.js';
import { linesToDocument, type ReadLine } from './lines.js';

export function readMarkdown(text: string, file: string): Document {
  const tree = unified().use(remarkParse).parse(text) as Root;
  const lines: ReadLine[] = [];
  for (const node of tree.children) {
    const line = node.position?.start.line ?? 0;
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
