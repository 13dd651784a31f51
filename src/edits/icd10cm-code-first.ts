// "Code first" notes: the underlying condition is listed before the code that carries the note.
import { dotted } from '../codesets/index';
import { diagnosisDate, finding } from './claim-facts';
import type { Edit, EditFinding } from './types';
import { coveredBy, noteRefs } from './tabular-notes';

const ID = 'icd10cm.code-first';

export const icd10cmCodeFirst: Edit = {
  id: ID,
  title: '"Code first" pairs in the wrong order',
  severity: 'error',
  run({ claim, codeSets }) {
    const out: EditFinding[] = [];
    const codes = claim.diagnoses.map((d) => d.code.replace('.', '').toUpperCase());
    codes.forEach((code, i) => {
      const refs = noteRefs(codeSets, code, diagnosisDate(claim, i), 'codeFirst');
      if (refs.length === 0) return;
      codes.forEach((underlying, j) => {
        if (j <= i || !coveredBy(refs, underlying)) return;
        out.push(finding(ID, 'error', `diagnoses[${i}]`,
          `${dotted(code)} says "code first" the underlying condition, but ${dotted(underlying)} is listed after it (diagnosis ${j + 1} after ${i + 1})`,
          `Move ${dotted(underlying)} ahead of ${dotted(code)} in the diagnosis list and update the line pointers`));
      });
    });
    return out;
  },
};
