// Config values in the chosen digit style (legal review finding 23): one rule for prose values
// (counts, dates, amounts, 番地 follow style.digits; phone numbers, postal codes, URLs, e-mail
// addresses and Latin designations stay as written; half-width spaces as the document writes
// them), and the warning for an added refusal example that does not end in 「相談」.
import { describe, expect, it } from 'vitest';
import { proseDigits, proseValue, refusalExampleEnding } from '../../src/template/view.js';
import { build, configWith, documentText } from '../helpers/build.js';

describe('the prose-value rule', () => {
  it('should put counts, times, amounts and 番地 in the document’s width, both ways', () => {
    const cases: [string, string, string][] = [
      ['1日に5回以上繰り返す相談', '１日に５回以上繰り返す相談', '1日に5回以上繰り返す相談'],
      ['１日に５回', '１日に５回', '1日に5回'],
      ['平日午前9時から午後5時まで', '平日午前９時から午後５時まで', '平日午前9時から午後5時まで'],
      ['10,000円を超える返金', '１０，０００円を超える返金', '10,000円を超える返金'],
      ['９：００から１７：３０まで', '９：００から１７：３０まで', '9:00から17:30まで'],
      ['梅田三丁目1番1号', '梅田三丁目１番１号', '梅田三丁目1番1号'],
      ['梅田1-1-1', '梅田１－１－１', '梅田1-1-1'],
      ['梅田１－１－１', '梅田１－１－１', '梅田1-1-1'],
    ];
    for (const [input, full, half] of cases) {
      expect(proseValue(input, 'fullwidth'), input).toBe(full);
      expect(proseValue(input, 'halfwidth'), input).toBe(half);
    }
  });

  it('should keep phone numbers, postal codes, URLs, e-mail addresses and Latin designations as written', () => {
    for (const code of [
      '03-1234-5678',
      '0120-000-000',
      '(03)1234-5678',
      '+81-3-1234-5678',
      '〒530-0001',
      'https://example.jp/faq/2026',
      'cs2026@example.jp',
      'JIS Q 10002:2019',
      'ISO 10002:2018',
      '12F',
      '7.9',
    ]) {
      for (const width of ['fullwidth', 'halfwidth'] as const) {
        expect(proseValue(`受付${code}まで`, width), code).toBe(`受付${code}まで`);
      }
    }
    // A number in a code is not a count: 「(0120-000-000)」 stays, the hours around it do not.
    expect(proseValue('毎日午前10時から午後6時まで（0120-000-000）', 'fullwidth')).toBe(
      '毎日午前１０時から午後６時まで（0120-000-000）',
    );
    // A postal code typed in full width is printed in ASCII, without a space after 〒.
    expect(proseValue('〒 ５３０－０００１', 'fullwidth')).toBe('〒530-0001');
  });

  it('should write the space after a postal code and between Japanese words as the document does', () => {
    const address = '〒530-0001 大阪府大阪市北区梅田三丁目1番1号 梅田ビル12F';
    expect(proseValue(address, 'fullwidth')).toBe(
      '〒530-0001\u3000大阪府大阪市北区梅田三丁目１番１号\u3000梅田ビル12F',
    );
    expect(proseValue(address, 'halfwidth')).toBe(address);
    expect(proseValue('〒530-0001   大阪府', 'halfwidth')).toBe('〒530-0001 大阪府');
    // Next to Latin text the space stays half-width (和欧間), and inside a designation it stays.
    expect(proseValue('JIS Q 10002 に準拠する', 'fullwidth')).toBe('JIS Q 10002 に準拠する');
    // A full-width space the company typed is kept in a half-width document too.
    expect(proseValue('平日\u3000午前9時', 'halfwidth')).toBe('平日\u3000午前9時');
  });

  it('should leave spaces alone in proseDigits (the commentary’s own text)', () => {
    expect(proseDigits('〒530-0001 大阪府1番1号', 'fullwidth')).toBe('〒530-0001 大阪府１番１号');
    expect(proseDigits('JIS Q 10002の7.9', 'fullwidth')).toBe('JIS Q 10002の7.9');
  });
});

const postal = '〒530-0001 大阪府大阪市北区梅田三丁目1番1号';
const config = (digits: 'fullwidth' | 'halfwidth') =>
  configWith({
    company: { address: postal },
    intake: {
      channels: [
        { type: 'phone', number: '06-1234-5678', hours: '平日午前9時から午後5時まで' },
        { type: 'postal', address: postal },
      ],
    },
    refusal: { addExamples: ['正当な理由なく、同一の内容の相談を1日に5回以上繰り返す相談'] },
    records: {
      items: ['相談の内容', '相談の日時', '相談者の氏名', '購入日から30日以内の返品の有無'],
    },
    amendment: { announcement: '当社ウェブサイト（https://example.jp/2026/rules）への掲載' },
    dates: { revisions: [{ date: '2026-10-01', summary: '第3条に郵便による受付を追加' }] },
    style: { digits },
  });

describe('config values in the built guideline', () => {
  it('should print the refusal example, postal address, hours, record items and revision summary in full width', () => {
    const { document } = build(config('fullwidth'));
    const text = documentText(document);
    expect(text).toContain('正当な理由なく、同一の内容の相談を１日に５回以上繰り返す相談');
    expect(text).toContain('郵便（〒530-0001\u3000大阪府大阪市北区梅田三丁目１番１号）');
    expect(text).toContain('06-1234-5678');
    expect(text).toContain('平日午前９時から午後５時まで');
    expect(text).toContain('購入日から３０日以内の返品の有無');
    expect(text).toContain('https://example.jp/2026/rules');
    expect(text).toContain('第３条に郵便による受付を追加');
    expect(text).not.toMatch(/[0-9]+(?:日|回|時|番|号)/);
    expect(document.meta.companyAddress).toBe('〒530-0001\u3000大阪府大阪市北区梅田三丁目１番１号');
    expect(document.meta.intake.recordItems).toContain('購入日から３０日以内の返品の有無');
  });

  it('should print the same values in half width in a half-width document', () => {
    const text = documentText(build(config('halfwidth')).document);
    expect(text).toContain('正当な理由なく、同一の内容の相談を1日に5回以上繰り返す相談');
    expect(text).toContain('郵便（〒530-0001 大阪府大阪市北区梅田三丁目1番1号）');
    expect(text).toContain('平日午前9時から午後5時まで');
    expect(text).toContain('第3条に郵便による受付を追加');
    expect(text).not.toMatch(/[０-９]/);
  });
});

describe('config/refusal-example-ending', () => {
  it('should warn, with a rewording, for an added example that does not end in 相談', () => {
    const result = build(
      configWith({
        refusal: {
          addExamples: [
            '当社の従業員の私生活に関する相談',
            '同一内容の相談を正当な理由なく1日に5回以上繰り返すもの',
            '長時間の電話',
            '正当な理由なく、同一の内容の相談を繰り返す相談（製品等の安全に関するものを除く。）',
            '従業員に交際を求める',
          ],
        },
      }),
    );
    const warnings = result.diagnostics.filter((d) => d.rule === 'config/refusal-example-ending');
    expect(warnings.map((d) => [d.severity, d.path])).toEqual([
      ['warning', 'refusal.addExamples[1]'],
      ['warning', 'refusal.addExamples[2]'],
      ['warning', 'refusal.addExamples[4]'],
    ]);
    expect(warnings[0]?.message).toContain('「相談」で終わっていません');
    expect(warnings[0]?.file).toBe('config.yaml');
    expect(warnings[0]?.position?.line).toBeGreaterThan(0);
    expect(warnings.map((d) => d.hint)).toEqual([
      '「同一内容の相談を正当な理由なく1日に5回以上繰り返す相談」のように「相談」で終えてください',
      '「長時間の電話を伴う相談」のように「相談」で終えてください',
      '「従業員に交際を求める相談」のように「相談」で終えてください',
    ]);
    // A warning does not stop the build: the example is in the article as written.
    expect(documentText(result.document)).toContain('長時間の電話');
  });

  it('should not warn for the example config’s addition or for built-in wording', () => {
    expect(refusalExampleEnding('当社の従業員の私生活に関する相談', 0)).toBeUndefined();
    expect(refusalExampleEnding('繰り返す相談。', 0)).toBeUndefined();
    const { diagnostics } = build(
      configWith({ refusal: { addExamples: ['当社の従業員の私生活に関する相談'] } }),
    );
    expect(diagnostics.filter((d) => d.rule === 'config/refusal-example-ending')).toEqual([]);
  });
});
