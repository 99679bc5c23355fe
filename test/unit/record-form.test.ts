// The 相談記録票: the form as data (every record item of the records article has its field, only an
// item no field covers gets a row, nothing twice), and the real Word and PDF files read back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/assemble/assemble.js';
import { buildText } from '../../src/build.js';
import { parseConfigText } from '../../src/config/load.js';
import { defaultRecordItems, type ConfigInput } from '../../src/config/schema.js';
import type { Document } from '../../src/model/types.js';
import {
  CRITERIA_COLUMNS,
  FIELD_IDS,
  FIVE_CRITERIA,
  FOUR_ELEMENTS,
  recordForm,
  recordItemFields,
  type FieldId,
  type RecordForm,
} from '../../src/record-form/form.js';
import { allOptional, configWith } from '../helpers/build.js';
import { assertWellFormed, docxParts } from '../helpers/docx.js';
import { readPdf } from '../helpers/pdf.js';

const repo = path.resolve(import.meta.dirname, '../..');
const example = (name: string) => readFileSync(path.join(repo, 'examples', `${name}.yaml`), 'utf8');

/** Record items no fixed field covers, and two that duplicate fixed fields (legal review 31). */
const CUSTOM = ['相談者の年齢層', '返品・交換の有無', '関係部署への報告の有無'];
const DUPLICATES = ['相談の方法', '社内での共有先'];

/** Every optional article, anonymous consultations, all four channels, recorded calls. */
const allOptionsConfig: ConfigInput = configWith({
  intake: {
    channels: [
      { type: 'phone', number: '0120-000-000', hours: '毎日午前10時から午後6時まで' },
      { type: 'email', address: 'cs@example.jp' },
      { type: 'webform', url: 'https://example.jp/support' },
      { type: 'postal', address: '〒530-0001 大阪府大阪市北区梅田一丁目1番1号' },
    ],
    anonymous: true,
  },
  records: {
    items: [...defaultRecordItems(true), ...DUPLICATES, ...CUSTOM],
    callRecording: true,
    anonymizedUse: true,
  },
  optional: allOptional,
});

const RECORD_FORM_CONFIGS: [string, string][] = [
  ['sample', example('sample')],
  ['email-only', example('email-only')],
  ['full-options', example('full-options')],
  ['all-options', stringify(allOptionsConfig)],
];

function documentOf(text: string): Document {
  return assemble(parseConfigText(text, 'c.yaml', repo)).document;
}

function formOf(config: ConfigInput): RecordForm {
  return recordForm(documentOf(stringify(config)));
}

const front = (f: RecordForm) => f.pages[0].rows.flatMap((r) => r.cells);
const captions = (f: RecordForm) => front(f).map((c) => c.label);

/** What page 1 shows for a field: a record item recorded there must find this on the page. */
function fieldLabel(field: FieldId, doc: Document): string {
  const labels: Record<Exclude<FieldId, 'custom'>, string> = {
    number: '受付番号',
    received: '受付日時',
    channel: '受付方法',
    recording: '通話の録音',
    name: '相談者氏名',
    contact: '連絡先',
    agent: '代理人氏名',
    product: doc.meta.productRole === 'services' ? '対象のサービス・契約' : '製品名',
    facts: '事実',
    complaint: '不満',
    opinion: '意見',
    demand: '要求',
    judgement: '判断者',
    response: '対応内容',
    flags: '該当事項',
    antisocial: '反社会的勢力の疑い',
    consent: '相談者の同意',
    handler: '応対者',
    manager: '窓口責任者確認',
    sharing: '共有先',
    end: '終了の理由',
    retention: '保存期限',
    log: '経過記録',
  };
  return field === 'custom' ? '' : labels[field];
}

describe('相談記録票: record items and fields', () => {
  const all = new Set<FieldId>(FIELD_IDS);

  it('should map every default record item to a field, in both identity variants and digit styles', () => {
    for (const anonymous of [false, true]) {
      for (const item of defaultRecordItems(anonymous)) {
        const fields = recordItemFields(item, all);
        expect(fields, item).not.toContain('custom');
        expect(fields.length, item).toBeGreaterThan(0);
      }
    }
    const expected: FieldId[][] = [
      ['received', 'channel'],
      ['agent', 'name', 'contact'],
      ['product'],
      ['facts', 'complaint', 'opinion', 'demand'],
      ['handler', 'response', 'log'],
      ['judgement'],
      ['end'],
      ['sharing'],
    ];
    defaultRecordItems(false).forEach((item, i) =>
      expect(new Set(recordItemFields(item, all)), item).toEqual(new Set(expected[i])),
    );
  });

  it('should map the old default list and the items that duplicated fixed fields to those fields', () => {
    for (const item of [
      '相談の内容',
      '相談の日時',
      '相談者の氏名及び連絡先',
      '応対者',
      '応対の内容及び結果',
      ...DUPLICATES,
      '購入店舗',
      '通話の録音の有無',
      '製品事故の有無',
      '製造者等への開示についての相談者の同意',
      '保存期限',
    ]) {
      expect(recordItemFields(item, all), item).not.toContain('custom');
    }
    expect(recordItemFields('相談の方法', all)).toEqual(['channel']);
    expect(recordItemFields('社内での共有先', all)).toEqual(['sharing']);
    expect(recordItemFields('反社会的勢力の疑い', all)).toEqual(['antisocial']);
    const noAntisocial = new Set([...all].filter((f) => f !== 'antisocial'));
    expect(recordItemFields('反社会的勢力の疑い', noAntisocial)).toEqual(['custom']);
  });

  it('should give an item its own row when part of what it says has no field', () => {
    for (const item of [...CUSTOM, '製品の保証期間', '苦情の分類']) {
      expect(recordItemFields(item, all), item).toEqual(['custom']);
    }
    // 録音 has a field only where calls are recorded.
    const noRecording = new Set([...all].filter((f) => f !== 'recording'));
    expect(recordItemFields('通話の録音の有無', noRecording)).toEqual(['custom']);
  });

  it('should put each default item on an existing field of the form and add no row for any', () => {
    const form = formOf(configWith({}));
    expect(form.items.map((i) => i.item)).toEqual(defaultRecordItems(false));
    expect(form.items.every((i) => !i.fields.includes('custom'))).toBe(true);
    expect(front(form).filter((c) => c.field === 'custom')).toEqual([]);
  });

  it('should add one row per custom item and none for an item a fixed field already records', () => {
    const form = formOf(allOptionsConfig);
    const custom = front(form).filter((c) => c.field === 'custom');
    expect(custom.map((c) => c.label)).toEqual(CUSTOM);
    for (const fixed of ['受付方法', '共有先']) {
      expect(
        captions(form).filter((l) => l === fixed),
        fixed,
      ).toHaveLength(1);
    }
    expect(captions(form)).not.toContain('相談の方法');
    expect(captions(form)).not.toContain('社内での共有先');
  });

  it('should carry the guideline fields: channels, identity, product, four elements, five criteria, end and retention', () => {
    const form = formOf(allOptionsConfig);
    const text = front(form)
      .flatMap((c) => [c.label, c.text ?? '', c.hint ?? ''])
      .join('\n');
    for (const w of [
      '受付番号',
      '受付日時',
      '□電話',
      '□電子メール',
      '□ウェブサイト上の相談フォーム',
      '□郵便',
      '通話の録音',
      '□匿名',
      '連絡先',
      '代理人氏名',
      '代理権の確認方法',
      '□委任状',
      '製品名',
      '型番・ロット',
      '購入日',
      '購入先',
      ...FOUR_ELEMENTS,
      ...FIVE_CRITERIA,
      ...CRITERIA_COLUMNS,
      '総合判断',
      '□応じる（全部・一部）',
      '□応じない',
      '判断者',
      '判断日',
      '□製品事故・安全に関わる',
      '□カスタマーハラスメント（警告・警察への相談）',
      '□反社会的勢力の疑い',
      '□紛争・保存延長（リーガルホールド）',
      '製造者等への開示についての相談者の同意',
      '応対者',
      '窓口責任者確認',
      '共有先',
      '共有日',
      '終了日',
      '終了の理由',
      '□納得',
      '□取下げ',
      '□説得困難',
      '□受付の拒絶',
      '□その他',
    ]) {
      expect(text, w).toContain(w);
    }
    expect(text).not.toMatch(/上長確認|☐|該当／|非該当/);
    expect(form.note).toBe(
      '保存期間：相談応対を終了した日の翌日から５年（事故又は紛争のおそれがあるときは延長）',
    );
    const back = form.pages[1];
    expect(back.title).toBe('経過記録');
    expect(back.rows.flatMap((r) => r.cells).map((c) => c.label)).toEqual(
      expect.arrayContaining(['受付番号', '日時', '方法', '応対者', '内容', '次の対応']),
    );
  });

  it('should follow the config: no phone, no anonymity, no 反社 article, services, other retention', () => {
    const form = formOf(
      configWith({
        company: { productRole: 'services' },
        intake: { channels: [{ type: 'email', address: 'a@example.jp' }] },
        records: { retention: { months: 6 } },
        optional: { antisocialForces: false },
      }),
    );
    const text = front(form)
      .flatMap((c) => [c.label, c.text ?? ''])
      .join('\n');
    expect(text).not.toMatch(/電話|録音|匿名|反社会的勢力|製品名|型番/);
    expect(text).toContain('対象のサービス・契約');
    expect(text).toContain('関係事業者への開示についての相談者の同意');
    expect(form.note).toContain('翌日から６か月');
  });

  it('should keep page 1 within its page however many custom items there are', () => {
    const many = Array.from({ length: 24 }, (_, i) => `追加の記録事項${i + 1}`);
    const form = formOf(
      configWith({
        intake: { anonymous: true },
        records: { items: [...defaultRecordItems(true), ...many] },
        optional: allOptional,
      }),
    );
    const [page1, page2] = form.pages;
    const height = page1.rows.reduce((h, r) => h + r.height + (r.gapBefore ?? 0), 0);
    const available = ((297 - page1.margin.top - page1.margin.bottom) / 25.4) * 72 - 60;
    expect(height).toBeLessThan(available);
    const everywhere = [...page1.rows, ...page2.rows].flatMap((r) => r.cells.map((c) => c.label));
    const custom = form.items.filter((i) => i.fields.includes('custom')).map((i) => i.item);
    expect(custom).toHaveLength(many.length);
    for (const item of custom) expect(everywhere, item).toContain(item);
  });
});

interface Rendered {
  doc: Document;
  form: RecordForm;
  docx: Uint8Array;
  pages: string[][];
}

async function render(text: string): Promise<Rendered> {
  const result = await buildText(text, ['docx', 'pdf'], ['record-form'], 'c.yaml', repo);
  const docx = result.files.find((f) => f.name === 'record-form.docx')!.data as Uint8Array;
  const pdf = result.files.find((f) => f.name === 'record-form.pdf')!.data as Uint8Array;
  const read = await readPdf(pdf);
  return {
    doc: result.document,
    form: recordForm(result.document),
    docx,
    pages: read.pages.map((p) => p.lines),
  };
}

describe.each(RECORD_FORM_CONFIGS)('相談記録票 of %s, read back', (_name, text) => {
  it('should print page 1 on one A4 page and the 経過記録 on page 2 of the PDF', async () => {
    const { doc, form, pages } = await render(text);
    expect(pages).toHaveLength(2);
    const page1 = pages[0]!.join('\n');
    const page2 = pages[1]!.join('\n');
    for (const w of ['相談記録票', '受付番号', '終了日', '判断者', '事実', '不満', '意見', '要求'])
      expect(page1, w).toContain(w);
    expect(page1).toContain(
      doc.meta.productRole === 'services' ? '対象のサービス・契約' : '製品名',
    );
    expect(page1).toContain(`翌日から${doc.meta.intake.retention}`);
    expect(page1).not.toContain('経過記録');
    expect(page2).toContain('経過記録');
    expect(page2).toContain('受付番号');
    for (const c of ['日時', '方法', '応対者', '内容', '次の対応']) expect(page2).toContain(c);
    expect(`${page1}${page2}`).not.toContain('〓');
    // Every item of the records article is on the form: its field, or its own row.
    const flat = page1.replace(/\n/g, '');
    for (const { item, fields } of form.items) {
      for (const f of fields) {
        const want = f === 'custom' ? item : fieldLabel(f, doc);
        expect(f === 'log' ? page2 : flat, `${item} → ${f}`).toContain(want);
      }
    }
    expect(page1.includes('通話の録音')).toBe(doc.meta.intake.callRecording);
    expect(page1.includes('匿名')).toBe(doc.meta.intake.anonymous);
    expect(page1.includes('反社会的勢力')).toBe(
      doc.articles.some((a) => a.id === 'antisocial-forces'),
    );
    for (const ch of doc.meta.intake.channels) expect(page1).toContain(`□${ch}`);
  });

  it('should write Word rows that grow with typed text, two sections, the same bytes each time', async () => {
    const { form, docx } = await render(text);
    const parts = docxParts(docx);
    assertWellFormed(parts);
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).not.toContain('hRule="exact"');
    expect(xml).toContain('hRule="atLeast"');
    // Page 1 is its own section (its margins), page 2 the document's last one.
    expect(xml.match(/<w:sectPr>|<w:sectPr /g)).toHaveLength(2);
    for (const w of ['相談記録票', '経過記録', '終了の理由', '判断者', '認められない'])
      expect(xml, w).toContain(w);
    for (const { item, fields } of form.items)
      if (fields.includes('custom')) expect(xml, item).toContain(item);
    const again = await render(text);
    expect(Buffer.from(again.docx).equals(Buffer.from(docx))).toBe(true);
  });
});
