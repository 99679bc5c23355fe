// ok / not-ok fixtures for every validator rule, the remark-lint way. Each fixture edits a real
// generated guideline.md (the sample's, or the email-only example's) the way a company might, and
// the rule must stay silent on every `ok` and speak on every `notOk`. `ok` fixtures include the
// provision reworded in other correct words: no false alarm for a rephrasing.

export type Base = 'sample' | 'email';

export interface Fixture {
  name: string;
  base: Base;
  edit: (md: string) => string;
  /** The exact message the rule must give (not-ok fixtures). */
  message?: string;
}

/** Replaces the body (項 and 号) of the article titled `title`. */
export function replaceArticle(md: string, title: string, body: string): string {
  const re = new RegExp(`(## 第[０-９0-9]+条（${title}）\\n\\n)[\\s\\S]*?(?=\\n## )`);
  if (!re.test(md)) throw new Error(`article ${title} not found`);
  return md.replace(re, `$1${body}\n`);
}

export function replaceText(md: string, from: string | RegExp, to: string): string {
  const out = md.replace(from, to);
  if (out === md) throw new Error(`fixture text not found: ${String(from)}`);
  return out;
}

/** Removes a whole article (heading and body) without renumbering the rest. */
export function deleteArticle(md: string, title: string): string {
  return replaceText(
    md,
    new RegExp(`## 第[０-９0-9]+条（${title}）\\n\\n[\\s\\S]*?(?=\\n## )`),
    '',
  );
}

const same: Fixture = { name: 'the generated guideline', base: 'sample', edit: (md) => md };

export const FIXTURES: Record<string, { ok: Fixture[]; notOk: Fixture[] }> = {
  'P-PURPOSE': {
    ok: [
      same,
      {
        name: 'reworded',
        base: 'sample',
        edit: (md) =>
          replaceArticle(
            md,
            '目的',
            'この指針は、当社がお客様からの問い合わせ及び苦情に応じる方法を定め、もって製品及びサービスの品質を改善することを目的とする。',
          ),
      },
    ],
    notOk: [
      {
        name: 'purpose without quality',
        base: 'sample',
        edit: (md) =>
          replaceArticle(md, '目的', '本ガイドラインは、当社の相談対応について定めるものである。'),
      },
    ],
  },
  'P-DEF': {
    ok: [same],
    notOk: [
      {
        name: '相談窓口 not defined',
        base: 'sample',
        edit: (md) => replaceText(md, /\n　四　相談窓口　[^\n]*\n/, '\n'),
      },
    ],
  },
  'P-INTAKE-CHANNELS': {
    ok: [same, { name: 'single channel written in a sentence', base: 'email', edit: (md) => md }],
    notOk: [
      {
        name: 'no restriction to the listed methods',
        base: 'sample',
        edit: (md) => replaceText(md, /\n２　当社は、前項に定める方法以外の方法[^\n]*\n/, '\n'),
      },
    ],
  },
  'P-SCOPE-WHO': {
    ok: [
      same,
      {
        name: 'reworded',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /当社は、製品等の購入者（[^\n]*?相談に限り、これを受け付けるものとする。/,
            '当社が受け付ける相談は、製品等の利用者又は購入を検討している者からのものに限る。',
          ),
      },
    ],
    notOk: [
      {
        name: 'anyone may consult',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /当社は、製品等の購入者（[^\n]*?相談に限り、これを受け付けるものとする。/,
            '当社は、製品等に関する相談を受け付けるものとする。',
          ),
      },
    ],
  },
  'P-SCOPE-IDENTITY': {
    ok: [
      same,
      {
        name: 'reworded',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            '相談者が氏名及び連絡先を明らかにした場合に限り',
            '相談者がその名前及び電話番号又はメールアドレスを申告した場合に限り',
          ),
      },
    ],
    notOk: [
      {
        name: 'identity paragraph deleted',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /\n２　当社は、相談者が氏名及び連絡先を明らかにした場合に限り[^\n]*\n/,
            '\n',
          ),
      },
    ],
  },
  'P-REFUSAL-GROUNDS': {
    ok: [
      same,
      {
        name: 'reworded',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            '当社、従業員等その他の関係者を誹謗中傷する相談',
            '当社の役職員を中傷する内容を含む相談',
          ),
      },
    ],
    notOk: [
      {
        name: '誹謗中傷 missing',
        base: 'sample',
        edit: (md) =>
          replaceText(md, /\n　二　当社、従業員等その他の関係者を誹謗中傷する相談\n/, '\n'),
      },
    ],
  },
  'P-REFUSAL-EXAMPLES': {
    ok: [same],
    notOk: [
      {
        name: 'only two examples',
        base: 'sample',
        edit: (md) =>
          replaceText(md, /(\n　二　暴言、[^\n]*\n)[\s\S]*?(?=\n３　当社は、前二項)/, '$1'),
      },
    ],
  },
  'P-POLICY-PRINCIPLES': {
    ok: [same],
    notOk: [
      {
        name: 'confidentiality principle deleted',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /\n　三　相談の内容その他の相談を通じて知り得た情報について、秘密保持を徹底すること。\n/,
            '\n',
          ),
      },
    ],
  },
  'P-POLICY-FACTS': {
    ok: [
      same,
      {
        name: 'reworded',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /当社は、相談に係る事実関係を確認する前に、[^。]*回答をしないものとする。/,
            '当社は、事実を確認するまでは、責任の有無について回答を控えるものとする。',
          ),
      },
    ],
    notOk: [
      {
        name: 'facts paragraph deleted',
        base: 'sample',
        edit: (md) =>
          replaceText(md, /\n２　当社は、相談に係る事実関係を確認する前に[^\n]*\n/, '\n'),
      },
    ],
  },
  'P-END-GROUNDS': {
    ok: [
      same,
      {
        name: 'reworded',
        base: 'sample',
        edit: (md) =>
          replaceText(md, '相談者が相談を取り下げたとき。', '相談者が相談を撤回したとき。'),
      },
    ],
    notOk: [
      {
        name: 'ending grounds deleted',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /(## 第[０-９]+条（相談応対の終了）\n\n)[^\n]*\n\n(　[一二三四]　[^\n]*\n\n)+/,
            '$1',
          ),
      },
    ],
  },
  'P-END-NOT-UNTIL-SATISFIED': {
    ok: [
      same,
      {
        name: 'reworded',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            '当社は、相談者が納得するまで相談応対を継続するものではない。',
            '相談者が納得されるまで応対を続けるとは限らない。',
          ),
      },
    ],
    notOk: [
      {
        name: 'paragraph deleted',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /\n２　当社は、相談者が納得するまで相談応対を継続するものではない。\n/,
            '\n',
          ),
      },
    ],
  },
  'P-RECORD-ITEMS': {
    ok: [same],
    notOk: [
      {
        name: 'no date and time',
        base: 'sample',
        edit: (md) => replaceText(md, /\n　一　相談の受付日時及び受付方法\n/, '\n'),
      },
    ],
  },
  'P-RECORD-CALLS': {
    ok: [same, { name: 'email only: not required', base: 'email', edit: (md) => md }],
    notOk: [
      {
        name: 'recording paragraph deleted while the intake article still announces it',
        base: 'sample',
        edit: (md) => replaceText(md, /\n２　当社は、相談の内容を正確に記録し[^\n]*\n/, '\n'),
      },
    ],
  },
  'P-RECORD-NO-PUBLISH': {
    ok: [same, { name: 'email wording', base: 'email', edit: (md) => md }],
    notOk: [
      {
        name: 'paragraph deleted',
        base: 'sample',
        edit: (md) => replaceText(md, /\n３　当社は、相談者が通話の内容を録音し[^\n]*\n/, '\n'),
      },
    ],
  },
  'P-RETENTION': {
    ok: [
      same,
      {
        name: 'reworded',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /を、当該相談に係る相談応対を終了した日の翌日から起算して５年間保存するものとする。/,
            'は、３年間保管する。',
          ),
      },
    ],
    notOk: [
      {
        name: 'retention paragraph deleted',
        base: 'sample',
        edit: (md) => replaceText(md, /(## 第[０-９]+条（相談記録の管理）\n\n)[^\n]*\n/, '$1'),
      },
    ],
  },
  'P-ANON-USE': {
    ok: [same, { name: 'no use of records at all', base: 'email', edit: (md) => md }],
    notOk: [
      {
        name: 'use after deleting the name only',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /\n４　当社は、相談記録を基に統計情報[^\n]*\n/,
            '\n４　当社は、相談記録から個人情報を削除した上で、営業活動に利用することができる。\n',
          ),
      },
    ],
  },
  'P-CONFIDENTIAL': {
    ok: [same],
    notOk: [
      {
        name: 'protection paragraphs deleted',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /(## 第[０-９]+条（機密情報及び個人情報の保護）\n\n)[^\n]*\n\n２[^\n]*\n/,
            '$1',
          ),
      },
    ],
  },
  'P-PRIVACY-PURPOSE': {
    ok: [same, { name: 'purposes listed', base: 'email', edit: (md) => md }],
    notOk: [
      {
        name: 'purpose paragraphs deleted',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /\n３　当社が相談に関して取得した個人情報の利用目的[^\n]*\n\n４　[^\n]*\n/,
            '\n',
          ),
      },
    ],
  },
  'P-DAMAGES-COMPANY': {
    ok: [same],
    notOk: [
      {
        name: 'company liability deleted',
        base: 'sample',
        edit: (md) =>
          replaceText(md, /(## 第[０-９]+条（損害賠償）\n\n)[^\n]*\n\n２[^\n]*\n/, '$1'),
      },
    ],
  },
  'P-DAMAGES-LEGAL-ACTION': {
    ok: [same],
    notOk: [
      {
        name: 'legal action deleted',
        base: 'sample',
        edit: (md) => replaceText(md, /\n３　当社は、相談者が脅迫、強要[^\n]*\n/, '\n'),
      },
    ],
  },
  'P-AMENDMENT': {
    ok: [same],
    notOk: [
      {
        name: 'announcement deleted',
        base: 'sample',
        edit: (md) =>
          replaceArticle(
            md,
            '本ガイドラインの改定',
            '当社は、本ガイドラインを改定することができる。',
          ),
      },
    ],
  },
  'P-JURISDICTION': {
    ok: [same],
    notOk: [
      {
        name: 'court deleted',
        base: 'sample',
        edit: (md) =>
          replaceArticle(md, '準拠法及び合意管轄', '本ガイドラインは、日本法に準拠する。'),
      },
    ],
  },
  'P-EFFECTIVE-DATE': {
    ok: [same],
    notOk: [
      {
        name: '附則 without a date',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /本ガイドラインは、令和８年４月１日から施行する。/,
            '本ガイドラインは、別に定める日から施行する。',
          ),
      },
    ],
  },
  'C-EMAIL-ONLY': {
    ok: [{ name: 'email only as generated', base: 'email', edit: (md) => md }, same],
    notOk: [
      {
        name: 'phone wording inserted',
        base: 'email',
        edit: (md) =>
          replaceText(
            md,
            '次に掲げる事項を記録するものとする。',
            '次に掲げる事項を記録し、電話による相談は録音するものとする。',
          ),
      },
    ],
  },
  'C-CHANNEL-CONTACT': {
    ok: [same],
    notOk: [
      {
        name: 'channel without its address',
        base: 'sample',
        edit: (md) => replaceText(md, '電子メール（support@example.co.jp）', '電子メール'),
      },
      {
        name: 'phone number left in an email-only guideline',
        base: 'email',
        edit: (md) =>
          replaceText(
            md,
            '電子メール（info@example.jp）',
            '電子メール（info@example.jp。お急ぎの方は03-1111-2222）',
          ),
      },
    ],
  },
  'C-RECORDING-NOTICE': {
    ok: [
      same,
      {
        name: 'reworded notice',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            '録音する旨及びその目的を相談者に告知するものとする',
            '録音していることを相談者に知らせるものとする',
          ),
      },
    ],
    notOk: [
      {
        name: 'notice removed',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            'この場合において、当社は、通話の開始に当たり、録音する旨及びその目的を相談者に告知するものとする。',
            '',
          ),
      },
    ],
  },
  'C-RETENTION': {
    ok: [same],
    notOk: [
      {
        name: 'zero years',
        base: 'sample',
        edit: (md) => replaceText(md, '５年間保存する', '０年間保存する'),
      },
    ],
  },
  'C-XREF': {
    ok: [
      same,
      {
        name: '前条 written as the number of the preceding article',
        base: 'sample',
        edit: (md) =>
          replaceText(md, '前条の規定により記録した事項', '第１１条の規定により記録した事項'),
      },
    ],
    notOk: [
      {
        name: '前条 with a 項 the preceding article does not have',
        base: 'sample',
        edit: (md) =>
          replaceText(md, '前条の規定により記録した事項', '前条第９項の規定により記録した事項'),
      },
      {
        name: 'reference to a missing article',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            '第１１条第２項に定めるところにより',
            '第１９条第２項に定めるところにより',
          ),
      },
      {
        name: 'reference to a missing paragraph',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            '第１１条第２項に定めるところにより',
            '第１１条第９項に定めるところにより',
          ),
      },
    ],
  },
  'C-NUMBERING': {
    ok: [same],
    notOk: [
      {
        name: 'an article deleted without renumbering',
        base: 'sample',
        edit: (md) => deleteArticle(md, '相談応対ポリシー'),
      },
    ],
  },
  'C-PLACEHOLDER': {
    ok: [same],
    notOk: [
      {
        name: '○○ left in',
        base: 'sample',
        edit: (md) => replaceText(md, '東京地方裁判所を', '○○地方裁判所を'),
      },
      {
        name: 'template syntax left in',
        base: 'sample',
        edit: (md) => replaceText(md, '窓口（お客様相談室）', '窓口（{{desk.name}}）'),
      },
    ],
  },
  'P-CUSHARA-DEFINITION': {
    ok: [
      same,
      {
        name: 'article switched off: the C-CUSHARA-DUTY warning speaks instead',
        base: 'sample',
        edit: (md) => deleteArticle(md, 'カスタマーハラスメントへの対応'),
      },
      {
        name: 'reworded',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /本ガイドラインにおいて「カスタマーハラスメント」とは、[^\n]*/,
            '本ガイドラインにおいて「カスタマーハラスメント」とは、顧客、取引先、施設の利用者その他当社の事業に関係する者の言動のうち、社会通念上相当な範囲を超え、これにより従業員等の就業環境を害するものをいう。',
          ),
      },
    ],
    notOk: [
      {
        name: 'the pre-2025 manual definition (customers only)',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /本ガイドラインにおいて「カスタマーハラスメント」とは、[^\n]*/,
            '本ガイドラインにおいて「カスタマーハラスメント」とは、相談者その他の顧客等の言動のうち、要求の内容の妥当性に照らして、当該要求を実現するための手段又は態様が社会通念上不相当なものであって、当該手段又は態様により従業員の就業環境が害されるものをいう。',
          ),
        message: '「取引の相手方及び施設の利用者」の定めが見当たりません',
      },
    ],
  },
  'P-CUSHARA-MEASURES': {
    ok: [
      same,
      {
        name: 'article switched off',
        base: 'sample',
        edit: (md) => deleteArticle(md, 'カスタマーハラスメントへの対応'),
      },
    ],
    notOk: [
      {
        name: 'no employee desk (only a reporting line to a superior)',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /\n　一　カスタマーハラスメントに関する従業員等からの相談[^\n]*\n/,
            '\n　一　カスタマーハラスメントを受けた従業員等が速やかに上長に報告し、その指示を受けることができるようにすること。\n',
          ),
        message: '「従業員からの相談に応ずる窓口」の定めが見当たりません',
      },
      {
        name: 'no privacy and no-retaliation paragraph',
        base: 'sample',
        edit: (md) =>
          replaceText(md, /\n４　当社は、カスタマーハラスメントに関する相談をした[^\n]*\n/, '\n'),
        message: '「プライバシーの保護」、「不利益な取扱いをしない旨」の定めが見当たりません',
      },
      {
        name: 'no recurrence prevention',
        base: 'sample',
        edit: (md) =>
          replaceText(md, /\n　四　カスタマーハラスメントが生じた事案ごとに[^\n]*\n/, '\n'),
        message: '「再発の防止」の定めが見当たりません',
      },
    ],
  },
  'C-CUSHARA-DUTY': {
    ok: [same],
    notOk: [
      {
        name: 'article deleted',
        base: 'sample',
        edit: (md) => deleteArticle(md, 'カスタマーハラスメントへの対応'),
        message:
          'カスタマーハラスメントへの対応の条がありません。令和8年10月1日から、労働施策総合推進法第33条により全ての事業主にカスタマーハラスメントへの措置（方針の明確化及び周知、従業員からの相談に応ずる体制、事後の対応、抑止の措置、プライバシーの保護等）が義務付けられています',
      },
      {
        name: 'email-only company that switched the article off',
        base: 'email',
        edit: (md) => deleteArticle(md, 'カスタマーハラスメントへの対応'),
      },
    ],
  },
  'C-COMMENTARY': {
    ok: [same],
    notOk: [
      {
        name: 'an article the template does not have',
        base: 'sample',
        edit: (md) =>
          replaceText(
            md,
            /(\n## 附則)/,
            '\n## 第１７条（社内研修）\n\n当社は、相談窓口の従業員に年一回研修を行う。\n$1',
          ),
      },
    ],
  },
};
