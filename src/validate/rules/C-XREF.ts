import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import type { RefNode } from '../../model/types.js';
import { contentsOf } from '../../model/visit.js';
import { refLabel } from '../../number/format.js';
import { parseJapaneseNumber } from '../../read/lines.js';
import { norm } from '../text.js';

// 「第８条」「第８条第２項」 typed in the text; not 「法第２１条」 (another law) nor 前条・次条.
const MENTION =
  /(?<![法令則例約款規程])第([0-9０-９一二三四五六七八九十百]+)条(?:第([0-9０-９]+)項)?/g;

export default defineRule({
  id: 'C-XREF',
  severity: 'error',
  summary:
    '「第N条」「第N条第M項」の参照が存在する条・項を指し、ID を持つ文書では参照先の条を指していること',
  check({ doc }) {
    const out: Finding[] = [];
    const style = doc.meta.style;
    for (const a of doc.articles) {
      for (const { paragraph: p, content } of contentsOf(a)) {
        for (const node of content) {
          if (node.type === 'ref') {
            const f = checkRef(node, style);
            if (f) out.push({ ...f, article: a, paragraph: p });
            continue;
          }
          for (const m of norm(node.value).matchAll(MENTION)) {
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
        }
      }
    }
    return out;
  },
});

function checkRef(
  node: RefNode,
  style: { era: 'wareki' | 'seireki'; digits: 'fullwidth' | 'halfwidth' },
): Omit<Finding, 'article' | 'paragraph'> | undefined {
  const res = node.resolved;
  if (!res || res.status === 'broken') {
    return {
      message: `参照先がありません（${res?.status === 'broken' ? res.reason : node.target.article}）`,
      expected: '存在する条への参照（条を削除したときは参照も見直す）',
    };
  }
  if (node.display === undefined) return undefined;
  const expected = refLabel(
    res,
    style,
    node.target.form === 'paragraph-number'
      ? 'paragraph-number'
      : node.target.form === 'paragraph'
        ? 'paragraph'
        : undefined,
  );
  const shown = refLabel(res, style, undefined);
  if (norm(node.display) === norm(expected)) return undefined;
  // A field to an article shows 「第N条」 of that article as it now stands.
  return {
    message: `「${node.display}」と表示されていますが、参照先（${node.target.article}）はいまは${node.target.form === 'paragraph-number' ? `第${expected}項` : shown}です`,
    expected: `「${expected}」（Word ではフィールドの更新で直ります）`,
  };
}
