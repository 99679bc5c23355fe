import { BOTH, type RuleCases } from '../fixtures/edit.js';

const rule = 'P-POLICY-FACTS';
const message = '「事実確認の前には回答しない旨」の定めが見当たりません';

export default {
  ok: [
    {
      name: '「確認するまでは…回答を差し控える」',
      ref: 'L-sashihikae',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) => {
        e.replace('response-policy', 'facts-first', '確認する前に', '確認するまでは');
        e.replace(
          'response-policy',
          'facts-first',
          '回答をしないものとする',
          '回答を差し控えるものとする',
        );
      },
      expect: [],
    },
    {
      name: '「事実関係の調査を終えるまでは」',
      ref: 'L-chousa',
      bases: BOTH,
      kind: 'reworded',
      edit: (_, e) =>
        e.replace(
          'response-policy',
          'facts-first',
          '事実関係を確認する前に',
          '事実関係の調査を終えるまでは',
        ),
      expect: [],
    },
    {
      name: 'a 10-character short name between the words (code.md finding 4)',
      bases: ['group'],
      kind: 'as-generated',
      expect: [],
    },
  ],
  notOk: [
    {
      name: 'facts paragraph deleted',
      ref: 'FACTS-del',
      bases: BOTH,
      kind: 'deleted',
      edit: (_, e) => e.removeParagraph('response-policy', 'facts-first'),
      expect: [{ rule, article: 'response-policy', message }],
    },
    {
      name: 'an answer allowed before the facts',
      ref: 'FACTS-reverse',
      bases: BOTH,
      kind: 'reversed',
      edit: (_, e) =>
        e.replace(
          'response-policy',
          'facts-first',
          '回答をしないものとする',
          '回答をすることができる',
        ),
      expect: [{ rule, article: 'response-policy', message }],
    },
  ],
} satisfies RuleCases;
