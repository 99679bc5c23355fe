// CommentaryDocument → commentary.pdf: contents, the opening chapter, then per article its heading
// (in the outline), the article text on a shaded band and the commentary prose.
import { articleHeading, inlineText } from '../../model/text.js';
import type { CommentaryDocument, ProseBlock } from '../../model/types.js';
import { formatDate } from '../../number/format.js';
import { BODY, PdfComposer, type Block, type PdfOptions } from '../pdf/composer.js';
import { articleBlocks } from '../pdf/render.js';

function proseBlocks(pdf: PdfComposer, blocks: readonly ProseBlock[], doc: CommentaryDocument, bracket: boolean): Block[] {
  const style = doc.meta.style;
  const { regular, bold } = pdf.faces;
  return blocks.flatMap((b): Block[] => {
    if (b.type === 'heading') {
      const t = inlineText(b.content, style);
      return b.depth === 2
        ? [{ text: bracket ? `【${t}】` : t, face: bold, size: BODY, align: 'left', first: 0, rest: 0, before: 8, keepWithNext: true }]
        : [{ text: t, face: bold, size: BODY, align: 'left', first: 1, rest: 1, before: 4, keepWithNext: true }];
    }
    if (b.type === 'prose') return [{ text: inlineText(b.content, style), face: regular, size: BODY, align: 'justify', first: 1, rest: 0 }];
    return b.items.map((item): Block => ({ text: `・${inlineText(item, style)}`, face: regular, size: BODY, align: 'justify', first: 1, rest: 2 }));
  });
}

export function renderCommentaryPdf(doc: CommentaryDocument, options: PdfOptions): Promise<Uint8Array> {
  const pdf = new PdfComposer(doc.meta, options);
  const { regular, bold } = pdf.faces;
  const style = doc.meta.style;
  const chapter = (text: string): Block => ({ text, face: bold, size: 12, pitch: 24, align: 'left', first: 0, rest: 0, before: 12, keepWithNext: true, outline: text, rule: true });
  const headings = [doc.introduction.title, ...doc.sections.map((s) => articleHeading(s.article, style))];
  pdf.blocks([
    { text: doc.meta.title, face: bold, size: 16, pitch: 35, align: 'center', first: 0, rest: 0, after: 6 },
    { text: doc.meta.company, face: regular, size: BODY, align: 'center', first: 0, rest: 0 },
    { text: `${formatDate(doc.meta.lastRevised, style)}現在`, face: regular, size: BODY, align: 'right', first: 0, rest: 0, after: 18 },
    { text: '目\u3000次', face: bold, size: BODY, align: 'center', first: 0, rest: 0, after: 6 },
    ...headings.map((h): Block => ({ text: h, face: regular, size: BODY, align: 'left', first: 2, rest: 3 })),
  ]);
  pdf.newPage();
  pdf.blocks([chapter(doc.introduction.title), ...proseBlocks(pdf, doc.introduction.blocks, doc, false)]);
  for (const section of doc.sections) {
    pdf.blocks([
      chapter(articleHeading(section.article, style)),
      ...articleBlocks(section.article.paragraphs, doc.guideline, regular, true),
      ...proseBlocks(pdf, section.blocks, doc, true),
    ]);
  }
  return pdf.finish();
}
