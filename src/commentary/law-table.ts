// The commentary's 法令対応表: templates/<template>/law-map.yaml → a chapter with its lead and a
// table whose third column cites, by RefNodes resolved against the guideline, the 条・項・号 that
// carry each measure, or says where the measure must go when the client's guideline has none.
import type { AssemblyContext } from '../assemble/assemble.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { localLaw } from '../law/ordinances.js';
import { inlineText } from '../model/text.js';
import { proseInlines } from '../model/visit.js';
import type {
  Article,
  CommentaryChapter,
  Document,
  Inline,
  ProseTable,
  RefNode,
} from '../model/types.js';
import { digits } from '../number/format.js';
import { resolveInlines } from '../resolve/resolve.js';
import { loadLawMap, type LawCarrier } from '../source/law-map.js';
import { proseDigits } from '../template/view.js';
import { expandProse } from './prose.js';

export const LAW_TABLE_ID = 'law-table';
export const LAW_TABLE_HEAD = ['措置', '根拠', '本ガイドラインの規定'] as const;
const WIDTHS = [0.37, 0.27, 0.36];

/** The words of a row whose measure the client's guideline does not carry. */
export function notCarried(elsewhere: string): string {
  return `本ガイドラインに定めなし（${elsewhere}に定める）`;
}

interface Cited {
  article: Article;
  /** Paragraph label, when the article has it. */
  paragraph?: string;
  /** 1-based index of the 項 (for comparing with the previous citation). */
  paragraphIndex?: number;
  /** Number of the 号, when found. */
  item?: number;
}

export function lawTableChapter(
  guideline: Document,
  ctx: AssemblyContext,
): { chapter?: CommentaryChapter; diagnostics: Diagnostic[] } {
  const map = loadLawMap(guideline.meta.template);
  if (!map) return { diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const where = map.title;
  const style = guideline.meta.style;
  const text = (s: string): Inline[] => [{ type: 'text', value: proseDigits(s, style.digits) }];
  const warn = (message: string) =>
    diagnostics.push({
      rule: 'commentary/law-map',
      severity: 'warning',
      file: map.file,
      message,
      hint: 'law-map.yaml の carriedBy を条文のラベル及び号の文言に合わせてください',
    });

  /** Where a carrier is in this guideline: undefined when its article is absent. */
  const cite = (c: LawCarrier): Cited | undefined => {
    const article = guideline.articles.find((a) => a.id === c.article);
    if (!article) return undefined;
    if (c.paragraph === undefined) return { article };
    const index = article.paragraphs.findIndex((p) => p.label === c.paragraph);
    const paragraph = article.paragraphs[index];
    if (!paragraph) {
      warn(
        `${where}: 第${article.number}条（${article.title}）に項「${c.paragraph}」がないため、条だけを示しました`,
      );
      return { article };
    }
    const out: Cited = { article, paragraph: c.paragraph, paragraphIndex: index + 1 };
    if (c.item === undefined) return out;
    const item = paragraph.items.find((i) => inlineText(i.content, style).includes(c.item ?? ''));
    if (!item) {
      warn(
        `${where}: 第${article.number}条（${article.title}）の項「${c.paragraph}」に「${c.item}」を含む号がないため、項だけを示しました`,
      );
      return out;
    }
    return { ...out, item: item.number };
  };

  /** 「第９条第３項第３号及び第７項」: later citations drop what they share with the one before. */
  const citations = (list: readonly Cited[]): Inline[] => {
    const parts = list.map((c, i): Inline[] => {
      const prev = i > 0 ? list[i - 1] : undefined;
      const sameArticle = prev?.article === c.article;
      const sameParagraph =
        sameArticle && c.paragraphIndex !== undefined && prev?.paragraphIndex === c.paragraphIndex;
      const item: Inline[] = c.item === undefined ? [] : text(`第${digits(c.item, style)}号`);
      if (sameParagraph && item.length > 0) return item;
      const ref: RefNode = {
        type: 'ref',
        target: {
          article: c.article.id,
          ...(c.paragraph !== undefined ? { paragraph: c.paragraph } : {}),
          ...(sameArticle && c.paragraph !== undefined ? { form: 'paragraph' as const } : {}),
        },
        origin: { file: map.file },
      };
      return [ref, ...item];
    });
    return parts.flatMap((p, i) => [
      ...(i === 0 ? [] : text(i === parts.length - 1 ? '及び' : '、')),
      ...p,
    ]);
  };

  const carriedBy = (list: readonly LawCarrier[], elsewhere: string): Inline[] => {
    const main = list.filter((c) => !c.supporting).flatMap((c) => cite(c) ?? []);
    if (main.length === 0) return text(notCarried(elsewhere));
    const related = list.filter((c) => c.supporting).flatMap((c) => cite(c) ?? []);
    return [
      ...citations(main),
      ...(related.length > 0 ? [...text('（関連：'), ...citations(related), ...text('）')] : []),
    ];
  };

  const rows: Inline[][][] = map.measures.map((m) => [
    text(m.requirement),
    text(m.basis),
    carriedBy(m.carriedBy, m.elsewhere),
  ]);
  const ordinance = localLaw(guideline.meta.prefecture)?.customerHarassment;
  if (map.ordinance && ordinance) {
    rows.push([
      text(ordinance.measure),
      text(ordinance.number ? `${ordinance.name}（${ordinance.number}）` : ordinance.name),
      carriedBy(map.ordinance.carriedBy, map.ordinance.elsewhere),
    ]);
  }
  const table: ProseTable = {
    type: 'table',
    head: LAW_TABLE_HEAD.map((h) => text(h)),
    rows,
    widths: WIDTHS,
  };

  const lead = expandProse({ file: map.file, body: map.lead, bodyLine: map.leadLine }, ctx);
  diagnostics.push(...lead.diagnostics);
  const blocks = [...lead.blocks, table];
  for (const b of blocks)
    for (const c of proseInlines(b))
      diagnostics.push(...resolveInlines(c, guideline, where, map.file));
  return { chapter: { id: LAW_TABLE_ID, title: map.title, blocks, file: map.file }, diagnostics };
}
