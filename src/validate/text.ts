// Text helpers for rules: articles by id, normalised text (NFKC: full-width digits and brackets
// become ASCII, so one pattern matches every width), and the facts the text states.
import type { Article, Document, Inline, Item, Paragraph } from '../model/types.js';
import { inlineText } from '../model/text.js';
import type { Facts } from './rule.js';

export function norm(s: string): string {
  return s.normalize('NFKC');
}

export function article(doc: Document, id: string): Article | undefined {
  return doc.articles.find((a) => a.id === id);
}

function itemsText(items: readonly Item[], doc: Document): string[] {
  return items.flatMap((i) => [
    inlineText(i.content, doc.meta.style),
    ...itemsText(i.children, doc),
  ]);
}

export function paragraphText(p: Paragraph, doc: Document): string {
  return norm([inlineText(p.content, doc.meta.style), ...itemsText(p.items, doc)].join('\n'));
}

export function articleText(a: Article | undefined, doc: Document): string {
  return a ? a.paragraphs.map((p) => paragraphText(p, doc)).join('\n') : '';
}

export function documentText(doc: Document): string {
  return doc.articles.map((a) => articleText(a, doc)).join('\n');
}

export function inlinesText(content: readonly Inline[], doc: Document): string {
  return norm(inlineText(content, doc.meta.style));
}

/** The paragraph of an article whose text matches, for pointing at it. */
export function paragraphMatching(
  a: Article | undefined,
  doc: Document,
  re: RegExp,
): Paragraph | undefined {
  return a?.paragraphs.find((p) => re.test(paragraphText(p, doc)));
}

const CHANNEL_WORDS: [string, RegExp][] = [
  ['電話', /電話/],
  ['電子メール', /電子メール|eメール|Eメール|メール/],
  ['フォーム', /フォーム/],
  ['郵便', /郵便|郵送|書面の送付/],
  ['ファクシミリ', /ファクシミリ|FAX|ファックス/i],
  ['来訪', /来訪|来店|窓口での面談/],
];

export function factsOf(doc: Document): Facts {
  const intake =
    article(doc, 'intake-method') ?? doc.articles.find((a) => /受付の方法|受付方法/.test(a.title));
  // The channels are what the first 項 lists (its items, or the sentence itself).
  const first = intake?.paragraphs[0];
  const listed = first ? paragraphText(first, doc) : '';
  const channels = new Set(
    CHANNEL_WORDS.filter(([, re]) => re.test(listed.replace(/相談窓口/g, ''))).map(([n]) => n),
  );
  return {
    channels,
    emailOnly: channels.size === 1 && channels.has('電子メール'),
    recording: /録音/.test(documentText(doc)),
  };
}
