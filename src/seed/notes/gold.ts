// Collects the gold codes of one note: diagnoses in claim order (deduplicated, with 1-based
// pointers for the procedure lines) and procedures, with modifier 25 put on the E/M line when
// the same visit carries a separately reportable procedure.
import type { GoldProcedure } from './types';

/**
 * Codes that, under the Medicare NCCI practitioner PTP edits (2024), bundle the office E/M unless
 * the E/M carries modifier 25 (modifier indicator 1): minor procedures, splints, injections,
 * nebulizer treatments, vaccine administration. Also tobacco cessation counseling, which CMS
 * expects to be separately identifiable from the E/M. Office labs (81002, 87880, 82962, 36415)
 * and the ECG (93000) are not bundled and need no modifier.
 */
export const NEEDS_MODIFIER_25 = new Set([
  '11400', '11401', '11402', '11403', '11404', '11406',
  '12001', '12002', '12004', '12011', '12013', '12014', '12031', '12032', '12051', '12052',
  '20610', '29125', '29515', '94640', '96372', '90460', '90461', '90471', '90472', '99406', '99407',
]);

export interface Gold {
  dx(code: string): number;
  em(code: string, pointers?: number[]): void;
  proc(p: GoldProcedure): void;
  build(): { diagnoses: string[]; procedures: GoldProcedure[] };
}

export function gold(): Gold {
  const diagnoses: string[] = [];
  let emLine: GoldProcedure | undefined;
  const procs: GoldProcedure[] = [];
  return {
    dx(code) {
      const at = diagnoses.indexOf(code);
      if (at >= 0) return at + 1;
      diagnoses.push(code);
      return diagnoses.length;
    },
    em(code, pointers) {
      emLine = { system: 'CPT', code, ...(pointers ? { diagnosisPointers: pointers } : {}) };
    },
    proc(p) {
      procs.push(p);
    },
    build() {
      const lines: GoldProcedure[] = [];
      if (emLine) {
        const pointers = emLine.diagnosisPointers ?? diagnoses.slice(0, 4).map((_, i) => i + 1);
        const needs25 = procs.some((p) => NEEDS_MODIFIER_25.has(p.code));
        lines.push({ ...emLine, diagnosisPointers: pointers, ...(needs25 ? { modifiers: ['25'] } : {}) });
      }
      for (const p of procs) lines.push({ ...p, diagnosisPointers: p.diagnosisPointers ?? [1] });
      return { diagnoses: [...diagnoses], procedures: lines };
    },
  };
}
