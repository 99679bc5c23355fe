import type { Document } from '../../model/types.js';
import { numberOf, PHONE, type Expected, type RuleCases } from '../fixtures/edit.js';

export default {
  ok: [
    { name: 'email only: not required', bases: ['email'], kind: 'as-generated', expect: [] },
    {
      name: 'calls not recorded: not required',
      bases: ['services'],
      kind: 'as-generated',
      expect: [],
    },
    {
      name: '「通話を録音することがある」',
      bases: PHONE,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'records',
          'recording',
          '通話の内容を録音することができる',
          '通話の内容を録音することがある',
        ),
      expect: [],
    },
  ],
  notOk: [
    {
      // The references to the 項 are left as a reader would see them: still 「第N条第2項」.
      name: 'recording paragraph deleted while the intake article still announces it',
      ref: 'CALLS-del',
      bases: PHONE,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('records', 'recording'),
      resolve: false,
      expect: (doc) => calls(doc, false),
      // LibreOffice updates the fields on opening: the 項 field then shows its error text.
      expectFor: { libreoffice: (doc) => calls(doc, true) },
    },
  ],
} satisfies RuleCases;

function calls(doc: Document, updated: boolean): Expected[] {
  const n = numberOf(doc, 'records');
  const records = `第${n}条（相談の記録）第2項`;
  return [
    {
      rule: 'P-RECORD-CALLS',
      article: 'records',
      message: '「当社が通話を録音する旨」の定めが見当たりません',
    },
    {
      rule: 'C-RECORDING-NOTICE',
      article: 'intake-method',
      paragraph: 'recording-notice',
      message: '通話を録音するとしていますが、相談者への録音の告知の定めがありません',
    },
    {
      rule: 'C-XREF',
      article: 'intake-method',
      paragraph: 'recording-notice',
      message: updated
        ? `「Error: Reference source not found」の参照先の項（recording）が第${n}条（相談の記録）にありません`
        : `「第${n}条第2項に定めるところにより」とありますが、${records}は通話の録音の項ではありません`,
    },
    {
      rule: 'C-XREF',
      article: 'record-management',
      paragraph: 'retention',
      message: updated
        ? `「Error: Reference source not found」の参照先の項（recording）が第${n}条（相談の記録）にありません`
        : `「同条第2項の規定により録音」とありますが、${records}は通話の録音の項ではありません`,
    },
  ];
}
