// Reads a PDF back with pdf.js: text per page as lines (items grouped by baseline), page sizes
// and the outline.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfRead {
  pages: { width: number; height: number; lines: string[] }[];
  outline: string[];
  info: Record<string, unknown>;
}

/** Opens a PDF with pdf.js, with no system fonts: the text layer is what the file itself holds. */
function openPdf(data: Uint8Array) {
  return getDocument({
    data: new Uint8Array(data),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
}

export async function readPdf(data: Uint8Array): Promise<PdfRead> {
  const pdf = await openPdf(data);
  const pages: PdfRead['pages'] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const rows = new Map<number, { x: number; s: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const y = Math.round(item.transform[5] as number);
      const row = rows.get(y) ?? [];
      row.push({ x: item.transform[4] as number, s: item.str });
      rows.set(y, row);
    }
    const lines = [...rows.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([, row]) =>
        row
          .sort((a, b) => a.x - b.x)
          .map((r) => r.s)
          .join(''),
      );
    pages.push({ width, height, lines });
  }
  const outline = ((await pdf.getOutline()) ?? []).map((o) => o.title);
  const meta = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, outline, info: meta.info as Record<string, unknown> };
}

export interface PdfItem {
  page: number;
  x: number;
  y: number;
  /** Font size in points. */
  size: number;
  str: string;
}

/** Every text item with its 1-based page and position (for reading table columns). */
export async function readPdfItems(data: Uint8Array): Promise<PdfItem[]> {
  const pdf = await openPdf(data);
  const out: PdfItem[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
      out.push({ page: n, x, y, size: Math.hypot(a, b), str: item.str });
    }
  }
  await pdf.destroy();
  return out;
}

/** The outline's entries with the 1-based page each points at. */
export async function readPdfOutlinePages(
  data: Uint8Array,
): Promise<{ title: string; page: number }[]> {
  const pdf = await openPdf(data);
  const out: { title: string; page: number }[] = [];
  for (const item of (await pdf.getOutline()) ?? []) {
    const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
    const ref = Array.isArray(dest) ? dest[0] : undefined;
    const page = ref && typeof ref === 'object' ? (await pdf.getPageIndex(ref as never)) + 1 : -1;
    out.push({ title: item.title, page });
  }
  await pdf.destroy();
  return out;
}
