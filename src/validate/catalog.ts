// The rule catalog: every validator rule, in the order the spec lists them. Generated docs and
// tests enumerate this list; add a rule by adding its module here.
import rCCHANNELCONTACT from './rules/C-CHANNEL-CONTACT.js';
import rCCOMMENTARY from './rules/C-COMMENTARY.js';
import rCCUSHARADUTY from './rules/C-CUSHARA-DUTY.js';
import rCEMAILONLY from './rules/C-EMAIL-ONLY.js';
import rCNUMBERING from './rules/C-NUMBERING.js';
import rCPLACEHOLDER from './rules/C-PLACEHOLDER.js';
import rCRECORDINGNOTICE from './rules/C-RECORDING-NOTICE.js';
import rCRETENTION from './rules/C-RETENTION.js';
import rCXREF from './rules/C-XREF.js';
import rPAMENDMENT from './rules/P-AMENDMENT.js';
import rPANONUSE from './rules/P-ANON-USE.js';
import rPCONFIDENTIAL from './rules/P-CONFIDENTIAL.js';
import rPCUSHARADEFINITION from './rules/P-CUSHARA-DEFINITION.js';
import rPCUSHARAMEASURES from './rules/P-CUSHARA-MEASURES.js';
import rPDAMAGESCOMPANY from './rules/P-DAMAGES-COMPANY.js';
import rPDAMAGESLEGALACTION from './rules/P-DAMAGES-LEGAL-ACTION.js';
import rPDEF from './rules/P-DEF.js';
import rPEFFECTIVEDATE from './rules/P-EFFECTIVE-DATE.js';
import rPENDGROUNDS from './rules/P-END-GROUNDS.js';
import rPENDNOTUNTILSATISFIED from './rules/P-END-NOT-UNTIL-SATISFIED.js';
import rPINTAKECHANNELS from './rules/P-INTAKE-CHANNELS.js';
import rPJURISDICTION from './rules/P-JURISDICTION.js';
import rPPOLICYFACTS from './rules/P-POLICY-FACTS.js';
import rPPOLICYPRINCIPLES from './rules/P-POLICY-PRINCIPLES.js';
import rPPRIVACYPURPOSE from './rules/P-PRIVACY-PURPOSE.js';
import rPPURPOSE from './rules/P-PURPOSE.js';
import rPRECORDCALLS from './rules/P-RECORD-CALLS.js';
import rPRECORDITEMS from './rules/P-RECORD-ITEMS.js';
import rPRECORDNOPUBLISH from './rules/P-RECORD-NO-PUBLISH.js';
import rPREFUSALEXAMPLES from './rules/P-REFUSAL-EXAMPLES.js';
import rPREFUSALGROUNDS from './rules/P-REFUSAL-GROUNDS.js';
import rPRETENTION from './rules/P-RETENTION.js';
import rPSCOPEIDENTITY from './rules/P-SCOPE-IDENTITY.js';
import rPSCOPEWHO from './rules/P-SCOPE-WHO.js';
import type { Rule } from './rule.js';

export const RULES: readonly Rule[] = [
  rPPURPOSE,
  rPDEF,
  rPINTAKECHANNELS,
  rPSCOPEWHO,
  rPSCOPEIDENTITY,
  rPREFUSALGROUNDS,
  rPREFUSALEXAMPLES,
  rPPOLICYPRINCIPLES,
  rPPOLICYFACTS,
  rPCUSHARADEFINITION,
  rPCUSHARAMEASURES,
  rPENDGROUNDS,
  rPENDNOTUNTILSATISFIED,
  rPRECORDITEMS,
  rPRECORDCALLS,
  rPRECORDNOPUBLISH,
  rPRETENTION,
  rPANONUSE,
  rPCONFIDENTIAL,
  rPPRIVACYPURPOSE,
  rPDAMAGESCOMPANY,
  rPDAMAGESLEGALACTION,
  rPAMENDMENT,
  rPJURISDICTION,
  rPEFFECTIVEDATE,
  rCEMAILONLY,
  rCCHANNELCONTACT,
  rCRECORDINGNOTICE,
  rCRETENTION,
  rCXREF,
  rCNUMBERING,
  rCPLACEHOLDER,
  rCCOMMENTARY,
  rCCUSHARADUTY,
];
