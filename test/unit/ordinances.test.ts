import { describe, expect, it } from 'vitest';
import { PREFECTURES } from '../../src/config/schema.js';
import { CUSTOMER_HARASSMENT_ORDINANCES, localLaw } from '../../src/law/ordinances.js';

describe('localLaw', () => {
  it('returns null when no prefecture is configured', () => {
    expect(localLaw(null)).toBeNull();
  });

  it('東京都: customer-harassment ordinance and 暴力団排除条例 with the benefit article', () => {
    const law = localLaw('東京都');
    expect(law?.prefecture).toBe('東京都');
    expect(law?.customerHarassment).toMatchObject({
      name: '東京都カスタマー・ハラスメント防止条例',
      number: '令和6年東京都条例第140号',
      effective: '2025-04-01',
      penalties: false,
    });
    expect(law?.customerHarassment?.duties).toContain('中止の申入れ');
    expect(law?.antisocial).toEqual({
      name: '東京都暴力団排除条例',
      number: null,
      citation: '東京都暴力団排除条例',
      confirmed: true,
      benefitArticle: '第24条',
    });
  });

  it('大阪府: no customer-harassment ordinance; 大阪府暴力団排除条例 第14条', () => {
    const law = localLaw('大阪府');
    expect(law?.customerHarassment).toBeNull();
    expect(law?.antisocial).toMatchObject({
      name: '大阪府暴力団排除条例',
      confirmed: true,
      benefitArticle: '第14条',
    });
  });

  it('北海道: the 暴力団排除条例 has a non-pattern name', () => {
    const law = localLaw('北海道');
    expect(law?.customerHarassment).toMatchObject({
      name: '北海道カスタマーハラスメント防止条例',
      number: null,
      effective: '2025-04-01',
    });
    expect(law?.antisocial).toMatchObject({
      name: '北海道暴力団の排除の推進に関する条例',
      confirmed: true,
      benefitArticle: '第15条',
    });
  });

  it('兵庫県: the citation carries the number because the title has no prefecture name', () => {
    expect(localLaw('兵庫県')?.antisocial.citation).toBe(
      '暴力団排除条例（平成22年兵庫県条例第35号）',
    );
  });

  it('unconfirmed names keep the generic pattern and are flagged', () => {
    expect(localLaw('長崎県')?.antisocial).toMatchObject({
      name: '長崎県暴力団排除条例',
      confirmed: false,
      benefitArticle: null,
    });
  });

  it('every prefecture has a 暴力団排除条例 entry', () => {
    for (const p of PREFECTURES) {
      const law = localLaw(p);
      expect(law?.prefecture).toBe(p);
      expect(law?.antisocial.name).toMatch(/暴力団/);
      expect(typeof law?.antisocial.confirmed).toBe('boolean');
      if (law?.antisocial.benefitArticle)
        expect(law.antisocial.benefitArticle).toMatch(/^第\d+条$/);
    }
  });
});

describe('customer-harassment ordinances', () => {
  const entries = Object.entries(CUSTOMER_HARASSMENT_ORDINANCES);

  it('has entries', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)(
    '%s has a name, an ISO effective date, a duties sentence and a short measure',
    (prefecture, o) => {
      expect(o?.name).toMatch(/^.+条例$/);
      expect(o?.name.startsWith(prefecture)).toBe(true);
      expect(o?.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${o?.effective}T00:00:00Z`).toISOString().slice(0, 10)).toBe(o?.effective);
      expect(o?.duties).toMatch(/。$/);
      // The table cell: short, and no article numbers that would read as the guideline's own.
      expect(o?.measure).not.toMatch(/第[0-9０-９]+条|。$/);
      expect(o?.measure.length).toBeLessThanOrEqual(60);
      if (o?.number !== null) expect(o?.number).toMatch(/^令和\d+年.+条例第\d+号$/);
    },
  );
});
