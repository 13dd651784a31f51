// ICD-10-PCS for common inpatient procedures: the full code when the documentation names approach and
// device the usual way, the table (first four characters) otherwise.
import type { ProcedureSuggestion } from './types';

interface PcsRule {
  code: string;
  title: string;
  pattern: RegExp;
  /** true when only the table (first four characters) is certain */
  tableOnly?: boolean;
}

const PCS_RULES: readonly PcsRule[] = [
  { code: '0DTJ4ZZ', title: 'Resection of appendix, percutaneous endoscopic approach', pattern: /\blaparoscopic appendectomy\b/i },
  { code: '0DTJ0ZZ', title: 'Resection of appendix, open approach', pattern: /\b(open appendectomy|appendectomy,? open)\b/i },
  { code: '0FT44ZZ', title: 'Resection of gallbladder, percutaneous endoscopic approach', pattern: /\blaparoscopic cholecystectomy\b/i },
  { code: '0FT40ZZ', title: 'Resection of gallbladder, open approach', pattern: /\bopen cholecystectomy\b/i },
  { code: '10D00Z1', title: 'Extraction of products of conception, low cervical', pattern: /\b(low (?:transverse )?(?:cervical )?(?:segment )?c(?:esarean)?[- ]?section|cesarean (?:section|delivery))\b/i },
  { code: '10E0XZZ', title: 'Delivery of products of conception, external approach', pattern: /\b(spontaneous vaginal delivery|normal vaginal delivery|svd\b|nsvd\b)/i },
  { code: '0DJD8ZZ', title: 'Inspection of lower intestinal tract, via natural or artificial opening endoscopic', pattern: /\bcolonoscopy\b/i },
  { code: '0DJ08ZZ', title: 'Inspection of upper intestinal tract, via natural or artificial opening endoscopic', pattern: /\b(egd|esophagogastroduodenoscopy|upper endoscopy)\b/i },
  { code: '0BH17EZ', title: 'Insertion of endotracheal airway into trachea, via natural or artificial opening', pattern: /\b(endotracheal intubation|intubated)\b/i },
  { code: '5A1D70Z', title: 'Performance of urinary filtration, intermittent, less than 6 hours per day', pattern: /\b(hemodialysis|dialysis session)\b/i },
  { code: '30233N1', title: 'Transfusion of nonautologous red blood cells into peripheral vein, percutaneous', pattern: /\b(transfus\w+ (?:of )?(?:\d+ units? (?:of )?)?(?:packed )?(?:red (?:blood )?cells|prbcs?)|prbc transfusion|blood transfusion)\b/i },
  { code: '009U3ZX', title: 'Drainage of spinal canal, percutaneous, diagnostic', pattern: /\b(lumbar puncture|spinal tap)\b/i },
  { code: '0W9G3ZZ', title: 'Drainage of peritoneal cavity, percutaneous', pattern: /\bparacentesis\b/i },
  { code: '0W99', title: 'Drainage of right pleural cavity (table)', pattern: /\bright\b[^.\n]{0,20}\bthoracentesis\b|\bthoracentesis\b[^.\n]{0,20}\bright\b/i, tableOnly: true },
  { code: '0W9B', title: 'Drainage of left pleural cavity (table)', pattern: /\bleft\b[^.\n]{0,20}\bthoracentesis\b|\bthoracentesis\b[^.\n]{0,20}\bleft\b/i, tableOnly: true },
  { code: '4A023N7', title: 'Measurement of cardiac sampling and pressure, left heart, percutaneous', pattern: /\bleft heart cath\w*\b/i },
  { code: '0270', title: 'Dilation of coronary artery, one artery (table)', pattern: /\b(pci|percutaneous coronary intervention|coronary (?:artery )?stent\w*|angioplasty)\b/i, tableOnly: true },
  { code: '0SRC', title: 'Replacement of right knee joint (table)', pattern: /\b(right total knee (?:arthroplasty|replacement)|total knee (?:arthroplasty|replacement),? right)\b/i, tableOnly: true },
  { code: '0SRD', title: 'Replacement of left knee joint (table)', pattern: /\b(left total knee (?:arthroplasty|replacement)|total knee (?:arthroplasty|replacement),? left)\b/i, tableOnly: true },
  { code: '0SR9', title: 'Replacement of right hip joint (table)', pattern: /\b(right total hip (?:arthroplasty|replacement)|total hip (?:arthroplasty|replacement),? right)\b/i, tableOnly: true },
  { code: '0SRB', title: 'Replacement of left hip joint (table)', pattern: /\b(left total hip (?:arthroplasty|replacement)|total hip (?:arthroplasty|replacement),? left)\b/i, tableOnly: true },
  { code: '02HV33Z', title: 'Insertion of infusion device into superior vena cava, percutaneous', pattern: /\b(central (?:venous )?line|central venous catheter|cvc)\b[^.\n]{0,40}\b(placed|insert\w*|placement)\b/i },
];

const VENT = /\bmechanical ventilation\b[^.\n]{0,40}?(\d+)\s*(hours|hrs|days)\b/i;

export function pcsProcedures(text: string): ProcedureSuggestion[] {
  const out: ProcedureSuggestion[] = [];
  for (const rule of PCS_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    out.push({ system: 'ICD10PCS', code: rule.code, title: rule.title, confidence: rule.tableOnly ? 0.5 : 0.7, evidence: [{ start: m.index, end: m.index + m[0].length, text: m[0] }], rationale: rule.tableOnly ? 'table (first four characters): the remaining axes need the operative detail' : 'root operation, body part, approach and device as documented' });
  }
  const vent = VENT.exec(text);
  if (vent) {
    const hours = Number(vent[1]) * (/day/i.test(vent[2]!) ? 24 : 1);
    const code = hours < 24 ? '5A1935Z' : hours <= 96 ? '5A1945Z' : '5A1955Z';
    out.push({ system: 'ICD10PCS', code, title: `Respiratory ventilation, ${hours < 24 ? 'less than 24' : hours <= 96 ? '24-96' : 'greater than 96'} consecutive hours`, confidence: 0.7, evidence: [{ start: vent.index, end: vent.index + vent[0].length, text: vent[0] }], rationale: `${hours} hours of mechanical ventilation` });
  }
  return out;
}
