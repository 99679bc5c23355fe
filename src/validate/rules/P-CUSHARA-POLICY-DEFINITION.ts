import { defineNoticeRule, requireInSection } from '../notice-rule.js';

// The public policy states the statutory concept (労働施策総合推進法第33条第1項: 顧客等言動).
export default defineNoticeRule({
  id: 'P-CUSHARA-POLICY-DEFINITION',
  severity: 'error',
  summary:
    'カスタマーハラスメントに対する基本方針が、顧客等（事業に関係を有する者）の言動であって、社会通念上許容される範囲を超え、就業環境を害するものという法律の定義を示すこと（労働施策総合推進法第33条第1項）',
  documents: ['cushara-policy'],
  check: ({ notice }) =>
    requireInSection(notice, 'definition', 'カスタマーハラスメントの定義', [
      { what: '「カスタマーハラスメント」の定義', re: /「カスタマーハラスメント」とは/ },
      { what: '事業に関係を有する者', re: /事業に関係を有する者/ },
      { what: '社会通念上許容される範囲を超えること', re: /社会通念上許容される範囲を超え/ },
      { what: '就業環境が害されること', re: /就業環境(が|を)害/ },
    ]),
});
