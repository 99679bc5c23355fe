import { EMAIL_ADDRESS, PHONE_NUMBER, POSTAL_ADDRESS, POSTAL_DETAIL, URL } from '../contacts.js';
import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';
import { article } from '../text.js';

/** The bracketed detail after a channel's name in the listing: 「電話（…）」. */
const detail = (name: string, shape: string) =>
  new RegExp(`(${name})[^。()]{0,20}\\((?=[^)]*${shape})[^)]`);

/**
 * Each channel's contact as its listing shows it: written out (「03-1234-5678」), or in brackets
 * after the channel's name in any form the config allows (「電話（(03) 1234 5678）」: digits for a
 * phone number, an 「@」 for an address, any text for a postal address).
 */
const DETAILS: Record<string, { what: string; re: RegExp[] }> = {
  電話: { what: '電話番号', re: [PHONE_NUMBER, detail('電話', '\\d')] },
  電子メール: { what: '電子メールアドレス', re: [EMAIL_ADDRESS] },
  フォーム: { what: 'フォームのURL', re: [URL] },
  郵便: {
    what: '送付先の住所',
    re: [...POSTAL_DETAIL, detail('郵便|郵送', '')],
  },
};

export default defineRule({
  id: 'C-CHANNEL-CONTACT',
  severity: 'error',
  summary: '受け付ける方法にはそれぞれ連絡先があり、受け付けない方法の連絡先は書かれていないこと',
  check({ doc, facts, view }) {
    const a = article(doc, 'intake-method');
    if (!a) return [];
    const out: Finding[] = [];
    const first = a.paragraphs[0];
    const listed = first ? view.paragraphText(first, true) : '';
    for (const channel of facts.channels) {
      const d = DETAILS[channel];
      if (d && !d.re.some((re) => re.test(listed))) {
        out.push({
          message: `受付方法「${channel}」に${d.what}がありません`,
          article: a,
          ...(first ? { paragraph: first } : {}),
          expected: `${channel}（${d.what}）`,
        });
      }
    }
    const all = view.documentText(true);
    const intake = view.articleText(a, true);
    const stray: [string, RegExp, string, string][] = [
      ['電話', PHONE_NUMBER, '電話番号', all],
      ['電子メール', EMAIL_ADDRESS, '電子メールアドレス', all],
      ['郵便', POSTAL_ADDRESS, '郵便の送付先', all],
      ['フォーム', URL, 'フォームのURL', intake],
    ];
    for (const [channel, re, what, text] of stray) {
      if (facts.channels.has(channel) || !re.test(text)) continue;
      const by = channel === 'フォーム' ? 'ウェブサイト上の相談フォーム' : channel;
      out.push({
        message: `${by}で受け付けないのに${what}が書かれています`,
        expected: `受付方法に${by}を加えるか、${what}を削る`,
      });
    }
    return out;
  },
});
