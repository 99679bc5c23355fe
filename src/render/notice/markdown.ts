// NoticeDocument → Markdown (for review, and as the text a diff of two versions reads).
import type { NoticeDocument } from '../../model/notice.js';
import { noticeLines } from './lines.js';

/** Markdown punctuation at the start of a line, and angle brackets, are escaped: a value is text. */
const escape = (s: string) =>
  s.replace(/^([#>*+\-|`=~]|\d+[.)])/u, '\\$1').replace(/([<>])/g, '\\$1');

export function renderNoticeMarkdown(doc: NoticeDocument): string {
  const blocks: string[][] = [];
  let previous: string | undefined;
  for (const line of noticeLines(doc)) {
    const text = escape(line.text);
    const md =
      line.kind === 'title'
        ? `# ${text}`
        : line.kind === 'heading'
          ? `## ${text}`
          : line.kind === 'item'
            ? `- ${text}`
            : text;
    // List items stay together, and so do the closing lines (as hard line breaks).
    const joined =
      (line.kind === 'item' && previous === 'item') ||
      ((line.kind === 'closing' || line.kind === 'issuer') && previous === 'closing');
    if (joined) {
      const last = blocks.at(-1)!;
      if (line.kind !== 'item') last[last.length - 1] += '  ';
      last.push(md);
    } else blocks.push([md]);
    previous = line.kind === 'issuer' ? 'closing' : line.kind;
  }
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
