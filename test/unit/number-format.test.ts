import { describe, expect, it } from 'vitest';
import {
  articleLabel,
  digits,
  formatDate,
  itemLabel,
  kanjiNumber,
  refLabel,
} from '../../src/number/format.js';

const full = { era: 'wareki', digits: 'fullwidth' } as const;
const half = { era: 'seireki', digits: 'halfwidth' } as const;

describe('number styles', () => {
  it('should write article numbers in the chosen width', () => {
    expect(articleLabel(12, full)).toBe('第１２条');
    expect(articleLabel(12, half)).toBe('第12条');
    expect(digits('2026-04', full)).toBe('２０２６-０４');
  });

  it('should write 号 in 漢数字 and sub-items in イロハ', () => {
    expect([1, 2, 10, 11, 20, 23, 100].map(kanjiNumber)).toEqual([
      '一',
      '二',
      '十',
      '十一',
      '二十',
      '二十三',
      '百',
    ]);
    expect(itemLabel(3, 1, full)).toBe('三');
    expect(itemLabel(1, 2, full)).toBe('イ');
    expect(itemLabel(3, 2, full)).toBe('ハ');
    expect(itemLabel(2, 3, half)).toBe('(2)');
  });

  it('should write 和暦 with 元年 and switch eras on the right day', () => {
    expect(formatDate('2026-04-01', full)).toBe('令和８年４月１日');
    expect(formatDate('2019-05-01', full)).toBe('令和元年５月１日');
    expect(formatDate('2019-04-30', { era: 'wareki', digits: 'halfwidth' })).toBe(
      '平成31年4月30日',
    );
    expect(formatDate('1989-01-08', { era: 'wareki', digits: 'halfwidth' })).toBe('平成元年1月8日');
    expect(formatDate('2026-04-01', half)).toBe('2026年4月1日');
  });

  it('should name the 項 only when the target article has more than one', () => {
    expect(refLabel({ status: 'ok', article: 8, paragraph: 2, paragraphCount: 3 }, full)).toBe(
      '第８条第２項',
    );
    expect(refLabel({ status: 'ok', article: 8, paragraph: 1, paragraphCount: 1 }, half)).toBe(
      '第8条',
    );
    expect(refLabel({ status: 'ok', article: 8, paragraphCount: 3 }, half)).toBe('第8条');
  });
});

describe('prose digits', () => {
  it('should widen digits in Japanese prose but keep Latin designations half-width', async () => {
    const { proseDigits } = await import('../../src/template/view.js');
    expect(proseDigits('第21条及び5年', 'fullwidth')).toBe('第２１条及び５年');
    expect(proseDigits('JIS Q 10002の7.9', 'fullwidth')).toBe('JIS Q 10002の7.9');
    expect(proseDigits('ISO 10002:2018に', 'fullwidth')).toBe('ISO 10002:2018に');
    expect(proseDigits('第２１条', 'halfwidth')).toBe('第21条');
  });
});
