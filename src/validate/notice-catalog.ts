// The rules over a pack's section documents (the 基本方針 and the employees' notice), in the order
// the README lists them. Add a rule by adding its module here and its id to the pack's `rules:`.
import rCCUSHARACONSISTENT from './rules/C-CUSHARA-CONSISTENT.js';
import rPCUSHARANOTICEACTION from './rules/P-CUSHARA-NOTICE-ACTION.js';
import rPCUSHARANOTICEDESK from './rules/P-CUSHARA-NOTICE-DESK.js';
import rPCUSHARANOTICEPROTECTION from './rules/P-CUSHARA-NOTICE-PROTECTION.js';
import rPCUSHARAPOLICYDEFINITION from './rules/P-CUSHARA-POLICY-DEFINITION.js';
import rPCUSHARAPOLICYREQUEST from './rules/P-CUSHARA-POLICY-REQUEST.js';
import rPCUSHARAPOLICYRESPONSE from './rules/P-CUSHARA-POLICY-RESPONSE.js';
import type { NoticeRule } from './notice-rule.js';

export const NOTICE_RULES: readonly NoticeRule[] = [
  rPCUSHARAPOLICYDEFINITION,
  rPCUSHARAPOLICYRESPONSE,
  rPCUSHARAPOLICYREQUEST,
  rPCUSHARANOTICEDESK,
  rPCUSHARANOTICEPROTECTION,
  rPCUSHARANOTICEACTION,
  rCCUSHARACONSISTENT,
];
