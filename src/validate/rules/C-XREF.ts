import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import type { Article, Document, Inline, Paragraph, RefNode } from '../../model/types.js';
import { contentsOf } from '../../model/visit.js';
import { refLabel } from '../../number/format.js';
import { parseJapaneseNumber } from '../../number/parse.js';
import { judge, type Requirement } from '../provision.js';
import { isArticle, norm, UNTITLED_HEADING, type TextView } from '../text.js';
import { RECORDS_CALLS } from './P-RECORD-CALLS.js';
import { spec as GROUNDS } from './P-REFUSAL-GROUNDS.js';

// A reference as the reader sees it: 「第８条」「第８条第２項」 typed or shown by a field, 「前条」
// 「次条」 and 「同条第２項」; not 「法第２条」「同法第35条」 (another law) nor 「事前条件」.
const MENTION =
  /(?<![法令則例約款規程律事])(?:第([0-9]+|[〇一二三四五六七八九十百]+)条|(前|次|同)条)(?![件例])(?:第([0-9]+|[一二三四五六七八九十]+)項)?/g;

interface Mention {
  text: string;
  start: number;
  end: number;
  /** The article it points at as written, or undefined when there is none. */
  target: Article | undefined;
  paragraph?: number;
  /** How it names the article. */
  how: 'number' | '前' | '次' | '同';
  number?: number;
}

/**
 * What a referring sentence needs of its target, read from the words right after the reference
 * (「第11条の規定により記録した事項」 needs the records article): the role of the article (or 項)
 * and the test a target must pass. A reference whose words name no role is checked for
 * existence only.
 */
interface Meaning {
  after: RegExp;
  role: string;
  /** The role of a 項 (when the reference names one). */
  paragraphRole?: string;
  accepts: (a: Article, p: Paragraph | undefined, view: TextView) => boolean;
}

const statementsOf = (view: TextView, a: Article, p?: Paragraph) =>
  view.statements(a).filter((s) => p === undefined || s.paragraph === p);

const recordsCalls: Requirement = { what: '録音', says: RECORDS_CALLS };
const CRITERIA = /責任の有無|因果関係|正当性|対価性|関連性/;

const MEANINGS: Meaning[] = [
  {
    after: /^(\([^()]*\))?の規定により記録(した|する|され)/,
    role: '相談の記録の条',
    accepts: (a) => isArticle(a, 'records'),
  },
  {
    after:
      /^(\([^()]*\))?(の規定により|に定めるところにより|の定めるところにより)、?(通話の内容を)?録音/,
    role: '通話の録音を定める条',
    paragraphRole: '通話の録音の項',
    accepts: (a, p, view) => statementsOf(view, a, p).some((s) => judge(recordsCalls, s).said),
  },
  {
    after: /^各号に掲げる基準/,
    role: '要求に対する判断基準の条',
    paragraphRole: '要求に対する判断基準の項',
    accepts: (a, p, view) =>
      p
        ? p.items.filter((i) => CRITERIA.test(view.inline(i.content))).length >= 2
        : isArticle(a, 'demand-criteria'),
  },
  {
    after: /^各号のいずれかに該当し[^。]*?(拒絶|拒否|拒む|受け付けない)/,
    role: '相談受付の拒絶の条',
    paragraphRole: '受付を拒絶する相談を定める項',
    accepts: (a, p, view) => {
      if (!p) return isArticle(a, 'intake-refusal');
      // A list of grounds for refusal: 「…拒絶することができる」 over its 号, or 号 that name
      // at least two of the grounds.
      const s = statementsOf(view, a, p);
      const said = GROUNDS.requires.filter((r) => s.some((x) => judge(r, x).said));
      return p.items.length > 0 && (said.includes(GROUNDS.requires[0]!) || said.length >= 2);
    },
  },
  {
    after: /^(第[0-9]+項)?(\([^()]*\))?の規定により(相談)?(応対|対応)を終了/,
    role: '相談応対の終了を定める条',
    accepts: (a, p, view) =>
      isArticle(a, 'termination') ||
      isArticle(a, 'antisocial-forces') ||
      statementsOf(view, a, p).some(
        (s) => s.item === undefined && /(応対|対応)を終了するものとする/.test(s.text),
      ),
  },
  {
    after: /^(及び前[0-9一二三四五六七八九十]+項)?の規定にかかわらず[^。]*?受付を拒ま/,
    role: '相談受付の範囲の条',
    accepts: (a) => isArticle(a, 'intake-scope'),
  },
];

/** 「第11条（相談の記録）」: the title typed after the reference names its target. */
const TITLED = /^\(([^()、。]{2,24})\)/;

function meaningOf(after: string, m: Mention): { meaning?: Meaning; title?: string } {
  if (m.how === 'number' && m.paragraph === undefined) {
    const t = TITLED.exec(after);
    if (t && !/^(以下|第|同|前|次|昭和|平成|令和)/.test(t[1]!)) return { title: t[1]! };
  }
  const meaning = MEANINGS.find((x) => x.after.test(after));
  return meaning ? { meaning } : {};
}

/** Shown text of inline content with the ranges the references take in it. */
function shown(
  content: readonly Inline[],
  view: TextView,
): { text: string; refs: { node: RefNode; start: number; end: number }[] } {
  let text = '';
  const refs: { node: RefNode; start: number; end: number }[] = [];
  for (const n of content) {
    const piece = n.type === 'ref' ? norm(view.inline([n], true)) : view.inline([n]);
    if (n.type === 'ref')
      refs.push({ node: n, start: text.length, end: text.length + piece.length });
    text += piece;
  }
  return { text, refs };
}

function sentenceEnd(text: string, from: number): number {
  const i = text.indexOf('。', from);
  return i < 0 ? text.length : i;
}

function heading(a: Article): string {
  return `第${a.number}条（${a.title}）`;
}

export default defineRule({
  id: 'C-XREF',
  severity: 'error',
  summary:
    '「第N条」「第N条第M項」「前条」「次条」の参照が存在する条・項を指し、ID を持つ文書では参照先の条を指していること',
  check({ doc, view }) {
    const out: Finding[] = [];
    doc.articles.forEach((a, index) => {
      const adjacent = { 前: doc.articles[index - 1], 次: doc.articles[index + 1] };
      for (const { paragraph: p, content } of contentsOf(a)) {
        const { text, refs } = shown(content, view);
        if (UNTITLED_HEADING.test(text.trim())) continue; // C-PLACEHOLDER: a heading, not a reference
        const mentions: Mention[] = [];
        let last: Article | undefined;
        for (const m of text.matchAll(MENTION)) {
          const how = m[2] ? (m[2] as '前' | '次' | '同') : 'number';
          const number = m[1] !== undefined ? parseJapaneseNumber(m[1]) : undefined;
          const target =
            how === 'number'
              ? doc.articles.find((x) => x.number === number)
              : how === '同'
                ? last
                : adjacent[how];
          if (how === '同' && !last) continue; // 「同条」 after another law's article
          last = target;
          mentions.push({
            text: m[0],
            start: m.index,
            end: m.index + m[0].length,
            target,
            how,
            ...(number !== undefined ? { number } : {}),
            ...(m[3] !== undefined ? { paragraph: parseJapaneseNumber(m[3]) ?? 0 } : {}),
          });
        }
        const reported = new Set<Mention>();
        const push = (m: Mention | undefined, f: Omit<Finding, 'article' | 'paragraph'>) => {
          if (m) reported.add(m);
          out.push({ ...f, article: a, paragraph: p });
        };

        // By id first: a field whose article is not the one its result names (Word fields not
        // updated after an article was inserted or deleted).
        for (const r of refs) {
          const m = mentions.find((x) => x.start < r.end && r.start < x.end);
          if (m && reported.has(m)) continue; // one finding per reference (article and 項 fields)
          const res = r.node.resolved;
          if (!res || res.status === 'broken') {
            if (!m) {
              push(undefined, {
                message: `参照先がありません（${res?.status === 'broken' ? res.reason : r.node.target.article}）`,
                expected: '存在する条への参照（条を削除したときは参照も見直す）',
              });
            }
            continue;
          }
          const target = doc.articles.find((x) => x.id === r.node.target.article);
          if (!m || !m.target || !target) continue;
          const label = r.node.target.paragraph;
          const index =
            label === undefined ? -1 : target.paragraphs.findIndex((x) => x.label === label);
          const now = refLabel(
            {
              status: 'ok',
              article: target.number,
              paragraphCount: target.paragraphs.length,
              ...(index >= 0 ? { paragraph: index + 1 } : {}),
            },
            doc.meta.style,
          );
          if (m.target.id === r.node.target.article) {
            // The right article; a 項 whose number moved since the field was updated.
            if (index >= 0 && m.paragraph !== undefined && m.paragraph !== index + 1)
              push(m, {
                message: `「${r.node.display ?? m.text}」と表示されていますが、参照先（${r.node.target.article}）はいまは${now}です`,
                expected: `「${now}」（Word ではフィールドの更新で直ります）`,
              });
            continue;
          }
          if (r.node.target.form === 'paragraph-number' && (m.how === '前' || m.how === '次')) {
            push(m, {
              message: `「${m.how}条第${r.node.display ?? ''}項」とありますが、項の参照先（${r.node.target.article}）は${m.how}条ではありません`,
              expected: `参照先の条を指す「第N条」（条を加え、又は削ったときは「${m.how}条」を見直す）`,
            });
            continue;
          }
          const display = r.node.display ?? text.slice(r.start, r.end);
          push(m, {
            message: `「${display}」と表示されていますが、参照先（${r.node.target.article}）はいまは${now}です`,
            expected: `「${now}」（Word ではフィールドの更新で直ります）`,
          });
        }

        for (const m of mentions) {
          if (reported.has(m)) continue;
          const which = m.how === '前' || m.how === '次' ? m.how : undefined;
          if (!m.target) {
            push(m, {
              message: which
                ? `「${m.text}」とありますが、この条の${which}に条はありません`
                : `「${m.text}」を指していますが、第${m.number}条はありません`,
              expected: '存在する条への参照',
            });
            continue;
          }
          const target = m.target;
          if (m.paragraph !== undefined && m.paragraph > target.paragraphs.length) {
            push(m, {
              message: which
                ? `「${m.text}」を指していますが、${which}条（第${target.number}条）には第${m.paragraph}項がありません`
                : `「${m.text}」を指していますが、第${target.number}条には第${m.paragraph}項がありません`,
              expected: '存在する項への参照',
            });
            continue;
          }
          const tp = m.paragraph !== undefined ? target.paragraphs[m.paragraph - 1] : undefined;
          const after = text.slice(m.end, sentenceEnd(text, m.end));
          const { meaning, title } = meaningOf(after, m);
          if (title !== undefined && norm(title) !== norm(target.title)) {
            push(m, {
              message: `「${m.text}（${title}）」とありますが、${heading(target)}です`,
              expected: `「${title}」の条への参照`,
            });
            continue;
          }
          if (!meaning || meaning.accepts(target, tp, view)) continue;
          const words = /^[^、。]*/.exec(meaning.after.exec(after)![0])![0];
          const role = tp && meaning.paragraphRole ? meaning.paragraphRole : meaning.role;
          const right = rightTarget(doc, meaning, view, tp !== undefined);
          push(m, {
            message: `「${m.text}${words}」とありますが、${heading(target)}${tp ? `第${m.paragraph}項` : ''}は${role}ではありません`,
            expected: right ? `${role}（${right}）への参照` : `${role}への参照`,
          });
        }

        // A 項 field whose 項 is gone (the article is right, the 項 label no longer in it).
        for (const r of refs) {
          const m = mentions.find((x) => x.start < r.end && r.start < x.end);
          if (m && reported.has(m)) continue;
          const label = r.node.target.paragraph;
          if (label === undefined || r.node.resolved?.status !== 'ok') continue;
          const target = doc.articles.find((x) => x.id === r.node.target.article);
          if (!target || target.paragraphs.some((x) => x.label === label)) continue;
          if (!target.paragraphs.some((x) => x.label !== undefined)) continue; // labels not kept
          push(m, {
            message: `「${m?.text ?? norm(r.node.display ?? '')}」の参照先の項（${label}）が${heading(target)}にありません`,
            expected: '存在する項への参照（項を削除したときは参照も見直す）',
          });
        }
      }
    });
    return out;
  },
});

/** Where a reference with this meaning should point, as 「第N条」 or 「第N条第M項」. */
function rightTarget(
  doc: Document,
  meaning: Meaning,
  view: TextView,
  paragraph: boolean,
): string | undefined {
  for (const a of doc.articles) {
    if (paragraph) {
      const p = a.paragraphs.find((x) => meaning.accepts(a, x, view));
      if (p) return `第${a.number}条第${p.number}項`;
    } else if (meaning.accepts(a, undefined, view)) return `第${a.number}条`;
  }
  return undefined;
}
