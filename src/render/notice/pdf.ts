// NoticeDocument → PDF on A4 with the shared composer (embedded Noto Serif JP, 禁則, page numbers,
// fixed document info): the same reading as the Word file, with an outline entry per section.
import type { NoticeDocument } from '../../model/notice.js';
import { BODY, PdfComposer, type Block, type PdfOptions } from '../pdf/composer.js';
import { noticeLines } from './lines.js';

export function renderNoticePdf(doc: NoticeDocument, options: PdfOptions): Promise<Uint8Array> {
  const pdf = new PdfComposer(doc.meta, options);
  const { regular, bold } = pdf.faces;
  const lines = noticeLines(doc);
  const blocks: Block[] = lines.map((line, i): Block => {
    switch (line.kind) {
      case 'title':
        return {
          text: line.text,
          face: bold,
          size: 16,
          pitch: 26,
          align: 'center',
          first: 0,
          rest: 0,
          after: 6,
        };
      case 'subtitle':
        return {
          text: line.text,
          face: regular,
          size: BODY,
          align: 'center',
          first: 0,
          rest: 0,
          after: 12,
        };
      case 'heading':
        return {
          text: line.text,
          face: bold,
          size: BODY,
          align: 'left',
          first: 0,
          rest: 0,
          before: 9,
          keepWithNext: true,
          outline: line.text,
        };
      case 'text':
        return { text: line.text, face: regular, size: BODY, align: 'justify', first: 1, rest: 0 };
      case 'item':
        return {
          text: `・${line.text}`,
          face: regular,
          size: BODY,
          align: 'justify',
          first: 1,
          rest: 2,
        };
      case 'closing':
      case 'issuer':
        return {
          text: line.text,
          face: regular,
          size: BODY,
          align: 'right',
          first: 0,
          rest: 0,
          ...(lines[i - 1]?.kind !== 'closing' ? { before: 24 } : {}),
        };
    }
  });
  pdf.blocks(blocks);
  return pdf.finish();
}
