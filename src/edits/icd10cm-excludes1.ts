// Excludes1 ("not coded here"): two codes in an Excludes1 relation should not be reported together.
// The exception (ICD-10-CM guideline I.A.12.a): the two conditions are unrelated; the finding says so.
import { dotted } from '../codesets/index';
import { diagnosisDate, finding } from './claim-facts';
import type { Edit, EditFinding } from './types';
import { coveredBy, noteRefs } from './tabular-notes';

const ID = 'icd10cm.excludes1';

export const icd10cmExcludes1: Edit = {
  id: ID,
  title: 'Excludes1 pairs on the same claim',
  severity: 'error',
  run({ claim, codeSets }) {
    const out: EditFinding[] = [];
    const codes = claim.diagnoses.map((d) => d.code.replace('.', '').toUpperCase());
    const reported = new Set<string>();
    codes.forEach((code, i) => {
      const refs = noteRefs(codeSets, code, diagnosisDate(claim, i), 'excludes1');
      if (refs.length === 0) return;
      codes.forEach((other, j) => {
        if (i === j || !coveredBy(refs, other)) return;
        const pair = [Math.min(i, j), Math.max(i, j)].join('|');
        if (reported.has(pair)) return;
        reported.add(pair);
        out.push(finding(ID, 'error', `diagnoses[${Math.max(i, j)}]`,
          `${dotted(code)} and ${dotted(other)} are an Excludes1 pair: the Tabular List says ${dotted(other)} is not coded with ${dotted(code)}`,
          `Keep the code that the record supports and remove the other; both may stay only when the record shows two unrelated conditions (guideline I.A.12.a)`));
      });
    });
    return out;
  },
};
