// The names of the formats and documents hinagata writes, in a module of their own so that the
// command line can list them without loading the writers (src/writers.ts keeps the table).
export const FORMATS = ['docx', 'pdf', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Documents made of headed sections (src/model/notice.ts), assembled from a pack's source. */
export const NOTICE_DOCS = ['cushara-policy', 'employee-notice'] as const;
export type NoticeKind = (typeof NOTICE_DOCS)[number];

/**
 * The documents the writers can make: the guideline, its 逐条解説書, the 相談記録票, the public
 * カスタマーハラスメントに対する基本方針 and the employees' notice. A pack (templates/<id>/template.yaml)
 * lists which of them it offers and which it builds by default.
 */
export const DOCS = ['guideline', 'commentary', 'record-form', ...NOTICE_DOCS] as const;
export type DocKind = (typeof DOCS)[number];
