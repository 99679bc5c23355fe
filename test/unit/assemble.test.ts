// The assembled document: article order, numbering, references by id, options and number styles.
import { describe, expect, it } from 'vitest';
import type { Document, RefNode } from '../../src/model/types.js';
import { refsOf as refsOfArticle } from '../../src/model/visit.js';
import {
  allOptional,
  build,
  configWith,
  defaults,
  documentText,
  minimal,
} from '../helpers/build.js';

const SPEC_ORDER = [
  ['purpose', '目的'],
  ['definitions', '定義'],
  ['intake-method', '相談受付の方法'],
  ['intake-scope', '相談受付の範囲'],
  ['intake-refusal', '相談受付の拒絶'],
  ['response-policy', '相談応対ポリシー'],
  ['termination', '相談応対の終了'],
  ['records', '相談の記録'],
  ['record-management', '相談記録の管理'],
  ['confidentiality', '機密情報及び個人情報の保護'],
  ['damages', '損害賠償'],
  ['amendment', '本ガイドラインの改定'],
  ['jurisdiction', '準拠法及び合意管轄'],
];

function refsOf(doc: Document): RefNode[] {
  return doc.articles.flatMap(refsOfArticle);
}

/** For each reference: the article it sits in and the title of the article its number points at. */
function referenceMap(doc: Document): string[] {
  return doc.articles.flatMap((a) =>
    refsOfArticle(a).map((r) => {
      const res = r.resolved;
      if (res?.status !== 'ok') throw new Error('unresolved');
      return `${a.title} → ${doc.articles[res.article - 1]?.title ?? '?'} ${res.paragraph ?? ''}`;
    }),
  );
}

describe('assembly', () => {
  it('should give the 13 articles in the spec order, numbered 1..13, then the 附則', () => {
    const { document } = build(minimal);
    expect(document.articles.map((a) => [a.id, a.title])).toEqual(SPEC_ORDER);
    expect(document.articles.map((a) => a.number)).toEqual(SPEC_ORDER.map((_, i) => i + 1));
    expect(document.supplementary).toHaveLength(1);
    expect(documentText(document)).toContain('本ガイドラインは、令和８年４月１日から施行する。');
  });

  it('should put the customer-harassment article in by default (労働施策総合推進法第33条), after the response policy', () => {
    const ids = build(defaults).document.articles.map((a) => a.id);
    expect(ids).toHaveLength(14);
    expect(ids.indexOf('customer-harassment')).toBe(ids.indexOf('response-policy') + 1);
  });

  it('should default to a non-exclusive jurisdiction agreement unless the customers are businesses only', () => {
    expect(documentText(build(minimal).document)).not.toContain('専属的');
    expect(
      documentText(build(configWith({ company: { customers: 'businesses' } })).document),
    ).toContain('東京地方裁判所を第一審の専属的合意管轄裁判所');
    expect(
      documentText(
        build(
          configWith({ company: { customers: 'businesses' }, jurisdiction: { exclusive: false } }),
        ).document,
      ),
    ).not.toContain('専属的');
  });

  it('should insert all four optional articles where the template says and renumber the rest', () => {
    const { document } = build(configWith({ optional: allOptional }));
    const ids = document.articles.map((a) => a.id);
    expect(ids).toHaveLength(17);
    expect(ids.indexOf('antisocial-forces')).toBe(ids.indexOf('intake-refusal') + 1);
    expect(
      ids.slice(ids.indexOf('response-policy') + 1, ids.indexOf('response-policy') + 4),
    ).toEqual(['demand-criteria', 'written-statements', 'customer-harassment']);
    expect(document.articles.at(-1)?.number).toBe(17);
  });

  it('should keep every reference pointing at the same article when optional articles are inserted', () => {
    const plain = build(minimal).document;
    const full = build(configWith({ optional: allOptional })).document;
    const plainRefs = referenceMap(plain);
    expect(plainRefs.length).toBeGreaterThanOrEqual(3);
    const fullRefs = referenceMap(full);
    // Every reference of the plain document is still there, pointing at the same title.
    for (const r of plainRefs) expect(fullRefs).toContain(r);
    // And the numbers really moved: the records article is 第８条 in one and 第１２条 in the other.
    expect(documentText(plain)).toContain('第８条（相談の記録）');
    expect(documentText(full)).toContain('第１２条（相談の記録）');
    const recordsRefPlain = refsOf(plain).find((r) => r.target.article === 'records');
    const recordsRefFull = refsOf(full).find((r) => r.target.article === 'records');
    expect(recordsRefPlain?.resolved).toMatchObject({ status: 'ok', article: 8 });
    expect(recordsRefFull?.resolved).toMatchObject({ status: 'ok', article: 12 });
  });

  it('should write 同条第N項 for a second reference into the same article', () => {
    // The records article is right before the records-management article: 「前条」, then 「同条」.
    expect(documentText(build(minimal).document)).toContain(
      '前条の規定により記録した事項及び同条第２項の規定により録音した',
    );
    expect(documentText(build(configWith({ optional: allOptional })).document)).toContain(
      '前条の規定により記録した事項及び同条第２項の規定により録音した',
    );
  });

  it('should leave no 電話, 通話 or 録音 anywhere in an email-only guideline', () => {
    const result = build(
      configWith({ intake: { channels: [{ type: 'email', address: 'only@example.jp' }] } }),
    );
    const text = documentText(result.document);
    expect(text).toContain('only@example.jp');
    expect(text).not.toMatch(/電話|通話|録音|03-1234-5678/);
    for (const f of result.files) expect(String(f.data)).not.toMatch(/電話|通話|録音/);
  });

  it('should show each channel with its contact detail and only the accepted ones', () => {
    const text = documentText(
      build(
        configWith({
          intake: {
            channels: [
              { type: 'webform', url: 'https://example.jp/form' },
              { type: 'postal', address: '〒100-0001 東京都千代田区千代田1番1号' },
            ],
          },
        }),
      ).document,
    );
    expect(text).toContain('https://example.jp/form');
    // The postal code stays ASCII; the 番地 and the space follow the full-width document.
    expect(text).toContain('〒100-0001　東京都千代田区千代田１番１号');
    expect(text).not.toContain('support@example.jp');
    // No phone or e-mail channel (the text may still say a reply can be sent by 書面又は電子メール).
    expect(text).not.toMatch(/電話|電子メール（/);
  });

  it('should state phone hours and the recording notice only when they apply', () => {
    const on = documentText(build(minimal).document);
    expect(on).toContain('平日午前９時から午後５時まで');
    expect(on).toMatch(/録音/);
    const off = documentText(build(configWith({ records: { callRecording: false } })).document);
    expect(off).toContain('03-1234-5678');
    expect(off).not.toMatch(/録音/);
  });

  it('should change the identity provision when anonymous consultations are accepted', () => {
    const named = build(minimal).document.articles.find((a) => a.id === 'intake-scope');
    const anon = build(configWith({ intake: { anonymous: true } })).document.articles.find(
      (a) => a.id === 'intake-scope',
    );
    const text = (d: typeof named) =>
      d?.paragraphs
        .map((p) => p.content.map((c) => ('value' in c ? c.value : '')).join(''))
        .join('\n') ?? '';
    expect(text(named)).toContain('氏名及び連絡先を明らかにした場合に限り');
    expect(text(anon)).toContain('氏名又は連絡先を明らかにしない相談についても、これを受け付ける');
    expect(text(anon)).not.toContain('明らかにした場合に限り');
  });

  it('should state the retention period with its unit and digits style', () => {
    expect(
      documentText(build(configWith({ records: { retention: { years: 3 } } })).document),
    ).toContain('３年間');
    expect(
      documentText(
        build(
          configWith({ records: { retention: { months: 18 } }, style: { digits: 'halfwidth' } }),
        ).document,
      ),
    ).toContain('18か月間');
  });

  it('should write a whole number of years as years and prose digits in the document width', () => {
    const text = documentText(
      build(configWith({ records: { retention: { months: 36 } } })).document,
    );
    expect(text).toContain('３年間');
    expect(text).toContain('平日午前９時から午後５時まで');
    expect(text).toContain('03-1234-5678'); // identifiers stay as written
    const half = documentText(
      build(
        configWith({
          intake: {
            channels: [
              { type: 'phone', number: '03-1234-5678', hours: '平日午前９時から午後５時まで' },
            ],
          },
          style: { digits: 'halfwidth' },
        }),
      ).document,
    );
    expect(half).toContain('平日午前9時から午後5時まで');
  });

  it('should announce amendments on the company website by its short name unless told otherwise', () => {
    expect(
      documentText(
        build(configWith({ company: { name: '株式会社テスト', shortName: 'テスト社' } })).document,
      ),
    ).toContain('テスト社のウェブサイトへの掲載により周知する');
    expect(
      documentText(build(configWith({ amendment: { announcement: '店頭への掲示' } })).document),
    ).toContain('店頭への掲示により周知する');
  });

  it('should allow anonymised use only when switched on, and never as mere name removal', () => {
    const off = documentText(build(configWith({ records: { anonymizedUse: false } })).document);
    const on = documentText(build(configWith({ records: { anonymizedUse: true } })).document);
    expect(off).not.toMatch(/統計情報/);
    expect(on).toMatch(/統計情報（特定の個人との対応関係が排斥されたものに限る。）/);
    expect(on).toMatch(
      /氏名その他の特定の個人を識別することができる記述等を削除して事例として利用するときであっても、当該情報を引き続き個人情報として利用目的の範囲内で取り扱う/,
    );
  });

  it('should add and remove refusal examples', () => {
    const doc = build(
      configWith({
        refusal: {
          addExamples: ['競合他社の調査を目的とする相談'],
          removeExamples: ['staff-defamation', '差別的な言動又は性的な言動を伴う相談'],
        },
      }),
    ).document;
    const text = documentText(doc);
    expect(text).toContain('競合他社の調査を目的とする相談');
    expect(text).not.toContain(
      '特定の従業員等を誹謗中傷し、又はその個人情報を公開する行為を伴う相談',
    );
    expect(text).not.toContain('差別的な言動又は性的な言動を伴う相談');
  });

  it('should refer to the privacy policy when its URL is given, and list purposes otherwise', () => {
    const withUrl = documentText(
      build(configWith({ privacy: { policyUrl: 'https://example.jp/privacy' } })).document,
    );
    expect(withUrl).toContain('https://example.jp/privacy');
    const without = documentText(build(minimal).document);
    expect(without).toMatch(/次に掲げる目的の達成に必要な範囲内で利用/);
    expect(without).not.toContain('個人情報保護方針');
  });

  it('should name the court and the kind of jurisdiction agreement', () => {
    expect(
      documentText(build(configWith({ jurisdiction: { exclusive: true } })).document),
    ).toContain('東京地方裁判所を第一審の専属的合意管轄裁判所');
    const additive = documentText(
      build(configWith({ jurisdiction: { court: '大阪地方裁判所', exclusive: false } })).document,
    );
    expect(additive).toContain('大阪地方裁判所');
    expect(additive).not.toContain('専属的');
  });

  it('should write 全角 or 半角 digits and 和暦 or 西暦 throughout', () => {
    const full = documentText(
      build(
        configWith({
          dates: { enacted: '2026-04-01', revisions: [{ date: '2026-10-01', summary: '改定' }] },
        }),
      ).document,
    );
    expect(full).toContain('第１３条（準拠法及び合意管轄）');
    expect(full).toContain('令和８年１０月１日');
    expect(full).not.toMatch(/第\d+条/);
    const half = documentText(
      build(configWith({ style: { digits: 'halfwidth', era: 'seireki' } })).document,
    );
    expect(half).toContain('第13条（準拠法及び合意管轄）');
    expect(half).toContain('2026年4月1日');
    expect(half).not.toMatch(/第[０-９]+条|令和/);
  });

  it('should write 元年 for the first year of an era', () => {
    expect(
      documentText(build(configWith({ dates: { enacted: '2019-05-01' } })).document),
    ).toContain('令和元年５月１日');
  });

  it('should give 附則 blocks for enactment, a later effective date and each revision', () => {
    const doc = build(
      configWith({
        dates: {
          enacted: '2026-04-01',
          effective: '2026-05-01',
          revisions: [
            { date: '2026-10-01', summary: '受付方法の追加' },
            { date: '2027-04-01', summary: '保存期間の変更' },
          ],
        },
      }),
    ).document;
    expect(doc.supplementary.map((b) => b.kind)).toEqual(['enactment', 'revision', 'revision']);
    const text = documentText(doc);
    expect(text).toContain('令和８年４月１日に制定し、令和８年５月１日から施行する。');
    expect(text).toContain('この改定は、令和９年４月１日から施行する。');
    expect(doc.revisions.map((r) => r.version)).toEqual([1, 2, 3]);
  });

  it('should never leave an empty paragraph or item, nor a dangling conjunction, under any option', () => {
    const variants = [
      minimal,
      configWith({
        intake: { channels: [{ type: 'email', address: 'a@example.jp' }], anonymous: true },
      }),
      configWith({ records: { callRecording: false, anonymizedUse: true }, optional: allOptional }),
      configWith({ intake: { channels: [{ type: 'phone', number: '03-0000-0000' }] } }),
    ];
    for (const v of variants) {
      const doc = build(v).document;
      for (const a of doc.articles) {
        expect(a.paragraphs.length).toBeGreaterThan(0);
        for (const p of a.paragraphs) {
          expect(p.content.length).toBeGreaterThan(0);
          const text = documentText({
            ...doc,
            articles: [{ ...a, paragraphs: [p] }],
            supplementary: [],
            revisions: [],
          });
          expect(text).not.toMatch(
            /(及び|又は|並びに|若しくは)[、。）]|（(及び|又は)|、、|。。|（）/,
          );
        }
      }
    }
  });
});
