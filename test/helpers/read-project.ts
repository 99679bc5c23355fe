// What a guideline file can carry of the model, for round-trip tests of the readers: a document
// read back from a file should equal the document it was written from on exactly this.
//
// Kept: the title page (title, company, enacted, effective, lastRevised), the number style (era,
// digits) and the fonts; per article its id, title and number; per 項 its number, label and
// content; per 号 (and イロハ, （１）) its number, depth, content and children; the 附則 blocks
// (kind, date, effective date, text); the 改定履歴 (version, date, summary text).
//
// Dropped, because no file carries them:
// - provisions and `optional` (template facts about an article, not text), origins (file and line
//   positions differ by design), the config facts in meta (intake, productRole, prefecture,
//   companyAddress, template, templateVersion);
// - a value node's config field: in a file a value is text like any other, so text and values
//   merge into one text run;
// - a reference's resolution (`resolved`, 前条・次条 as `relative`): the reader resolves what the
//   file holds afresh.
//
// References are kept at the grain a Word field holds them: a REF field points at one bookmark and
// shows one number. So 「第８条第２項」 is a reference to article 8 (「第８条」), the text 「第」, a
// reference to its 項 (「２」) and the text 「項」; 「前条」「次条」 and the number of a first 項
// (which Word does not number) are text; each reference keeps its target and its printed text.
import { inlineText } from '../../src/model/text.js';
import type { Document, Inline, Item, NumberStyle, RefNode } from '../../src/model/types.js';

export type Token =
  { text: string } | { ref: { article: string; paragraph?: string }; text: string };

function pushText(out: Token[], text: string): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last && !('ref' in last)) last.text += text;
  else out.push({ text });
}

function refTokens(out: Token[], node: RefNode, style: NumberStyle): void {
  const printed = inlineText([node], style);
  const article = node.target.article;
  const m = /^(.*?)第([0-9０-９]+)項$/.exec(printed);
  if (!m || node.target.paragraph === undefined) {
    if (/^第[0-9０-９]+条$/.test(printed)) out.push({ ref: { article }, text: printed });
    else if (/^[0-9０-９]+$/.test(printed) && node.target.paragraph !== undefined)
      out.push({ ref: { article, paragraph: node.target.paragraph }, text: printed });
    else pushText(out, printed);
    return;
  }
  const [, prefix, n] = m as unknown as [string, string, string];
  if (/^第[0-9０-９]+条$/.test(prefix)) out.push({ ref: { article }, text: prefix });
  else pushText(out, prefix);
  if (n === '1' || n === '１') pushText(out, `第${n}項`);
  else {
    pushText(out, '第');
    out.push({ ref: { article, paragraph: node.target.paragraph }, text: n });
    pushText(out, '項');
  }
}

export function tokens(content: readonly Inline[], style: NumberStyle): Token[] {
  const out: Token[] = [];
  for (const n of content) {
    if (n.type === 'ref') refTokens(out, n, style);
    else pushText(out, n.value);
  }
  return out;
}

interface ItemProjection {
  number: number;
  depth: number;
  content: Token[];
  children: ItemProjection[];
}

function items(list: readonly Item[], style: NumberStyle): ItemProjection[] {
  return list.map((i) => ({
    number: i.number,
    depth: i.depth,
    content: tokens(i.content, style),
    children: items(i.children, style),
  }));
}

export function project(doc: Document) {
  const style = doc.meta.style;
  return {
    meta: {
      title: doc.meta.title,
      company: doc.meta.company,
      enacted: doc.meta.enacted,
      effective: doc.meta.effective,
      lastRevised: doc.meta.lastRevised,
      style: { era: style.era, digits: style.digits },
      fonts: doc.meta.fonts,
    },
    articles: doc.articles.map((a) => ({
      id: a.id,
      title: a.title,
      number: a.number,
      paragraphs: a.paragraphs.map((p) => ({
        number: p.number,
        label: p.label,
        content: tokens(p.content, style),
        items: items(p.items, style),
      })),
    })),
    supplementary: doc.supplementary.map((b) => ({
      kind: b.kind,
      date: b.date,
      effective: b.effective,
      content: inlineText(b.content, style),
    })),
    revisions: doc.revisions.map((r) => ({
      version: r.version,
      date: r.date,
      summary: inlineText(r.summary, style),
    })),
  };
}
