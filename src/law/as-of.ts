// The date the law this package states (statutes, the 指針, prefectural ordinances in src/law and
// the commentary's citations) was last checked. The commentary says 「法令等は…現在」 from it, so a
// client reads how current the legal statements are, whatever the date of its own guideline.
// Move it forward only after re-checking the law; it is data, so the same package gives the same bytes.
export const LAW_AS_OF = '2026-12-01';
