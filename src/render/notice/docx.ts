// NoticeDocument → .docx (A4, the guideline's styles, fonts, footer and properties): the title
// centred, 「１　見出し」 headings, indented paragraphs, 「・」 lists with a hanging indent, and the
// dates and the company name right-aligned at the end.
import type { NoticeDocument } from '../../model/notice.js';
import { NumberingBuilder } from '../docx/numbering.js';
import { packDocx, type DocxOptions } from '../docx/render.js';
import { STYLE } from '../docx/styles.js';
import { para, run } from '../docx/xml.js';
import { noticeLines } from './lines.js';

const CHAR = 210; // one character of 10.5pt, in twentieths of a point

export function renderNoticeDocx(doc: NoticeDocument, options: DocxOptions): Uint8Array {
  const body: string[] = [];
  const lines = noticeLines(doc);
  lines.forEach((line, i) => {
    switch (line.kind) {
      case 'title':
        body.push(para(STYLE.title, run(line.text)));
        break;
      case 'subtitle':
        body.push(para(STYLE.company, run(line.text), '<w:spacing w:after="240"/>'));
        break;
      case 'heading':
        body.push(para(STYLE.commentaryHeading2, run(line.text)));
        break;
      case 'text':
        body.push(para(STYLE.commentaryBody, run(line.text)));
        break;
      case 'item':
        body.push(
          para(
            STYLE.commentaryList,
            run(`・${line.text}`),
            `<w:ind w:leftChars="200" w:left="${2 * CHAR}" w:hangingChars="100" w:hanging="${CHAR}"/>`,
          ),
        );
        break;
      case 'closing':
      case 'issuer': {
        const first = lines[i - 1]?.kind !== 'closing';
        body.push(
          para(
            STYLE.normal,
            run(line.text),
            `${first ? '<w:spacing w:before="480"/>' : ''}<w:jc w:val="right"/>`,
          ),
        );
        break;
      }
    }
  });
  return packDocx(doc.meta, body.join(''), new NumberingBuilder(doc.meta.style), options);
}
