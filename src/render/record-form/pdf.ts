// RecordForm → record-form.pdf: the form's 12-column grid as one ruled table on an A4 page.
import type { DocumentMeta } from '../../model/types.js';
import type { RecordForm } from '../../record-form/form.js';
import { BODY, PdfComposer, TEXT_WIDTH, type PdfOptions } from '../pdf/composer.js';

export function renderRecordFormPdf(
  form: RecordForm,
  meta: DocumentMeta,
  options: PdfOptions,
): Promise<Uint8Array> {
  const pdf = new PdfComposer({ ...meta, title: `${meta.title} ${form.title}` }, options);
  const { regular, bold } = pdf.faces;
  pdf.blocks([
    { text: form.title, face: bold, size: 16, pitch: 30, align: 'center', first: 0, rest: 0 },
    {
      text: `${form.company}\u3000${form.desk}`,
      face: regular,
      size: BODY,
      align: 'right',
      first: 0,
      rest: 0,
      after: 4,
    },
  ]);
  const col = TEXT_WIDTH / 12;
  // Each form row is its own one-row table: rows differ in how they divide the 12 columns.
  for (const row of form.rows) {
    pdf.table(
      row.map((c) => col * c.span),
      [
        row.map((c) => ({
          text: c.label,
          ...(c.text ? { detail: c.text } : {}),
          head: c.head ?? false,
          align: c.text && !c.label ? ('center' as const) : ('left' as const),
        })),
      ],
      { minLines: [Math.max(...row.map((c) => c.lines))], size: 9 },
    );
  }
  pdf.block({
    text: form.note,
    face: regular,
    size: 9,
    align: 'left',
    first: 0,
    rest: 0,
    before: 4,
  });
  return pdf.finish(false);
}
