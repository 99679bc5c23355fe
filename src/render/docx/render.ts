// Document → guideline.docx. WordprocessingML is written directly (the `docx` package cannot set
// leftChars/hangingChars, 禁則 settings, REF fields with cached results or the Company property),
// and zipped with fixed entry times so that one config always gives the same bytes.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Document, DocumentMeta } from '../../model/types.js';
import { bodyXml, type RevisionAuthor } from './body.js';
import { ARTICLE_NUM_ID, NumberingBuilder } from './numbering.js';
import { stylesXml } from './styles.js';
import { PAGE } from './units.js';
import { NS, XML_DECLARATION, esc } from './xml.js';

export interface DocxOptions {
  /** Document dates and zip entry times (from SOURCE_DATE_EPOCH or the config's dates). */
  timestamp: Date;
  generator: string;
  /** A redline's tracked changes: who made them and when (the newer version's date). */
  revision?: RevisionAuthor;
}

const CONTENT_TYPES =
  XML_DECLARATION +
  `<Types xmlns="${NS.ct}">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
  '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  XML_DECLARATION +
  `<Relationships xmlns="${NS.rel}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

const DOCUMENT_RELS =
  XML_DECLARATION +
  `<Relationships xmlns="${NS.rel}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
  '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>' +
  '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' +
  '</Relationships>';

// Word's own 標準 禁則 lists for Japanese (no line starts with the first, none ends with the second).
const NO_BREAK_BEFORE =
  '!%),.:;?]}¢°’”‰′″℃、。々〉》」』】〕゛゜ゝゞ・ヽヾ！％），．：；？］｝｡｣､･ﾞﾟ￠';
const NO_BREAK_AFTER = '$([\\{£¥‘“〈《「『【〔＄（［｛｢￡￥';

const settingsXml = (updateFields: boolean): string =>
  XML_DECLARATION +
  `<w:settings xmlns:w="${NS.w}">` +
  '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>' +
  '<w:defaultTabStop w:val="840"/><w:drawingGridHorizontalSpacing w:val="105"/><w:drawingGridVerticalSpacing w:val="175"/>' +
  '<w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/>' +
  '<w:characterSpacingControl w:val="compressPunctuation"/>' +
  `<w:noLineBreaksAfter w:lang="ja-JP" w:val="${esc(NO_BREAK_AFTER)}"/>` +
  `<w:noLineBreaksBefore w:lang="ja-JP" w:val="${esc(NO_BREAK_BEFORE)}"/>` +
  // Word recomputes every field on opening (the commentary's 目次 page numbers).
  (updateFields ? '<w:updateFields w:val="true"/>' : '') +
  '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>' +
  '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="en-US" w:eastAsia="ja-JP"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>' +
  '</w:settings>';

/** Known Japanese faces and the fallback Word should use where they are missing. */
const FALLBACKS: Record<string, { alt: string; family: 'roman' | 'modern' }> = {
  游明朝: { alt: 'ＭＳ 明朝', family: 'roman' },
  游ゴシック: { alt: 'ＭＳ ゴシック', family: 'modern' },
};

function fontTableXml(body: string, heading: string): string {
  const entry = (name: string, family: string, alt?: string) =>
    `<w:font w:name="${esc(name)}">${alt ? `<w:altName w:val="${esc(alt)}"/>` : ''}<w:charset w:val="80"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`;
  const names = new Map<string, string>();
  for (const name of [body, heading]) {
    const fb = FALLBACKS[name];
    names.set(name, entry(name, fb?.family ?? (name === body ? 'roman' : 'modern'), fb?.alt));
    if (fb) names.set(fb.alt, entry(fb.alt, fb.family));
  }
  return XML_DECLARATION + `<w:fonts xmlns:w="${NS.w}">${[...names.values()].join('')}</w:fonts>`;
}

function footerXml(): string {
  // 「- 1 -」: the PAGE field between hyphens, centred.
  return (
    XML_DECLARATION +
    `<w:ftr xmlns:w="${NS.w}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>` +
    '<w:r><w:t xml:space="preserve">- </w:t></w:r>' +
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
    '<w:r><w:t xml:space="preserve"> -</w:t></w:r></w:p></w:ftr>'
  );
}

function coreXml(meta: DocumentMeta, when: string): string {
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(meta.title)}</dc:title>` +
    `<dc:subject>${esc(`${meta.company} ${meta.title}`)}</dc:subject>` +
    `<dc:creator>${esc(meta.company)}</dc:creator>` +
    `<cp:keywords>${esc(meta.title)}</cp:keywords>` +
    '<cp:lastModifiedBy>hinagata</cp:lastModifiedBy>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '<dc:language>ja-JP</dc:language>' +
    '</cp:coreProperties>'
  );
}

function appXml(meta: DocumentMeta, generator: string): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${esc(generator)}</Application><DocSecurity>0</DocSecurity>` +
    `<Company>${esc(meta.company)}</Company>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>' +
    '</Properties>'
  );
}

function documentXml(body: string, landscape: boolean): string {
  const size = landscape
    ? `<w:pgSz w:w="${PAGE.height}" w:h="${PAGE.width}" w:orient="landscape"/>`
    : `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>`;
  const sect =
    '<w:sectPr><w:footerReference w:type="default" r:id="rId5"/>' +
    size +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/>` +
    `<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="${PAGE.linePitch}"/></w:sectPr>`;
  return (
    XML_DECLARATION +
    `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${body}${sect}</w:body></w:document>`
  );
}

/** The zip's DOS timestamps hold 1980 to 2107; fflate refuses a local year outside 1980–2099. */
function zipTime(date: Date): Date {
  const min = Date.UTC(1980, 0, 2);
  const max = Date.UTC(2099, 11, 30);
  return new Date(Math.min(Math.max(date.getTime(), min), max));
}

/**
 * Zips with every entry's time written as the UTC time `mtime`. A zip entry's DOS time has no time
 * zone and fflate fills it from the Date's local fields, so the same build would differ between
 * TZ=UTC and TZ=Asia/Tokyo; no Date can carry the UTC fields as local ones in every zone (a local
 * time may not exist there: a DST gap, Kiritimati's missing 1994-12-31), so the two fields of
 * each local and central header are rewritten after zipping.
 */
export function zipSyncUtc(files: Zippable, mtime: Date): Uint8Array {
  const zip = zipSync(files, { mtime });
  const time =
    (mtime.getUTCHours() << 11) | (mtime.getUTCMinutes() << 5) | (mtime.getUTCSeconds() >> 1);
  const date =
    ((mtime.getUTCFullYear() - 1980) << 9) | ((mtime.getUTCMonth() + 1) << 5) | mtime.getUTCDate();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.byteLength - 22; // fflate writes no archive comment
  if (eocd < 0 || view.getUint32(eocd, true) !== 0x06054b50) throw new Error('zip: no end record');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('zip: bad central header');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('zip: bad local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return zip;
}

/**
 * Packs a body into a .docx with the guideline's styles, fonts, settings, footer and properties:
 * every document hinagata writes in Word (guideline, commentary, record form) shares them.
 */
export function packDocx(
  meta: DocumentMeta,
  body: string,
  numbering: NumberingBuilder,
  options: DocxOptions,
  layout: { landscape?: boolean; updateFields?: boolean } = {},
): Uint8Array {
  const when = options.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const mtime = zipTime(options.timestamp);
  // Entry order is fixed: [Content_Types].xml first, as Office expects.
  const entries: [string, string][] = [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELS],
    ['word/document.xml', documentXml(body, layout.landscape ?? false)],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/styles.xml', stylesXml(meta.fonts, ARTICLE_NUM_ID)],
    ['word/numbering.xml', numbering.xml()],
    ['word/settings.xml', settingsXml(layout.updateFields ?? false)],
    ['word/fontTable.xml', fontTableXml(meta.fonts.body, meta.fonts.heading)],
    ['word/footer1.xml', footerXml()],
    ['docProps/core.xml', coreXml(meta, when)],
    ['docProps/app.xml', appXml(meta, options.generator)],
  ];
  const zippable: Zippable = {};
  for (const [name, xml] of entries) zippable[name] = [strToU8(xml), { mtime, level: 6 }];
  return zipSyncUtc(zippable, mtime);
}

export function renderDocx(doc: Document, options: DocxOptions): Uint8Array {
  const numbering = new NumberingBuilder(doc.meta.style);
  const body = bodyXml(doc, numbering, options.revision); // first: it allocates the 号 lists
  return packDocx(doc.meta, body, numbering, options);
}
