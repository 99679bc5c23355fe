import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-INTAKE-CHANNELS';
const other =
  '前項に定める方法以外の方法（相談窓口以外の部署又は従業員等に対する直接の連絡を含む。）による相談は、受け付けないものとする。';

export default {
  ok: [
    {
      name: '「前項に定める方法によらない相談…には、応じない」',
      ref: 'L-yoranai',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'intake-method',
          'other-methods',
          other,
          '前項に定める方法によらない相談（相談窓口以外の部署又は従業員等に対する直接の連絡によるものを含む。）には、応じないものとする。',
        ),
      expect: [],
    },
    {
      name: '「前項の方法に限り受け付ける」',
      bases: ['sample'],
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'intake-method',
          'other-methods',
          other,
          '相談を、前項に定める方法に限り受け付けるものとする。',
        ),
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'no restriction to the listed methods',
      ref: 'INTAKE-del-other',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('intake-method', 'other-methods'),
      expect: [
        {
          rule,
          article: 'intake-method',
          message: '「それ以外の方法では受け付けない旨」の定めが見当たりません',
        },
      ],
    },
    {
      name: 'other methods accepted too',
      ref: 'INTAKE-reverse',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) =>
        e.replace(
          'intake-method',
          'other-methods',
          'による相談は、受け付けないものとする',
          'による相談も、受け付けるものとする',
        ),
      expect: [
        {
          rule,
          article: 'intake-method',
          message: '「それ以外の方法では受け付けない旨」の定めが見当たりません',
        },
      ],
    },
  ],
} satisfies RuleCases;
