import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-AMENDMENT';

export default {
  ok: [
    {
      name: '「本ガイドラインを改めることができる」',
      ref: 'L-aratameru',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => e.replace('amendment', 1, '改定することができる', '改めることができる'),
      expect: [],
    },
    {
      name: '「変更することができる」',
      ref: 'L-kaitei',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => e.replace('amendment', 1, '改定することができる', '変更することができる'),
      expect: [],
    },
    {
      name: 'the power and the announcement in one sentence',
      ref: 'merge-amendment',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => {
        e.replace(
          'amendment',
          1,
          '改定することができる。',
          '改定することができるものとし、改定するときは、改定後の本ガイドラインの内容及びその施行日を、施行日までに相当の期間を置いて、ウェブサイトへの掲載により周知するものとする。',
        );
        e.removeParagraph('amendment', 'announcement');
      },
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'power to amend deleted (「改定は…により行う」 left)',
      ref: 'AMEND-del-can',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('amendment', 1),
      expect: [{ rule, article: 'amendment', message: '「改定できる旨」の定めが見当たりません' }],
    },
    {
      name: 'announcement deleted (「前項の規定により周知した」 left)',
      ref: 'AMEND-del-notice',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('amendment', 'announcement'),
      expect: [{ rule, article: 'amendment', message: '「周知の方法」の定めが見当たりません' }],
    },
  ],
} satisfies RuleCases;
