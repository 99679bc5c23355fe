// A NoticeDocument as lines of text, the one reading every notice writer follows: the title, the
// subtitle, each section's 「１　見出し」, its paragraphs and their list items, then the dates and
// the company name at the end.
import type { NoticeDocument } from '../../model/notice.js';
import { inlineText } from '../../model/text.js';
import { digits } from '../../number/format.js';

export type NoticeLine =
  | { kind: 'title' | 'subtitle' | 'heading' | 'text' | 'item' | 'closing'; text: string }
  | { kind: 'issuer'; text: string };

/** 「１　基本的な考え方」 in the document's digit style. */
export function sectionHeading(doc: NoticeDocument, i: number): string {
  const s = doc.sections[i]!;
  return `${digits(s.number, doc.meta.style)}\u3000${s.heading}`;
}

export function noticeLines(doc: NoticeDocument): NoticeLine[] {
  const style = doc.meta.style;
  const out: NoticeLine[] = [{ kind: 'title', text: doc.title }];
  if (doc.subtitle) out.push({ kind: 'subtitle', text: doc.subtitle });
  doc.sections.forEach((section, i) => {
    out.push({ kind: 'heading', text: sectionHeading(doc, i) });
    for (const p of section.paragraphs) {
      const text = inlineText(p.content, style);
      if (text !== '') out.push({ kind: 'text', text });
      for (const item of p.items) out.push({ kind: 'item', text: inlineText(item.content, style) });
    }
  });
  for (const d of doc.closing.dates) out.push({ kind: 'closing', text: d });
  out.push({ kind: 'issuer', text: doc.closing.issuer });
  return out;
}
