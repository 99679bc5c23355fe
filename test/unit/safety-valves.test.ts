// The safety valves of the guideline: wherever a rule lets staff refuse, end or limit a response,
// the text keeps what the law requires going (legal liability, safety reports, legal notices,
// reasonable accommodation), and the product-accident duties follow what the company is.
import { describe, expect, it } from 'vitest';
import type { ConfigInput } from '../../src/config/schema.js';
import type { Document } from '../../src/model/types.js';
import { allOptional, build, configWith, documentText } from '../helpers/build.js';

function articleText(doc: Document, id: string): string {
  const text = documentText(doc);
  const article = doc.articles.find((a) => a.id === id);
  if (!article) return '';
  const start = text.indexOf(`（${article.title}）`);
  const next = doc.articles.find((a) => a.number === article.number + 1);
  const end = next ? text.indexOf(`（${next.title}）`) : text.indexOf('附則');
  return text.slice(start, end);
}

const configs: [string, ConfigInput][] = [
  ['13 articles', configWith({})],
  ['every option', configWith({ optional: allOptional, intake: { anonymous: true } })],
  [
    'email only, every option',
    configWith({
      optional: allOptional,
      intake: { channels: [{ type: 'email', address: 'help@example.jp' }] },
    }),
  ],
];

describe('safety valves', () => {
  // A test is registered only for the configs whose guideline has the article it is about.
  for (const [name, config] of configs) {
    const doc = build(config).document;
    const on = (id: string) => doc.articles.some((a) => a.id === id);

    it(`should offer reasonable accommodation outside the listed channels (障害者差別解消法第8条第2項) — ${name}`, () => {
      const intake = articleText(doc, 'intake-method');
      expect(intake).toMatch(
        /障害その他の事情により第[１1]項に定める方法によって相談をすることが困難/,
      );
      expect(intake).toMatch(
        /当該配慮の実施に伴う負担が過重でないときは、他の方法による相談の受付その他の必要かつ合理的な配慮/,
      );
      expect(articleText(doc, 'intake-refusal')).toContain(
        '相談者の障害の特性その他の事情に配慮し',
      );
    });

    it(`should never refuse safety information or legal notices as a refused consultation — ${name}`, () => {
      expect(articleText(doc, 'intake-refusal')).toMatch(
        /製品等の安全に関する情報の提供及び法令上の効果を伴う通知については、その受付を拒まない/,
      );
    });

    if (on('demand-criteria'))
      it(`should meet the legitimate part of a demand and never refuse legal liability — ${name}`, () => {
        const text = articleText(doc, 'demand-criteria');
        expect(text).toContain(
          '要求の全部又は一部が正当と認められるときは、その正当と認められる範囲において誠実にこれに応じる',
        );
        expect(text).toMatch(
          /要求の一部が不当要求であること又は要求の手段若しくは態様が[^。]*法令に基づき負う責任の履行を拒まない/,
        );
      });

    if (on('antisocial-forces'))
      it(`should keep safety reports, legal notices and liability going against 反社 and give no reason on termination — ${name}`, () => {
        expect(articleText(doc, 'antisocial-forces')).toMatch(
          /製品等の安全に関する情報の受付、法令上の効果を伴う通知の受領及び当社が法令に基づき負う責任の履行を妨げるものではない/,
        );
        // The article named there is the antisocial-forces article, by its printed heading.
        const heading = /(第[０-９0-9]+条)（反社会的勢力の排除）/.exec(documentText(doc))?.[1];
        expect(heading).toBeDefined();
        expect(articleText(doc, 'termination')).toContain(
          `${heading}第１項の規定により相談応対を終了するときは`,
        );
      });

    if (on('written-statements'))
      it(`should let the company send its own apology letter — ${name}`, () => {
        expect(articleText(doc, 'written-statements')).toMatch(
          /自らの判断により、確認した事実の範囲内で謝罪の意を表する書面を相談者に交付することができる/,
        );
      });

    if (on('customer-harassment'))
      it(`should keep liability, safety reports and legal notices outside the harassment measures — ${name}`, () => {
        expect(articleText(doc, 'customer-harassment')).toMatch(
          /前項の規定は、当社が法令に基づき負う責任の履行、製品等の安全に関する情報の受付及び法令上の効果を伴う通知の受領を妨げるものではない/,
        );
      });

    it(`should hold what the customer sent and what the company sent in the records — ${name}`, () => {
      expect(articleText(doc, 'record-management')).toMatch(
        /相談に関して相談者から受領し、又は相談者に送付した電子メール、書面、写真その他の資料（以下「相談記録」という。）/,
      );
    });
  }
});

describe('product accidents (消費生活用製品安全法)', () => {
  const policy = (role: 'manufacturer' | 'seller' | 'both' | 'services') =>
    articleText(build(configWith({ company: { productRole: role } })).document, 'response-policy');

  it('should escalate every accident report to the desk manager, whatever the company does', () => {
    for (const role of ['manufacturer', 'seller', 'both', 'services'] as const) {
      expect(policy(role)).toMatch(
        /事故に関する相談を受けたときは、直ちにこれを窓口責任者に報告し/,
      );
    }
  });

  it('should report a serious accident to the 内閣総理大臣 within 10 days for a manufacturer or importer (第35条第1項)', () => {
    expect(policy('manufacturer')).toMatch(
      /同法第３５条第１項及びこれに基づく内閣府令の定めるところにより、重大製品事故が生じたことを知った日から起算して１０日以内に、内閣総理大臣に報告/,
    );
    expect(policy('manufacturer')).not.toContain('製造又は輸入の事業を行う者に通知');
  });

  it('should notify the manufacturer for a seller (第34条第2項) and not claim the report duty', () => {
    expect(policy('seller')).toContain('その旨を当該製品の製造又は輸入の事業を行う者に通知する');
    expect(policy('seller')).not.toContain('内閣総理大臣');
  });

  it('should carry both duties for a company that does both, and neither for services only', () => {
    expect(policy('both')).toContain('内閣総理大臣に報告');
    expect(policy('both')).toContain('製造又は輸入の事業を行う者に通知');
    expect(policy('services')).not.toMatch(/重大製品事故|消費生活用製品安全法/);
  });
});
