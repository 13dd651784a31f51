// Every diagnosis must be a billable ICD-10-CM code in the release in effect on its date of service:
// not a header, not missing its 7th character, not deleted or not yet in effect.
import { dotted } from '../codesets/index';
import { diagnosisDate, finding } from './claim-facts';
import type { Edit, EditFinding } from './types';

const ID = 'icd10cm.validity';

export const icd10cmValidity: Edit = {
  id: ID,
  title: 'ICD-10-CM codes valid and billable on the date of service',
  severity: 'error',
  run({ claim, codeSets }) {
    const out: EditFinding[] = [];
    claim.diagnoses.forEach((d, i) => {
      const date = diagnosisDate(claim, i);
      const v = codeSets.validate(d.code, date);
      const path = `diagnoses[${i}]`;
      if (v.status === 'billable') return;
      if (v.status === 'header') {
        const children = v.billableChildren.slice(0, 5).map((c) => c.code).join(', ');
        out.push(finding(ID, 'error', path, `${v.display} is a category, not a billable code: it needs more characters`,
          `Code to the highest specificity the record supports, e.g. ${children}${v.billableChildren.length > 5 ? ', ...' : ''}`));
        return;
      }
      if (v.reason === 'no_release') {
        out.push(finding(ID, 'warning', path, `${dotted(d.code)} could not be checked: ${v.message}`, 'Import the ICD-10-CM release for this date of service (openrcm codes import)'));
        return;
      }
      const fix = v.reason === 'requires_7th_character' ? `Add the 7th character that fits the encounter: ${v.suggestions.join(', ')}`
        : v.reason === 'needs_placeholder_x' ? `Use ${v.suggestions.join(' or ')}`
        : v.reason === 'deleted' || v.reason === 'not_yet_in_effect' ? `Use the code in effect on ${date} (check the year's addenda)`
        : v.suggestions.length > 0 ? `Check the code; the nearest existing one is ${v.suggestions.join(', ')}` : 'Check the code against the Tabular List';
      out.push(finding(ID, 'error', path, `Diagnosis ${i + 1}: ${v.message}`, fix));
    });
    return out;
  },
};
