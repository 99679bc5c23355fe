// ok / not-ok fixtures for the rules over the section documents (the 基本方針 and the employees'
// notice), the way test/rules/fixtures.ts does it for the guideline: each fixture edits the
// generated document as a company might, and the rule must stay silent on `ok` and give exactly
// the expected finding on `notOk`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildText } from '../../src/build.js';
import type { NoticeDocument } from '../../src/model/notice.js';
import type { Document, Inline } from '../../src/model/types.js';
import { inlineText } from '../../src/model/text.js';
import { NOTICE_RULES } from '../../src/validate/notice-catalog.js';
import type { NoticeFinding } from '../../src/validate/notice-rule.js';

interface Fixture {
  name: string;
  doc: 'cushara-policy' | 'employee-notice';
  edit: (n: NoticeDocument) => NoticeDocument;
  /** notOk: the exact findings (message and section). */
  findings?: Pick<NoticeFinding, 'message' | 'section'>[];
}

const text = (value: string): Inline[] => [{ type: 'text', value }];

/** Rewrites every paragraph and item of a section through `f` (on its text). */
function editSection(id: string, f: (s: string) => string) {
  return (n: NoticeDocument): NoticeDocument => ({
    ...n,
    sections: n.sections.map((s) =>
      s.id !== id
        ? s
        : {
            ...s,
            paragraphs: s.paragraphs.map((p) => ({
              ...p,
              content: text(f(inlineText(p.content, n.meta.style))),
              items: p.items.map((i) => ({
                ...i,
                content: text(f(inlineText(i.content, n.meta.style))),
              })),
            })),
          },
    ),
  });
}

const dropSection =
  (id: string) =>
  (n: NoticeDocument): NoticeDocument => ({
    ...n,
    sections: n.sections.filter((s) => s.id !== id),
  });

const same = (doc: Fixture['doc']): Fixture => ({
  name: 'the generated document',
  doc,
  edit: (n) => n,
});

const FIXTURES: Record<string, { ok: Fixture[]; notOk: Fixture[] }> = {
  'P-CUSHARA-POLICY-DEFINITION': {
    ok: [
      same('cushara-policy'),
      {
        name: 'reworded without the parenthesis of examples',
        doc: 'cushara-policy',
        edit: editSection('definition', (s) =>
          s.replace(/顧客等（[^）]+）/, '顧客等（当社の事業に関係を有する者をいいます。）'),
        ),
      },
    ],
    notOk: [
      {
        name: 'the definition of the 2022 manual (a demand, no 就業環境)',
        doc: 'cushara-policy',
        edit: editSection('definition', (s) =>
          s.includes('とは')
            ? 'この基本方針において「カスタマーハラスメント」とは、お客様からの要求のうち、要求の内容の妥当性に照らして、その手段又は態様が社会通念上不相当なものをいいます。'
            : s,
        ),
        findings: [
          {
            message:
              'カスタマーハラスメントに対する基本方針の「カスタマーハラスメントの定義」に事業に関係を有する者、社会通念上許容される範囲を超えること、就業環境が害されることがありません',
            section: 'definition',
          },
        ],
      },
      {
        name: 'no definition section',
        doc: 'cushara-policy',
        edit: dropSection('definition'),
        findings: [
          {
            message:
              'カスタマーハラスメントに対する基本方針に「カスタマーハラスメントの定義」の項目がありません',
          },
        ],
      },
    ],
  },
  'P-CUSHARA-POLICY-RESPONSE': {
    ok: [same('cushara-policy')],
    notOk: [
      {
        name: 'no police',
        doc: 'cushara-policy',
        edit: editSection('response', (s) =>
          s.replace(/直ちに警察に通報いたします。/, '直ちに対応いたします。'),
        ),
        findings: [
          {
            message:
              'カスタマーハラスメントに対する基本方針の「カスタマーハラスメントへの対応」に警察への通報がありません',
            section: 'response',
          },
        ],
      },
      {
        name: 'no measure listed',
        doc: 'cushara-policy',
        edit: (n) => ({
          ...n,
          sections: n.sections.map((s) =>
            s.id === 'response'
              ? { ...s, paragraphs: s.paragraphs.map((p) => ({ ...p, items: [] })) }
              : s,
          ),
        }),
        findings: [
          {
            message:
              'カスタマーハラスメントに対する基本方針の「カスタマーハラスメントへの対応」に、中止されないときにとる対応が一つもありません',
            section: 'response',
          },
        ],
      },
    ],
  },
  'P-CUSHARA-POLICY-REQUEST': {
    ok: [same('cushara-policy')],
    notOk: [
      {
        name: 'no request, no company name',
        doc: 'cushara-policy',
        edit: (n) => ({ ...dropSection('request')(n), closing: { ...n.closing, issuer: '' } }),
        findings: [
          {
            message:
              'カスタマーハラスメントに対する基本方針に「お客様へのお願い」の項目がありません',
          },
          { message: 'カスタマーハラスメントに対する基本方針に会社名がありません' },
        ],
      },
    ],
  },
  'P-CUSHARA-NOTICE-DESK': {
    ok: [same('employee-notice')],
    notOk: [
      {
        name: 'the desk line removed',
        doc: 'employee-notice',
        edit: editSection('desk', (s) => (s.startsWith('窓口\u3000') ? '' : s)),
        findings: [
          { message: '従業員の皆さんへの「相談の窓口」に窓口の名称がありません', section: 'desk' },
        ],
      },
    ],
  },
  'P-CUSHARA-NOTICE-PROTECTION': {
    ok: [
      same('employee-notice'),
      {
        name: 'reworded: 不利益な取扱いをしません',
        doc: 'employee-notice',
        edit: editSection('protection', (s) =>
          s.replace(
            '解雇その他不利益な取扱いをすることはありません',
            '解雇その他不利益な取扱いをしません',
          ),
        ),
      },
    ],
    notOk: [
      {
        name: 'the no-retaliation sentence removed',
        doc: 'employee-notice',
        edit: editSection('protection', (s) =>
          s.includes('不利益') ? '相談は秘密に扱います。' : s,
        ),
        findings: [
          {
            message:
              '従業員の皆さんへの「プライバシーの保護と不利益な取扱いの禁止」に相談をしたことを理由とする不利益な取扱いをしない旨、事実を述べたことがありません',
            section: 'protection',
          },
        ],
      },
    ],
  },
  'P-CUSHARA-NOTICE-ACTION': {
    ok: [same('employee-notice')],
    notOk: [
      {
        name: 'no report to the superior',
        doc: 'employee-notice',
        edit: editSection('action', (s) =>
          s.replace(/上長(（[^）]*）)?に報告してください/, '自分で判断してください'),
        ),
        findings: [
          {
            message:
              '従業員の皆さんへの「カスタマーハラスメントを受けたときは」に上長への報告がありません',
            section: 'action',
          },
        ],
      },
    ],
  },
  'C-CUSHARA-CONSISTENT': {
    ok: [same('cushara-policy'), same('employee-notice')],
    notOk: [
      {
        name: 'a definition edited in the policy only',
        doc: 'cushara-policy',
        edit: editSection('definition', (s) =>
          s.replace('社会通念上許容される範囲を超えたもの', '著しく不当なもの'),
        ),
        findings: [
          {
            message:
              'カスタマーハラスメントに対する基本方針の「カスタマーハラスメントの定義」のカスタマーハラスメントの定義が、ガイドラインの定義と異なります',
            section: 'definition',
          },
        ],
      },
      {
        name: 'a measure dropped from the notice only, and another desk',
        doc: 'employee-notice',
        edit: (n) => {
          const m = editSection('desk', (s) => s.replace('人事部ハラスメント相談窓口', '総務部'))(
            n,
          );
          return {
            ...m,
            sections: m.sections.map((s) =>
              s.id !== 'action'
                ? s
                : {
                    ...s,
                    paragraphs: s.paragraphs.map((p) =>
                      /次に掲げる対応/.test(inlineText(p.content, n.meta.style))
                        ? { ...p, items: p.items.slice(1) }
                        : p,
                    ),
                  },
            ),
          };
        },
        findings: [
          { message: '従業員の皆さんへの対応は4項目ですが、ガイドラインが定める措置は5項目です' },
          {
            message:
              '従業員の皆さんへの「相談の窓口」に、ガイドラインが定める従業員相談窓口「人事部ハラスメント相談窓口」がありません',
            section: 'desk',
          },
        ],
      },
      {
        name: 'another date',
        doc: 'cushara-policy',
        edit: (n) => ({ ...n, closing: { ...n.closing, dates: ['制定　令和８年１０月１日'] } }),
        findings: [
          {
            message:
              'カスタマーハラスメントに対する基本方針の制定日がガイドラインの制定日（令和７年４月１日）と異なります',
          },
        ],
      },
    ],
  },
};

let built: { guideline: Document; notices: Record<string, NoticeDocument> } | undefined;
async function base() {
  if (!built) {
    const r = await buildText(
      readFileSync('examples/full-options.yaml', 'utf8'),
      ['md'],
      ['guideline', 'cushara-policy', 'employee-notice'],
    );
    built = { guideline: r.document, notices: r.notices as Record<string, NoticeDocument> };
  }
  return built;
}

describe('section-document rules', () => {
  it('should have fixtures for every rule, and only for rules', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(NOTICE_RULES.map((r) => r.id).sort());
    for (const f of Object.values(FIXTURES)) {
      expect(f.ok.length).toBeGreaterThan(0);
      expect(f.notOk.length).toBeGreaterThan(0);
    }
  });

  for (const rule of NOTICE_RULES) {
    const fixtures = FIXTURES[rule.id]!;
    describe(rule.id, () => {
      for (const f of fixtures.ok) {
        it(`should stay silent on ${f.name} (${f.doc})`, async () => {
          const { guideline, notices } = await base();
          expect(rule.check({ notice: f.edit(notices[f.doc]!), guideline })).toEqual([]);
        });
      }
      for (const f of fixtures.notOk) {
        it(`should find ${f.name} (${f.doc})`, async () => {
          const { guideline, notices } = await base();
          const found = rule.check({ notice: f.edit(notices[f.doc]!), guideline });
          expect(
            found.map((x) => ({
              message: x.message,
              ...(x.section ? { section: x.section } : {}),
            })),
          ).toEqual(f.findings);
        });
      }
    });
  }

  it('should stay silent on every generated example document', async () => {
    const { guideline, notices } = await base();
    for (const rule of NOTICE_RULES)
      for (const n of Object.values(notices))
        if (rule.documents.includes(n.kind))
          expect(rule.check({ notice: n, guideline })).toEqual([]);
  });
});
