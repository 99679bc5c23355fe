// The names of the formats and documents hinagata writes, in a module of their own so that the
// command line can list them without loading the writers (src/writers.ts keeps the table).
export const FORMATS = ['docx', 'pdf', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** The documents of a deliverable: the guideline, its 逐条解説書 and the 相談記録票. */
export const DOCS = ['guideline', 'commentary', 'record-form'] as const;
export type DocKind = (typeof DOCS)[number];
