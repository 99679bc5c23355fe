import { inlineText } from '../../model/text.js';
import type { Article, Document, Inline } from '../../model/types.js';
import type { NoticeDocument } from '../../model/notice.js';
import { formatDate } from '../../number/format.js';
import { defineNoticeRule, sectionText, type NoticeFinding } from '../notice-rule.js';

// The section documents say what the guideline says: the same definition (its 顧客等 and the
// conduct), the same number of measures, the same employee desk and the guideline's dates.
const ARTICLE = 'customer-harassment';

const paragraphText = (doc: Document, a: Article, label: string): string | undefined => {
  const p = a.paragraphs.find((x) => x.label === label);
  return p && inlineText(p.content, doc.meta.style);
};

/** 「顧客等（…その他の」 and 「の言動であって（のうち）、…もの」 of a definition sentence. */
function definitionParts(text: string): { parties?: string; conduct?: string } {
  const parties = /顧客等（(.+?)その他の/.exec(text)?.[1];
  const conduct = /の言動(?:であって|のうち)、(.+)もの/.exec(text)?.[1];
  return { ...(parties ? { parties } : {}), ...(conduct ? { conduct } : {}) };
}

function fieldValue(content: readonly Inline[], field: string): string | undefined {
  for (const n of content) if (n.type === 'value' && n.field === field) return n.value;
  return undefined;
}

/** The items after the paragraph that announces 「次に掲げる対応」. */
function measureItems(notice: NoticeDocument): number | undefined {
  for (const s of notice.sections)
    for (const p of s.paragraphs)
      if (/次に掲げる対応/.test(inlineText(p.content, notice.meta.style))) return p.items.length;
  return undefined;
}

export default defineNoticeRule({
  id: 'C-CUSHARA-CONSISTENT',
  severity: 'error',
  summary:
    'カスタマーハラスメントに対する基本方針及び従業員への周知文が、ガイドラインと同じ定義、同じ数の措置、同じ従業員相談窓口及び同じ制定日を示すこと',
  documents: ['cushara-policy', 'employee-notice'],
  check: ({ notice, guideline }) => {
    const out: NoticeFinding[] = [];
    const style = guideline.meta.style;
    const enacted = formatDate(guideline.meta.enacted, style);
    if (!notice.closing.dates.some((d) => d.includes(enacted)))
      out.push({
        message: `${notice.title}の制定日がガイドラインの制定日（${enacted}）と異なります`,
        expected: enacted,
      });
    const article = guideline.articles.find((a) => a.id === ARTICLE);
    if (!article) return out;
    const defined = notice.sections.find((s) =>
      /「カスタマーハラスメント」とは/.test(sectionText(notice, s)),
    );
    const own = paragraphText(guideline, article, 'definition');
    if (defined && own) {
      const a = definitionParts(own);
      const b = definitionParts(sectionText(notice, defined));
      if (a.parties !== b.parties || a.conduct !== b.conduct)
        out.push({
          message: `${notice.title}の「${defined.heading}」のカスタマーハラスメントの定義が、ガイドラインの定義と異なります`,
          section: defined.id,
          expected: own,
        });
    }
    const deterrence = article.paragraphs.find((p) => p.label === 'deterrence');
    const count = measureItems(notice);
    if (deterrence && count !== undefined && count !== deterrence.items.length)
      out.push({
        message: `${notice.title}の対応は${count}項目ですが、ガイドラインが定める措置は${deterrence.items.length}項目です`,
        expected: `${deterrence.items.length}項目`,
      });
    const measures = article.paragraphs.find((p) => p.label === 'measures');
    const desk =
      measures &&
      fieldValue(
        measures.items.flatMap((i) => i.content),
        'harassment.employeeDesk',
      );
    const deskSection = notice.sections.find((s) => s.id === 'desk');
    if (desk && deskSection && !sectionText(notice, deskSection).includes(desk))
      out.push({
        message: `${notice.title}の「${deskSection.heading}」に、ガイドラインが定める従業員相談窓口「${desk}」がありません`,
        section: 'desk',
        expected: desk,
      });
    return out;
  },
});
