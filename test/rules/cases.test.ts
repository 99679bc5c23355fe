// Every rule's ok and not-ok cases (src/validate/rules/*.cases.ts) through every reader: the
// edited model, its Markdown, its .docx, and that .docx saved by LibreOffice (skipped without
// soffice, except under CI). Each must give exactly the findings the case names (rule, severity,
// 「第N条（見出し）」, 項, message), the same for every reader.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allCases,
  expectedOf,
  key,
  prepare,
  read,
  readersOf,
  saveWithLibreOffice,
  type Prepared,
} from '../../scripts/measure-validator.js';
import { RULES } from '../../src/validate/catalog.js';
import { CASES } from '../../src/validate/fixtures/index.js';
import { sofficeSkip } from '../helpers/libreoffice.js';

const runs = allCases().flatMap(({ rule, ok, case: c }) =>
  c.bases.map((base) => ({
    rule,
    ok,
    c,
    base,
    id: `${rule} ${ok ? 'ok' : 'not-ok'}: ${c.name} [${base}]`,
  })),
);
const prepared = new Map<string, Prepared>();
const get = (id: string): Prepared => {
  let p = prepared.get(id);
  if (!p) {
    const run = runs.find((r) => r.id === id)!;
    p = prepare(run.c, run.base);
    prepared.set(id, p);
  }
  return p;
};

const sorted = (xs: { rule: string }[]) => xs.map((x) => key(x as never)).sort();

describe('rule cases', () => {
  it('should have ok and not-ok cases for every rule, and a rule for every case file', () => {
    const ids = RULES.map((r) => r.id).sort();
    expect(
      Object.keys(CASES)
        .filter((k) => k !== '*')
        .sort(),
    ).toEqual(ids);
    for (const id of ids) {
      expect(CASES[id]!.ok.length, id).toBeGreaterThan(0);
      expect(CASES[id]!.notOk.length, id).toBeGreaterThan(0);
    }
  });

  for (const run of runs) {
    it(`${run.id}`, () => {
      const p = get(run.id);
      for (const reader of p.readers.filter((r) => r !== 'libreoffice'))
        expect(sorted(read(p, reader)), reader).toEqual(
          sorted(expectedOf(run.c, run.base, p.doc, reader)),
        );
    });
  }
});

describe.skipIf(sofficeSkip)('rule cases, .docx saved by LibreOffice', () => {
  const converted = new Map<string, Uint8Array>();
  const withLo = runs.filter((r) => readersOf(r.c).includes('libreoffice'));

  beforeAll(async () => {
    const files = new Map(withLo.map((r) => [r.id, get(r.id).docx!] as const));
    for (const [id, data] of await saveWithLibreOffice(files)) converted.set(id, data);
  }, 900_000);

  for (const run of withLo) {
    it(`${run.id}`, () => {
      const p = get(run.id);
      expect(sorted(read(p, 'libreoffice', converted.get(run.id)))).toEqual(
        sorted(expectedOf(run.c, run.base, p.doc, 'libreoffice')),
      );
    });
  }
});
