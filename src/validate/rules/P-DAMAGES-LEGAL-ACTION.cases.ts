import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-DAMAGES-LEGAL-ACTION';

export default {
  ok: [
    {
      name: '「刑事告訴、民事訴訟の提起」',
      ref: 'L-keiji-kokuso',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'damages',
          'legal-action',
          '告訴、告発、民事上の損害賠償請求、仮処分の申立て',
          '刑事告訴、民事訴訟の提起',
        ),
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'legal action deleted (the support 項 still names 告訴)',
      ref: 'LEGAL-del',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('damages', 'legal-action'),
      expect: [
        {
          rule,
          article: 'damages',
          paragraph: 'support',
          message: '「民事上の措置（損害賠償請求等）」、「措置を講ずる旨」の定めが見当たりません',
        },
      ],
    },
    {
      name: 'no legal action taken',
      ref: 'LEGAL-reverse',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) =>
        e.replace(
          'damages',
          'legal-action',
          '法的措置を講ずることができる',
          '法的措置を講じないものとする',
        ),
      expect: [
        {
          rule,
          article: 'damages',
          paragraph: 'legal-action',
          message: '「措置を講ずる旨」の定めが見当たりません',
        },
      ],
    },
  ],
} satisfies RuleCases;
