import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import type { Article, Inline, NumberStyle, RefNode, Resolution } from '../../model/types.js';
import { contentsOf } from '../../model/visit.js';
import { refLabel } from '../../number/format.js';
import { parseJapaneseNumber } from '../../number/parse.js';
import { norm } from '../text.js';

// 「第８条」「第８条第２項」 typed in the text; not 「法第２１条」 (another law) nor 前条・次条.
const MENTION =
  /(?<![法令則例約款規程])第([0-9０-９一二三四五六七八九十百]+)条(?:第([0-9０-９]+)項)?/g;
// 「前条」「次条第２項」 typed in the text (the generator prints them for adjacent targets); not
// 「事前条件」 nor 「前条例」.
const RELATIVE = /(?<![法令則例約款規程事])(前|次)条(?![件例])(?:第([0-9０-９]+)項)?/g;

export default defineRule({
  id: 'C-XREF',
  severity: 'error',
  summary:
    '「第N条」「第N条第M項」「前条」「次条」の参照が存在する条・項を指し、ID を持つ文書では参照先の条を指していること',
  check({ doc }) {
    const out: Finding[] = [];
    const style = doc.meta.style;
    doc.articles.forEach((a, index) => {
      const adjacent = { 前: doc.articles[index - 1], 次: doc.articles[index + 1] };
      for (const { paragraph: p, content } of contentsOf(a)) {
        content.forEach((node, k) => {
          if (node.type === 'ref') {
            const f = checkRef(node, style) ?? checkRelativeField(content, k, node, adjacent);
            if (f) out.push({ ...f, article: a, paragraph: p });
            return;
          }
          const text = norm(node.value);
          for (const m of text.matchAll(MENTION)) {
            const n = parseJapaneseNumber(m[1]!);
            const target = doc.articles.find((x) => x.number === n);
            if (!target) {
              out.push({
                message: `「${m[0]}」を指していますが、第${m[1]}条はありません`,
                article: a,
                paragraph: p,
                expected: '存在する条への参照',
              });
            } else if (
              m[2] !== undefined &&
              (parseJapaneseNumber(m[2]) ?? 0) > target.paragraphs.length
            ) {
              out.push({
                message: `「${m[0]}」を指していますが、第${m[1]}条には第${m[2]}項がありません`,
                article: a,
                paragraph: p,
                expected: '存在する項への参照',
              });
            }
          }
          for (const m of text.matchAll(RELATIVE)) {
            const which = m[1] as '前' | '次';
            const target = adjacent[which];
            if (!target) {
              out.push({
                message: `「${m[0]}」とありますが、この条の${which}に条はありません`,
                article: a,
                paragraph: p,
                expected: '存在する条への参照',
              });
            } else if (
              m[2] !== undefined &&
              (parseJapaneseNumber(m[2]) ?? 0) > target.paragraphs.length
            ) {
              out.push({
                message: `「${m[0]}」を指していますが、${which}条（第${target.number}条）には第${m[2]}項がありません`,
                article: a,
                paragraph: p,
                expected: '存在する項への参照',
              });
            }
          }
        });
      }
    });
    return out;
  },
});

function checkRef(
  node: RefNode,
  style: NumberStyle,
): Omit<Finding, 'article' | 'paragraph'> | undefined {
  const res = node.resolved;
  if (!res || res.status === 'broken') {
    return {
      message: `参照先がありません（${res?.status === 'broken' ? res.reason : node.target.article}）`,
      expected: '存在する条への参照（条を削除したときは参照も見直す）',
    };
  }
  if (node.display === undefined) return undefined;
  const form =
    node.target.form === 'paragraph-number'
      ? 'paragraph-number'
      : node.target.form === 'paragraph'
        ? 'paragraph'
        : undefined;
  const expected = refLabel(res, style, form);
  // A Word field always shows 「第N条」; 「前条」「次条」 (relative) is as right as the number.
  const absolute = refLabel(absoluteOf(res), style, form);
  if (norm(node.display) === norm(expected) || norm(node.display) === norm(absolute))
    return undefined;
  const shown = refLabel(absoluteOf(res), style, undefined);
  // A field to an article shows 「第N条」 of that article as it now stands.
  return {
    message: `「${node.display}」と表示されていますが、参照先（${node.target.article}）はいまは${node.target.form === 'paragraph-number' ? `第${absolute}項` : shown}です`,
    expected: `「${absolute}」（Word ではフィールドの更新で直ります）`,
  };
}

/** The same target without 前条・次条: what a Word field to it shows. */
function absoluteOf(res: Extract<Resolution, { status: 'ok' }>): Resolution {
  const out: Resolution = { ...res };
  delete out.relative;
  return out;
}

/**
 * 「前条第」REF「項」 (hinagata's Word files): the 項 field names its article, which must be the one
 * 「前条」「次条」 says, as the file now stands (an article inserted or deleted in Word breaks it).
 */
function checkRelativeField(
  content: readonly Inline[],
  k: number,
  node: RefNode,
  adjacent: { 前: Article | undefined; 次: Article | undefined },
): Omit<Finding, 'article' | 'paragraph'> | undefined {
  if (node.target.form !== 'paragraph-number') return undefined;
  const before = content[k - 1];
  if (before?.type === 'ref' || before === undefined) return undefined;
  const m = /(?<![法令則例約款規程])(前|次)条第$/.exec(norm(before.value));
  if (!m) return undefined;
  const which = m[1] as '前' | '次';
  if (adjacent[which]?.id === node.target.article) return undefined;
  return {
    message: `「${which}条第${node.display ?? ''}項」とありますが、項の参照先（${node.target.article}）は${which}条ではありません`,
    expected: `参照先の条を指す「第N条」（条を加え、又は削ったときは「${which}条」を見直す）`,
  };
}
