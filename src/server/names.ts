// Download names that carry the company and the document (「株式会社〇〇_顧客相談ガイドライン.docx」),
// sent as RFC 5987 `filename*` with an ASCII `filename` for old clients.

const DOC_TITLES: Record<string, string> = {
  commentary: '逐条解説書',
  'record-form': '相談記録票',
  'cushara-policy': 'カスタマーハラスメントに対する基本方針',
  'employee-notice': '従業員の皆さんへ',
  yaml: '設定',
  comparison: '新旧対照表',
  redline: '見え消し版',
};

/** Characters no file system takes in a name, control characters and leading dots removed. */
export function safeNamePart(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '')
      .replace(/^[.\s]+|[.\s]+$/g, '')
      .slice(0, 80)
  );
}

/** 「株式会社〇〇_顧客相談ガイドライン.docx」, 「株式会社〇〇_逐条解説書.pdf」; no prefix without a company. */
export function downloadName(
  config: { company?: { name?: unknown }; title?: unknown } | undefined,
  doc: string,
  ext: string,
): string {
  const company =
    typeof config?.company?.name === 'string' ? safeNamePart(config.company.name) : '';
  const title =
    (typeof config?.title === 'string' ? safeNamePart(config.title) : '') || '顧客相談ガイドライン';
  const what =
    doc === 'guideline' ? title : doc === 'zip' ? `${title}一式` : (DOC_TITLES[doc] ?? title);
  return `${company ? `${company}_` : ''}${what}.${ext}`;
}

/** `attachment; filename="guideline.docx"; filename*=UTF-8''…` (RFC 6266 / RFC 5987). */
export function contentDisposition(name: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}
