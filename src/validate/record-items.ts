// The record items every guideline must name (guideline-spec P-RECORD-ITEMS): shared by the rule,
// which looks for them in the records article, and the config check, which refuses a
// `records.items` list without them at its field.
export const RECORD_ITEM_WORDS = [
  { what: '相談の内容', says: /(相談|申出|苦情)の?(内容|要旨|概要)/ },
  { what: '日時', says: /日時|年月日|受付日|受付の日|日付/ },
  { what: '相談者の氏名', says: /氏名|名前|名称/ },
] as const;
