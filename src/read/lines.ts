// Turns the paragraphs read from a .docx or .md into the document model. hinagata's own files say
// what each paragraph is (styles, bookmarks); other files are read by their text: 「第N条（見出し）」
// headings, 「２　」 項 numbers, 「一　」 号 and 「イ　」 items, 附則.
import type { Article, Document, Inline, Item, Paragraph } from '../model/types.js';
import { refsOf } from '../model/visit.js';
import { toHalfwidthDigits } from '../number/format.js';
import { loadClause, loadTemplate } from '../source/clauses.js';

export interface ReadLine {
  /** The paragraph's content: text, and REF fields where the file has them. */
  content: Inline[];
  /** What the file's styles say, when they say it. */
  kind?:
    | 'title'
    | 'article-heading'
    | 'first-paragraph'
    | 'paragraph'
    | 'item'
    | 'supplementary-heading'
    | 'other';
  depth?: number;
  bookmarks: string[];
  /** Where it is, for messages: 「段落 12」「12行目」. */
  where: string;
}

const KANJI: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 「１２」「12」「十二」 → 12. */
export function parseJapaneseNumber(s: string): number | undefined {
  const ascii = toHalfwidthDigits(s);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[一二三四五六七八九十百]+$/.test(s)) return undefined;
  let total = 0;
  let current = 0;
  for (const c of s) {
    if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = KANJI[c] ?? 0;
  }
  return total + current;
}

const HEADING = /^第([0-9０-９一二三四五六七八九十百]+)条\s*[（(](.+?)[）)]\s*$/;
const PARAGRAPH = /^([0-9０-９]+)[\u3000 ]+/;
const ITEM = /^[\u3000 ]*([一二三四五六七八九十]+)[\u3000 ]+/;
const IROHA = /^[\u3000 ]*([イロハニホヘトチリヌルヲワカヨタレソツネナラム])[\u3000 ]+/;
const SUPPLEMENTARY = /^附[\u3000 ]*則/;

function plain(content: readonly Inline[]): string {
  return content.map((c) => (c.type === 'ref' ? (c.display ?? '') : c.value)).join('');
}

/** Removes a leading label (number) of `length` characters from the content. */
function dropPrefix(content: readonly Inline[], length: number): Inline[] {
  let rest = length;
  const out: Inline[] = [];
  for (const c of content) {
    if (rest > 0 && c.type === 'text') {
      if (c.value.length <= rest) {
        rest -= c.value.length;
        continue;
      }
      out.push({ type: 'text', value: c.value.slice(rest) });
      rest = 0;
    } else out.push(c);
  }
  return out;
}

let titleIndex: Map<string, string> | undefined;

/** Article titles of the template → ids, for files that carry no ids. */
function idForTitle(title: string): string | undefined {
  if (!titleIndex) {
    titleIndex = new Map(
      loadTemplate('consultation-guideline').articles.flatMap((a) => {
        const clause = loadClause(a.id);
        return [clause.title, ...clause.formerTitles].map((t): [string, string] => [t, a.id]);
      }),
    );
  }
  return titleIndex.get(title.trim());
}

export function linesToDocument(lines: readonly ReadLine[], file: string): Document {
  const articles: Article[] = [];
  let title = '';
  let company = '';
  let inSupplementary = false;
  let fullwidth = false;
  const supplementaryText: string[] = [];

  for (const line of lines) {
    const text = plain(line.content).trim();
    if (text === '') continue;
    const heading = HEADING.exec(text);
    if (line.kind === 'article-heading' || (heading && line.kind !== 'other')) {
      inSupplementary = false;
      const bookmark = line.bookmarks.find((b) => b.startsWith('art_'));
      const titleText = heading ? heading[2]! : text.replace(/^[（(]|[）)]$/g, '');
      const printed = heading ? parseJapaneseNumber(heading[1]!) : undefined;
      if (heading && /[０-９]/.test(heading[1]!)) fullwidth = true;
      const id = bookmark
        ? bookmark.slice(4).replace(/_/g, '-')
        : (idForTitle(titleText) ?? `article-${articles.length + 1}`);
      articles.push({
        type: 'article',
        id,
        title: titleText,
        // Word numbering is positional; typed numbers are what the file says.
        number:
          line.kind === 'article-heading' && !heading
            ? articles.length + 1
            : (printed ?? articles.length + 1),
        provisions: [],
        optional: false,
        paragraphs: [],
        origin: { file, clause: id },
      });
      continue;
    }
    if (
      line.kind === 'supplementary-heading' ||
      SUPPLEMENTARY.test(text) ||
      /^改定履歴$/.test(text)
    ) {
      inSupplementary = true;
      continue;
    }
    if (inSupplementary) {
      supplementaryText.push(text);
      continue;
    }
    const article = articles.at(-1);
    if (!article) {
      if (!title) title = text;
      else if (!company) company = text;
      continue;
    }
    const label = line.bookmarks
      .find((b) => b.startsWith('p_') && b.includes('__'))
      ?.split('__')[1]
      ?.replace(/_/g, '-');
    const itemMatch = line.kind === 'item' ? null : (ITEM.exec(text) ?? IROHA.exec(text));
    const isItem = line.kind === 'item' || itemMatch !== null;
    const owner = article.paragraphs.at(-1);
    if (isItem && owner) {
      const depth = line.kind === 'item' ? (line.depth ?? 1) : IROHA.test(text) ? 2 : 1;
      const leading = plain(line.content).length - plain(line.content).trimStart().length;
      const content = itemMatch
        ? dropPrefix(line.content, leading + itemMatch[0].trimStart().length)
        : line.content;
      const siblings = depth === 1 ? owner.items : (owner.items.at(-1)?.children ?? owner.items);
      const item: Item = {
        type: 'item',
        number: siblings.length + 1,
        depth,
        content: trimContent(content),
        children: [],
      };
      siblings.push(item);
      continue;
    }
    const numbered = line.kind === 'first-paragraph' ? null : PARAGRAPH.exec(text);
    const content = numbered ? dropPrefix(line.content, numbered[0].length) : line.content;
    const paragraph: Paragraph = {
      type: 'paragraph',
      number: numbered
        ? (parseJapaneseNumber(numbered[1]!) ?? article.paragraphs.length + 1)
        : article.paragraphs.length + 1,
      ...(label ? { label } : {}),
      content: trimContent(content),
      items: [],
      origin: { file, clause: article.id, line: Number(/\d+/.exec(line.where)?.[0] ?? 0) },
    };
    article.paragraphs.push(paragraph);
  }

  // References read from REF fields point at bookmarks; resolve them against what the file holds.
  for (const a of articles) {
    for (const ref of refsOf(a)) {
      const target = articles.find((x) => x.id === ref.target.article);
      if (!target) {
        ref.resolved = {
          status: 'broken',
          reason: `ブックマーク「${ref.target.article}」の条がありません`,
        };
        continue;
      }
      const index = ref.target.paragraph
        ? target.paragraphs.findIndex((p) => p.label === ref.target.paragraph)
        : -1;
      ref.resolved = {
        status: 'ok',
        article: articles.indexOf(target) + 1,
        ...(index >= 0 ? { paragraph: index + 1 } : {}),
        paragraphCount: target.paragraphs.length,
      };
    }
  }

  const style = {
    era: 'seireki' as const,
    digits: fullwidth ? ('fullwidth' as const) : ('halfwidth' as const),
  };
  return {
    type: 'document',
    meta: {
      template: 'consultation-guideline',
      templateVersion: '',
      title,
      company,
      enacted: '',
      effective: '',
      lastRevised: '',
      style,
      fonts: { body: '', heading: '' },
      intake: {
        desk: '',
        channels: [],
        anonymous: false,
        callRecording: false,
        recordItems: [],
        retention: '',
      },
      productRole: 'both',
      prefecture: null,
    },
    articles,
    supplementary: supplementaryText.map((t) => ({
      type: 'supplementary',
      kind: 'enactment',
      date: '',
      effective: '',
      content: [{ type: 'text', value: t }],
    })),
    revisions: [],
  };
}

function trimContent(content: Inline[]): Inline[] {
  const out = content.map((c) => ({ ...c }));
  const first = out[0];
  if (first?.type === 'text') first.value = first.value.replace(/^[\s\u3000]+/, '');
  const last = out.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/[\s\u3000]+$/, '');
  return out.filter((c) => c.type !== 'text' || c.value !== '');
}
