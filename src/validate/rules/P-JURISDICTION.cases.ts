import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-JURISDICTION';

export default {
  ok: [
    {
      name: '「日本国の法令に準拠し、これに従って」',
      ref: 'L-nihonkoku',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'jurisdiction',
          1,
          '日本法に準拠し、日本法に従って',
          '日本国の法令に準拠し、これに従って',
        ),
      expect: [],
    },
    {
      name: '第1項 and 第2項 in one sentence',
      ref: 'merge-jurisdiction',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => {
        e.replace(
          'jurisdiction',
          1,
          '解釈されるものとする。',
          '解釈されるものとし、本ガイドラインに基づく相談に関し相談者との間に紛争が生じたときは、まず相談者との誠実な協議によりその解決に努めるものとする。',
        );
        e.removeParagraph('jurisdiction', 2);
      },
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'court deleted',
      ref: 'JURIS-del-court',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('jurisdiction', 3),
      expect: [
        { rule, article: 'jurisdiction', message: '「第一審の裁判所」の定めが見当たりません' },
      ],
    },
    {
      name: 'governing law deleted',
      ref: 'JURIS-del-law',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('jurisdiction', 1),
      expect: [{ rule, article: 'jurisdiction', message: '「日本法」の定めが見当たりません' }],
    },
  ],
} satisfies RuleCases;
