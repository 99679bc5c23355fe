// Turns the paragraphs read from a .docx or .md into the document model. What each paragraph is
// comes, in this order, from what the file says of it (its style), from the number Word shows
// before it (its numbering), and from its text as other tools write it: 「第N条（見出し）」
// headings, 「２　」 項 numbers, 「一　」 号, 「イ　」 and 「（１）」 items, 附則. The title page
// gives the title, company and dates (和暦 or 西暦, either digit width), the 附則 their blocks and
// dates, the 改定履歴 table the revisions.
import type {
  Article,
  Document,
  Inline,
  Item,
  NumberStyle,
  Paragraph,
  RefNode,
  Revision,
  SupplementaryBlock,
} from '../model/types.js';
import { refsOf } from '../model/visit.js';
import { refLabel } from '../number/format.js';
import { parseDate, parseIroha, parseJapaneseNumber, type ParsedDate } from '../number/parse.js';
import { defaultTemplateId, listTemplates, loadClause, loadTemplate } from '../source/clauses.js';
import { decodeArticleBookmark, decodeParagraphBookmark } from './bookmarks.js';

export type LineKind =
  | 'title'
  | 'company'
  | 'dates'
  | 'article-heading'
  | 'first-paragraph'
  | 'paragraph'
  | 'item'
  | 'supplementary-heading'
  | 'supplementary'
  | 'revision-heading'
  | 'table-text'
  | 'other';

/** The number Word's numbering shows before a paragraph (see numbering.ts). */
export interface ShownNumber {
  text: string;
  /** The paragraph's own counter. */
  value: number;
  family: 'decimal' | 'decimal-fullwidth' | 'kanji' | 'iroha' | 'other';
}

export interface ReadLine {
  /** The paragraph's content: text, and REF fields where the file has them. */
  content: Inline[];
  /** What the file's styles say, when they say it. */
  kind?: LineKind;
  depth?: number;
  /** The number Word shows before the text (not part of the text). */
  number?: ShownNumber;
  bookmarks: string[];
  /** A row of the 改定履歴 table: its cells (版, 日付, 内容). */
  cells?: Inline[][];
  /** Where it is, for messages: 「段落 12」「12行目」. */
  where: string;
}

/** What a file says beyond its paragraphs (a .docx's styles). */
export interface FileFacts {
  fonts?: { body: string; heading: string };
}

/** Moved to number/parse.ts; re-exported for callers of its old place. */
export { parseJapaneseNumber };

const KANJI_NUM = '[一二三四五六七八九十百千]+';
const HEADING = /^第([0-9０-９一二三四五六七八九十百千]+)条[\s\u3000]*[（(](.+?)[）)]\s*$/;
const PARAGRAPH = /^([0-9０-９]+)[\u3000 \t]+/;
const ITEM = new RegExp(`^[\\u3000 \\t]*(${KANJI_NUM})[\\u3000 \\t]+`);
const IROHA = /^[\u3000 \t]*([イロハニホヘトチリヌルヲワカヨタレソツネナラム])[\u3000 \t]+/;
const PAREN = /^[\u3000 \t]*[（(]([0-9０-９]+)[）)][\u3000 \t]*/;
const SUPPLEMENTARY = /^附[\u3000 ]*則/;
const REVISIONS = /^改定履歴$/;

/** Kinds that are never an article's body, whatever their text looks like. */
const NOT_BODY = new Set<LineKind>([
  'title',
  'company',
  'dates',
  'supplementary-heading',
  'supplementary',
  'revision-heading',
  'table-text',
  'other',
]);

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
let templateIds: string[] | undefined;

/** Every pack's article ids (bookmarks are matched against them: a cut name still reads). */
export function knownArticleIds(): string[] {
  templateIds ??= [
    ...new Set(listTemplates().flatMap((t) => loadTemplate(t).articles.map((a) => a.id))),
  ];
  return templateIds;
}

/** The pack a file read back belongs to: the one holding most of its article ids. */
function packOf(articleIds: readonly string[]): string {
  let best = defaultTemplateId();
  let bestCount = -1;
  for (const t of listTemplates()) {
    const ids = new Set(loadTemplate(t).articles.map((a) => a.id));
    const count = articleIds.filter((id) => ids.has(id)).length;
    if (count > bestCount || (count === bestCount && t === defaultTemplateId())) {
      best = t;
      bestCount = count;
    }
  }
  return best;
}

/** Article titles of the template → ids, for files that carry no ids. */
function idForTitle(title: string): string | undefined {
  if (!titleIndex) {
    titleIndex = new Map(
      knownArticleIds().flatMap((id) => {
        const clause = loadClause(id);
        return [clause.title, ...clause.formerTitles].map((t): [string, string] => [t, id]);
      }),
    );
  }
  return titleIndex.get(title.trim());
}

type Shape =
  | { role: 'article'; number?: number; fullwidth?: boolean }
  | { role: 'paragraph'; number?: number | undefined }
  | { role: 'item'; depth: number; number?: number | undefined };

/** What the number Word shows says the paragraph is. */
function shapeOfShown(shown: ShownNumber | undefined): Shape | undefined {
  if (!shown) return undefined;
  const t = shown.text.trim();
  const article = /^第([0-9０-９一二三四五六七八九十百千]+)条$/.exec(t);
  if (article) {
    const digits = /[0-9０-９]/.test(article[1]!);
    return {
      role: 'article',
      number: shown.value,
      ...(shown.family === 'decimal-fullwidth' || /[０-９]/.test(t)
        ? { fullwidth: true }
        : digits || shown.family === 'decimal'
          ? { fullwidth: false }
          : {}),
    };
  }
  if (/^[（(][0-9０-９]+[）)]$/.test(t)) return { role: 'item', depth: 3, number: shown.value };
  if (shown.family === 'kanji' || new RegExp(`^${KANJI_NUM}$`).test(t))
    return { role: 'item', depth: 1, number: shown.value };
  if (shown.family === 'iroha' || parseIroha(t) !== undefined)
    return { role: 'item', depth: 2, number: shown.value };
  if (/^[0-9０-９]+$/.test(t)) return { role: 'paragraph', number: shown.value };
  return undefined;
}

/** What the typed text says: its shape, and how many characters its number takes. */
function shapeOfText(
  text: string,
  kind: LineKind | undefined,
): { shape: Shape; prefix: number } | undefined {
  if (kind === undefined || kind === 'paragraph') {
    const m = PARAGRAPH.exec(text);
    if (m)
      return {
        shape: { role: 'paragraph', number: parseJapaneseNumber(m[1]!) },
        prefix: m[0].length,
      };
  }
  if (kind === undefined || kind === 'item') {
    const m = ITEM.exec(text);
    if (m)
      return {
        shape: { role: 'item', depth: 1, number: parseJapaneseNumber(m[1]!) },
        prefix: m[0].length,
      };
    const i = IROHA.exec(text);
    if (i)
      return { shape: { role: 'item', depth: 2, number: parseIroha(i[1]!) }, prefix: i[0].length };
    const p = PAREN.exec(text);
    if (p)
      return {
        shape: { role: 'item', depth: 3, number: parseJapaneseNumber(p[1]!) },
        prefix: p[0].length,
      };
  }
  return undefined;
}

/** Every date in a text, in order. */
function datesIn(text: string): ParsedDate[] {
  const out: ParsedDate[] = [];
  let from = 0;
  for (;;) {
    const d = parseDate(text.slice(from));
    if (!d) return out;
    out.push({ ...d, index: d.index + from });
    from += d.index + d.text.length;
  }
}

/** The date just before `marker` (「から施行」「に制定」) in the text. */
function dateBefore(text: string, marker: RegExp): ParsedDate | undefined {
  const m = marker.exec(text);
  if (!m) return undefined;
  return datesIn(text.slice(0, m.index)).at(-1);
}

/** 「制定　令和８年４月１日」「最終改定　令和８年１０月１日」 on the title page. */
function titlePageDates(text: string): { enacted?: ParsedDate; revised?: ParsedDate } {
  const out: { enacted?: ParsedDate; revised?: ParsedDate } = {};
  const enacted = /制定/.exec(text);
  if (enacted) {
    const d = parseDate(text.slice(enacted.index));
    if (d) out.enacted = d;
  }
  const revised = /(最終)?改定/.exec(text);
  if (revised) {
    const d = parseDate(text.slice(revised.index));
    if (d) out.revised = d;
  }
  return out;
}

function trimContent(content: readonly Inline[]): Inline[] {
  const out = content.map((c) => ({ ...c }));
  // Line breaks inside a paragraph (w:br) are layout; Japanese text joins without a space.
  for (const c of out) if (c.type !== 'ref') c.value = c.value.replace(/\n/g, '');
  const first = out[0];
  if (first && first.type !== 'ref') first.value = first.value.replace(/^[\s\u3000]+/, '');
  const last = out.at(-1);
  if (last && last.type !== 'ref') last.value = last.value.replace(/[\s\u3000]+$/, '');
  return mergeText(out.filter((c) => c.type === 'ref' || c.value !== ''));
}

function mergeText(content: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const c of content) {
    const last = out.at(-1);
    if (c.type === 'text' && last?.type === 'text') last.value += c.value;
    else out.push(c);
  }
  return out;
}

interface Block {
  block: SupplementaryBlock;
  dated: boolean;
}

export function linesToDocument(
  lines: readonly ReadLine[],
  file: string,
  facts: FileFacts = {},
): Document {
  const articles: Article[] = [];
  const ids = new Set<string>();
  let title = '';
  let company = '';
  let enacted: ParsedDate | undefined;
  let revised: ParsedDate | undefined;
  let section: 'front' | 'articles' | 'supplementary' | 'revisions' = 'front';
  const blocks: Block[] = [];
  const revisions: Revision[] = [];
  let columns: { version: number; date: number; summary: number } | undefined;
  let articleDigits: NumberStyle['digits'] | undefined;

  const headingOf = (
    line: ReadLine,
    text: string,
  ): { number?: number; title: string; fullwidth?: boolean } | undefined => {
    const shown = shapeOfShown(line.number);
    const typed = HEADING.exec(text);
    const byShown = shown?.role === 'article';
    if (!(
      line.kind === 'article-heading' ||
      (byShown && (line.kind === undefined || !NOT_BODY.has(line.kind))) ||
      (typed && (line.kind === undefined || !NOT_BODY.has(line.kind)))
    ))
      return undefined;
    const typedNumber = typed ? parseJapaneseNumber(typed[1]!) : undefined;
    const number = byShown ? shown.number : typedNumber;
    const fullwidth = byShown
      ? shown.fullwidth
      : typed && /[0-9０-９]/.test(typed[1]!)
        ? /[０-９]/.test(typed[1]!)
        : undefined;
    return {
      ...(number !== undefined ? { number } : {}),
      title: typed ? typed[2]! : text.replace(/^[（(]|[）)]$/g, ''),
      ...(fullwidth !== undefined ? { fullwidth } : {}),
    };
  };

  for (const line of lines) {
    if (line.cells) {
      if (section !== 'revisions' && !isRevisionHeader(line.cells)) continue;
      section = 'revisions';
      const cells = line.cells.map((c) => plain(c).normalize('NFKC').replace(/\s/g, ''));
      if (isRevisionHeader(line.cells)) {
        columns = {
          version: cells.findIndex((c) => c === '版'),
          date: cells.findIndex((c) => /日付|年月日|改定日/.test(c)),
          summary: cells.findIndex((c) => /内容|概要|改定内容/.test(c)),
        };
        continue;
      }
      const col = columns ?? { version: 0, date: 1, summary: 2 };
      const cell = (i: number) => (i >= 0 ? line.cells![i] : undefined);
      const versionText = plain(cell(col.version) ?? []);
      const v = /([0-9０-９一二三四五六七八九十百]+)/.exec(versionText);
      const date = parseDate(plain(cell(col.date) ?? []));
      const summary = cell(col.summary);
      if (!v && !date && !summary) continue;
      revisions.push({
        version: (v ? parseJapaneseNumber(v[1]!) : undefined) ?? revisions.length + 1,
        date: date?.iso ?? '',
        summary: trimContent(summary ?? []),
      });
      continue;
    }
    // Not the document's own text (the entries of a table of contents).
    if (line.kind === 'other') continue;
    const raw = plain(line.content);
    const text = raw.replace(/\n/g, '').trim();
    const heading = headingOf(line, text);
    if (text === '' && !(heading && line.number)) continue;

    if (heading) {
      section = 'articles';
      const bookmark = line.bookmarks
        .map((b) => decodeArticleBookmark(b, knownArticleIds()))
        .find((id) => id !== undefined);
      const n = articles.length + 1;
      let id = bookmark ?? idForTitle(heading.title) ?? `article-${n}`;
      if (ids.has(id)) id = `article-${n}`;
      ids.add(id);
      if (articleDigits === undefined && heading.fullwidth !== undefined)
        articleDigits = heading.fullwidth ? 'fullwidth' : 'halfwidth';
      articles.push({
        type: 'article',
        id,
        title: heading.title,
        // Word numbering counts as Word does; typed numbers are what the file says.
        number: heading.number ?? n,
        provisions: [],
        optional: false,
        paragraphs: [],
        origin: { file, clause: id },
      });
      continue;
    }

    if (
      line.kind === 'revision-heading' ||
      (REVISIONS.test(text) && (line.kind === undefined || line.kind === 'supplementary-heading'))
    ) {
      section = 'revisions';
      continue;
    }
    if (
      line.kind === 'supplementary-heading' ||
      (SUPPLEMENTARY.test(text) && (line.kind === undefined || !NOT_BODY.has(line.kind)))
    ) {
      section = 'supplementary';
      const date = parseDate(text);
      const revision = date !== undefined || /改正|改定/.test(text);
      blocks.push({
        block: {
          type: 'supplementary',
          kind: revision ? 'revision' : 'enactment',
          date: date?.iso ?? '',
          effective: '',
          content: [],
        },
        dated: date !== undefined,
      });
      continue;
    }
    if (section === 'supplementary' || (line.kind === 'supplementary' && blocks.length === 0)) {
      if (blocks.length === 0) {
        blocks.push({
          block: { type: 'supplementary', kind: 'enactment', date: '', effective: '', content: [] },
          dated: false,
        });
      }
      section = 'supplementary';
      const block = blocks.at(-1)!.block;
      const content = trimContent(line.content);
      block.content = block.content.length
        ? mergeText([...block.content, { type: 'text', value: '\n' }, ...content])
        : content;
      continue;
    }
    if (section === 'revisions') continue;

    const article = articles.at(-1);
    // The title page's styles after the articles begin are no part of an article.
    if (article && (line.kind === 'title' || line.kind === 'company' || line.kind === 'dates'))
      continue;
    if (!article) {
      // The title page: 表題, 会社名 and the dates, by style or in that order.
      const dates = titlePageDates(raw);
      if (line.kind === 'dates' || (line.kind === undefined && (dates.enacted || dates.revised))) {
        enacted ??= dates.enacted;
        revised ??= dates.revised;
      } else if (line.kind === 'title' || (line.kind === undefined && !title)) {
        if (!title) title = text;
      } else if (line.kind === 'company' || (line.kind === undefined && !company)) {
        if (!company) company = text;
      }
      continue;
    }

    const label = line.bookmarks
      .map((b) => decodeParagraphBookmark(b, knownArticleIds()))
      .find((b) => b !== undefined && b.article === article.id)?.label;
    const shown = shapeOfShown(line.number);
    const typed = line.number ? undefined : shapeOfText(text, line.kind);
    const leading = raw.length - raw.trimStart().length;
    // The style decides between 項 and 号; the number (shown, else typed) gives the rest.
    const styled: Shape | undefined =
      line.kind === 'item'
        ? { role: 'item', depth: line.depth ?? 1 }
        : line.kind === 'paragraph' || line.kind === 'first-paragraph'
          ? { role: 'paragraph' }
          : undefined;
    const shape = styled ?? shown ?? typed?.shape ?? { role: 'paragraph' };
    const number =
      shown && shown.role === shape.role
        ? shown.number
        : typed && typed.shape.role === shape.role
          ? typed.shape.number
          : undefined;
    const content =
      typed && typed.shape.role === shape.role
        ? dropPrefix(line.content, leading + typed.prefix)
        : line.content;
    const owner = article.paragraphs.at(-1);
    if (shape.role === 'item' && owner) {
      const depth = shape.depth;
      let siblings = owner.items;
      for (let d = 1; d < depth; d++) {
        const parent = siblings.at(-1);
        if (!parent) break;
        siblings = parent.children;
      }
      const item: Item = {
        type: 'item',
        number: number ?? siblings.length + 1,
        depth,
        content: trimContent(content),
        children: [],
      };
      siblings.push(item);
      continue;
    }
    const paragraph: Paragraph = {
      type: 'paragraph',
      number: (shape.role === 'paragraph' ? number : undefined) ?? article.paragraphs.length + 1,
      ...(label ? { label } : {}),
      content: trimContent(content),
      items: [],
      origin: { file, clause: article.id, line: Number(/\d+/.exec(line.where)?.[0] ?? 0) },
    };
    article.paragraphs.push(paragraph);
  }

  // The dates: the title page first, then what the 附則 and the 改定履歴 say.
  const enactment = blocks.find((b) => b.block.kind === 'enactment')?.block;
  const enactmentText = enactment ? plain(enactment.content) : '';
  const enactedIso =
    enacted?.iso ??
    dateBefore(enactmentText, /に制定/)?.iso ??
    revisions.find((r) => r.version === 1)?.date ??
    dateBefore(enactmentText, /から施行/)?.iso ??
    '';
  for (const { block, dated } of blocks) {
    const text = plain(block.content);
    const effective = dateBefore(text, /から(施行|適用)/)?.iso;
    if (block.kind === 'enactment') {
      block.date = dated ? block.date : enactedIso || (effective ?? '');
      block.effective = effective ?? block.date;
    } else {
      if (!dated) block.date = effective ?? '';
      block.effective = effective ?? block.date;
    }
  }
  const lastRevision = [...revisions].reverse().find((r) => r.date !== '');
  const lastBlock = [...blocks].reverse().find((b) => b.block.kind === 'revision' && b.block.date);
  const lastRevised =
    revised?.iso ??
    (lastRevision && lastRevision.version > 1 ? lastRevision.date : undefined) ??
    lastBlock?.block.date ??
    enactedIso;
  const era: NumberStyle['era'] =
    enacted?.era ??
    revised?.era ??
    datesIn(blocks.map((b) => plain(b.block.content)).join('\n'))[0]?.era ??
    'seireki';
  const digits: NumberStyle['digits'] =
    articleDigits ?? enacted?.digits ?? revised?.digits ?? 'halfwidth';
  const style: NumberStyle = { era, digits };

  resolveRefs(articles, style);

  return {
    type: 'document',
    meta: {
      template: packOf(articles.map((a) => a.id)),
      templateVersion: '',
      title,
      company,
      enacted: enactedIso,
      effective: enactment?.effective || enactedIso,
      lastRevised,
      style,
      fonts: facts.fonts ?? { body: '', heading: '' },
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
    supplementary: blocks.map((b) => b.block),
    revisions,
  };
}

function isRevisionHeader(cells: readonly Inline[][]): boolean {
  const t = cells.map((c) => plain(c).normalize('NFKC').replace(/\s/g, ''));
  return t.includes('版') && t.some((c) => /日付|年月日|改定日/.test(c));
}

/**
 * References read from REF fields point at bookmarks; resolve them against what the file holds.
 * A field whose result is right but for the digits' width (LibreOffice writes 「第7条」 for a
 * full-width list) shows the number in the document's width: the width is the list's format, not
 * the reference's content.
 */
function resolveRefs(articles: readonly Article[], style: NumberStyle): void {
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
        article: target.number,
        ...(index >= 0 ? { paragraph: target.paragraphs[index]!.number } : {}),
        paragraphCount: target.paragraphs.length,
      };
      normaliseDisplay(ref, style);
    }
  }
}

function normaliseDisplay(ref: RefNode, style: NumberStyle): void {
  if (ref.display === undefined || ref.resolved?.status !== 'ok') return;
  const form =
    ref.target.form === 'paragraph-number' || ref.target.form === 'paragraph'
      ? ref.target.form
      : undefined;
  const expected = refLabel(ref.resolved, style, form);
  if (ref.display !== expected && ref.display.normalize('NFKC') === expected.normalize('NFKC'))
    ref.display = expected;
}
