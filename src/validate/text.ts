// The text rules read: articles found by id (or, in a file without ids, by title), every 項 and 号
// split into statements (one sentence, or one 号 read with the 柱書 that introduces it), and the
// text normalised so one pattern matches every way of writing it:
//
// - NFKC (full-width digits, brackets and spaces become ASCII), dashes between digits become 「-」
//   (「０３ー１２３４」「03−1234」 are phone numbers too);
// - config values masked: a ValueNode is replaced by a fixed stand-in chosen by its field
//   (the company's name and 略称 by 「当社」, a 窓口 or court name by a neutral token), so a long
//   or odd value never decides whether a pattern matches; contact details, record items and
//   refusal examples stay as written, because they are the content a rule checks;
// - in a file read back (no ValueNodes), the company's name and the short name its first article
//   defines (「株式会社サンプル商事（以下「サンプル商事グループ」という。）」) are masked the same
//   way, so a config, its .docx and its .md read alike; long law names are shortened
//   (「個人情報の保護に関する法律」 → 「個人情報保護法」), so 「保護」 in a title is no protection.
import type { Article, Document, Inline, Item, Paragraph } from '../model/types.js';
import { inlineText } from '../model/text.js';
import type { Facts } from './rule.js';

/** The stand-in for the company wherever it is named. */
export const COMPANY = '当社';

/** NFKC, dashes between digits as 「-」, no line breaks. */
export function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/(?<=\d)[‐‑‒–—―−ーｰ－﹣~〜～](?=\d)/g, '-')
    .replace(/\n/g, '');
}

/** The stand-in for a config value, or undefined to keep the value as written. */
export function standIn(field: string): string | undefined {
  if (field === 'company.name' || field === 'company.shortName') return COMPANY;
  if (field === 'desk.name') return '〈相談窓口の名称〉';
  if (field === 'harassment.employeeDesk') return '〈従業員の相談窓口の名称〉';
  if (field === 'jurisdiction.court') return '〈裁判所〉';
  if (field === 'privacy.policyName') return '〈方針の名称〉';
  if (field === 'amendment.announcement') return '〈周知の方法〉';
  if (field === 'amendment.approvedBy') return '〈改定の手続〉';
  if (/^intake\.channels\[\d+\]\.hours$/.test(field)) return '〈受付時間〉';
  if (field === 'company.address') return '〈所在地〉';
  return undefined;
}

const LAW_NAMES: [RegExp, string][] = [
  [/個人情報の保護に関する法律/g, '個人情報保護法'],
  [/障害を理由とする差別の解消の推進に関する法律/g, '障害者差別解消法'],
  [
    /労働施策の総合的な推進並びに労働者の雇用の安定及び職業生活の充実等に関する法律/g,
    '労働施策総合推進法',
  ],
];

const COMPANY_FORM =
  /(株式会社|有限会社|合同会社|合名会社|合資会社|相互会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|NPO法人|協同組合|組合|法人)/;

/** A statement: one sentence of a 項 or 号, with the 柱書 that introduces a 号. */
export interface Statement {
  article: Article;
  paragraph: Paragraph;
  item?: Item;
  /** The sentence, normalised and masked. */
  text: string;
  /** For a 号: the 柱書 of its 項 (and the 号 above a sub-item); '' for a 項's own sentence. */
  lead: string;
}

/** Stands for a 「。」 inside brackets in a statement, so that 「[^。]」 in a pattern spans it. */
export const INNER_STOP = '\ufe12';

/**
 * Splits text into sentences at 「。」 outside brackets; the 「。」 stays with its sentence, and a
 * 「。」 inside brackets (「（…を含む。）」) becomes INNER_STOP.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if ('(（「『[［〔【'.includes(c)) depth++;
    else if (')）」』]］〕】'.includes(c)) depth = Math.max(0, depth - 1);
    if (c === '。' && depth > 0) {
      current += INNER_STOP;
      continue;
    }
    current += c;
    if (c === '。') {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out.filter((s) => s !== '');
}

/** The document as the rules read it (built once per validation). */
export class TextView {
  readonly doc: Document;
  /** Names of the company in the text (its 商号 and the short names it defines). */
  readonly aliases: string[];
  private readonly cache = new Map<Article, Statement[]>();

  constructor(doc: Document) {
    this.doc = doc;
    this.aliases = companyAliases(doc);
  }

  /** Text of inline content: normalised; values masked unless `raw`. */
  inline(content: readonly Inline[], raw = false): string {
    const style = this.doc.meta.style;
    const text = raw
      ? inlineText(content, style)
      : content
          .map((n) => (n.type === 'value' ? (standIn(n.field) ?? n.value) : inlineText([n], style)))
          .join('');
    return raw ? norm(text) : this.mask(norm(text));
  }

  /** Masks the company's names and long law names in normalised text. */
  mask(text: string): string {
    let out = text;
    for (const [re, short] of LAW_NAMES) out = out.replace(re, short);
    for (const alias of this.aliases) out = out.split(alias).join(COMPANY);
    return out;
  }

  /** A 項's text with its 号 (one per line). */
  paragraphText(p: Paragraph, raw = false): string {
    const items = (list: readonly Item[]): string[] =>
      list.flatMap((i) => [this.inline(i.content, raw), ...items(i.children)]);
    return [this.inline(p.content, raw), ...items(p.items)].join('\n');
  }

  articleText(a: Article | undefined, raw = false): string {
    return a ? a.paragraphs.map((p) => this.paragraphText(p, raw)).join('\n') : '';
  }

  documentText(raw = false): string {
    return this.doc.articles.map((a) => this.articleText(a, raw)).join('\n');
  }

  /** Every statement of the article, in reading order. */
  statements(a: Article): Statement[] {
    const cached = this.cache.get(a);
    if (cached) return cached;
    const out: Statement[] = [];
    for (const paragraph of a.paragraphs) {
      const own = this.inline(paragraph.content);
      for (const text of sentences(own)) out.push({ article: a, paragraph, text, lead: '' });
      const walk = (items: readonly Item[], lead: string) => {
        for (const item of items) {
          const text = this.inline(item.content);
          for (const s of sentences(text)) out.push({ article: a, paragraph, item, text: s, lead });
          walk(item.children, `${lead}\n${text}`);
        }
      };
      walk(paragraph.items, sentences(own).join(''));
    }
    this.cache.set(a, out);
    return out;
  }
}

/** The company's 商号 and the names the first article defines for it (「以下「X」という。」). */
function companyAliases(doc: Document): string[] {
  const names = new Set<string>();
  const company = norm(doc.meta.company).trim();
  if (company.length >= 2) names.add(company);
  const first = doc.articles[0];
  if (first) {
    const style = doc.meta.style;
    const text = norm(first.paragraphs.map((p) => inlineText(p.content, style)).join('\n'));
    for (const m of text.matchAll(/[(（]以下「([^」]{1,40})」という。?[)）]/g)) {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const alias = m[1]!;
      const isCompany =
        (company !== '' && before.endsWith(company)) ||
        COMPANY_FORM.test(before.split(/[、。「」]/).at(-1) ?? '');
      if (isCompany && alias.length >= 2) names.add(alias);
    }
  }
  names.delete(COMPANY);
  // Longest first, so 「サンプル商事グループ」 is replaced before 「サンプル商事」.
  return [...names].sort((a, b) => b.length - a.length);
}

/** A heading typed without its title (「第12条」「第12条（）」), which a reader takes for a 項. */
export const UNTITLED_HEADING =
  /^第[0-9０-９一二三四五六七八九十百]+条[\s\u3000]*([（(][\s\u3000]*[）)])?$/;

// ─── Articles ───────────────────────────────────────────────────────────────────────────────

/**
 * Titles that name each article of the template in other words, for files without ids whose
 * titles were reworded (「相談の受付方法」「対応の終了」).
 */
const TITLES: Record<string, RegExp> = {
  purpose: /目的|趣旨/,
  definitions: /定義|用語/,
  'intake-method': /受付(の)?方法|受付窓口|相談の方法|申出の方法/,
  'intake-scope': /受付(の)?範囲|相談の範囲|対象(となる|者)/,
  'intake-refusal': /拒絶|拒否|謝絶|お断り|受付の制限/,
  'antisocial-forces': /反社会/,
  'response-policy': /ポリシー|(応対|対応)の(方針|原則|基本)|基本(方針|原則)$/,
  'demand-criteria': /判断基準|要求.*(判断|基準)/,
  'written-statements': /書面/,
  'customer-harassment': /ハラスメント|カスハラ/,
  termination: /終了|打切/,
  records: /^(相談の)?記録(の作成)?$|相談記録の作成/,
  'record-management': /記録の(管理|保存|保管)|保存期間/,
  confidentiality: /機密|秘密|個人情報/,
  damages: /損害|賠償/,
  amendment: /改定|変更|改正/,
  jurisdiction: /準拠法|管轄/,
};

const TEMPLATE_IDS = new Set(Object.keys(TITLES));

export function isTemplateId(id: string): boolean {
  return TEMPLATE_IDS.has(id);
}

/**
 * The article with this id; in a file whose articles have no template id (titles reworded), the
 * first such article whose title names it.
 */
export function article(doc: Document, id: string): Article | undefined {
  const byId = doc.articles.find((a) => a.id === id);
  if (byId) return byId;
  const title = TITLES[id];
  if (!title) return undefined;
  return doc.articles.find((a) => !TEMPLATE_IDS.has(a.id) && title.test(a.title));
}

/** Whether the article is the one with this role (its id, or its title in a file without ids). */
export function isArticle(a: Article, id: string): boolean {
  if (a.id === id) return true;
  if (TEMPLATE_IDS.has(a.id)) return false;
  return TITLES[id]?.test(a.title) ?? false;
}

// ─── Facts ──────────────────────────────────────────────────────────────────────────────────

const CHANNEL_WORDS: [string, RegExp][] = [
  ['電話', /電話/],
  ['電子メール', /電子メール|eメール|Eメール|メール/],
  ['フォーム', /フォーム/],
  ['郵便', /郵便|郵送|書面の送付/],
  ['ファクシミリ', /ファクシミリ|FAX|ファックス/i],
  ['来訪', /来訪|来店|窓口での面談/],
];

export function factsOf(view: TextView): Facts {
  const doc = view.doc;
  const intake = article(doc, 'intake-method');
  // The channels are what the first 項 lists (its items, or the sentence itself).
  const first = intake?.paragraphs[0];
  const listed = first ? view.paragraphText(first) : '';
  const channels = new Set(
    CHANNEL_WORDS.filter(([, re]) => re.test(listed.replace(/相談窓口|〈[^〉]*〉/g, ''))).map(
      ([n]) => n,
    ),
  );
  return {
    channels,
    emailOnly: channels.size === 1 && channels.has('電子メール'),
    recording: /録音/.test(view.documentText()),
  };
}
