// Professional lines point to the claim's diagnoses (SV107, at most four): each pointer must point to a
// diagnosis, and every line needs at least one.
import { CLAIM_LIMITS } from '../claims/index';
import { describeLine, finding, linePath } from './claim-facts';
import type { Edit, EditFinding } from './types';

const ID = 'claim.diagnosis-pointers';

export const diagnosisPointers: Edit = {
  id: ID,
  title: 'Diagnosis pointers that point nowhere; lines without a diagnosis',
  severity: 'error',
  run({ claim }) {
    if (claim.kind !== 'professional') return [];
    const out: EditFinding[] = [];
    const count = claim.diagnoses.length;
    claim.lines.forEach((line, i) => {
      const path = linePath(i, 'diagnosisPointers');
      if (line.diagnosisPointers.length === 0) {
        out.push(finding(ID, 'error', path, `${describeLine(line)} has no diagnosis pointer`,
          'Point the line to the diagnosis (1-12) that supports the service', line.lineNumber));
        return;
      }
      if (line.diagnosisPointers.length > CLAIM_LIMITS.pointersPerLine) {
        out.push(finding(ID, 'error', path, `${describeLine(line)} has ${line.diagnosisPointers.length} diagnosis pointers; at most ${CLAIM_LIMITS.pointersPerLine} are allowed`,
          'Keep the four diagnoses most relevant to the service', line.lineNumber));
      }
      const bad = line.diagnosisPointers.filter((p) => !Number.isInteger(p) || p < 1 || p > count);
      if (bad.length > 0) {
        out.push(finding(ID, 'error', path, `${describeLine(line)} points to diagnosis ${bad.join(', ')}, but the claim has ${count} diagnos${count === 1 ? 'is' : 'es'}`,
          'Fix the pointer to a listed diagnosis, or add the missing diagnosis', line.lineNumber));
      }
      if (new Set(line.diagnosisPointers).size !== line.diagnosisPointers.length) {
        out.push(finding(ID, 'warning', path, `${describeLine(line)} repeats a diagnosis pointer`, 'List each pointer once', line.lineNumber));
      }
    });
    return out;
  },
};
