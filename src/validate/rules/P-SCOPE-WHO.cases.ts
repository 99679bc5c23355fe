import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-SCOPE-WHO';

export default {
  ok: [
    {
      name: '「製品等を購入し、若しくは購入しようとする者」',
      ref: 'L-konyu-shiyou',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'intake-scope',
          1,
          '製品等の購入者（製品等を使用し、又は利用する者を含む。）若しくは購入予定者',
          '製品等を購入し、若しくは購入しようとする者（製品等を使用し、又は利用する者を含む。）',
        ),
      expect: [],
    },
    {
      name: '「相談に限って受け付ける」',
      ref: 'L-kagitte',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'intake-scope',
          1,
          'に関する相談に限り、これを受け付けるものとする',
          'に関する相談に限って受け付けるものとする',
        ),
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'anyone may consult (「に限り」 removed; 第2項 still says 限り)',
      ref: 'SCOPE-WHO-break',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) =>
        e.replace(
          'intake-scope',
          1,
          'に関する相談に限り、これを受け付けるものとする',
          'に関する相談を受け付けるものとする',
        ),
      expect: [
        {
          rule,
          article: 'intake-scope',
          paragraph: 1,
          message: '「受付をそれに限る旨」の定めが見当たりません',
        },
      ],
    },
    {
      name: 'scope paragraph deleted',
      ref: 'SCOPE-WHO-del',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('intake-scope', 1),
      expect: [
        {
          rule,
          article: 'intake-scope',
          paragraph: 1,
          message: '「購入者又は購入予定者」の定めが見当たりません',
        },
      ],
    },
  ],
} satisfies RuleCases;
