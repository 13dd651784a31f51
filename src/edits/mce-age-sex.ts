// Age and sex conflicts (Medicare Code Editor lists): a newborn code on an older patient, a maternity
// code outside ages 9-64, a female-only code for a male patient... using the age on the date of service.
import { dotted } from '../codesets/index';
import { ageOn } from '../dates/index';
import { diagnosisDate, finding, patientOf } from './claim-facts';
import { MCE_AGE_RANGES } from './mce/mce-table';
import type { Edit, EditFinding } from './types';

const ID = 'mce.age-sex';

export const mceAgeSex: Edit = {
  id: ID,
  title: 'Diagnosis inconsistent with the patient\'s age or sex',
  severity: 'error',
  run({ claim, rules }) {
    const out: EditFinding[] = [];
    const patient = patientOf(claim);
    claim.diagnoses.forEach((d, i) => {
      const code = d.code.replace('.', '').toUpperCase();
      const lists = rules.mce.listsOf(code);
      if (lists.length === 0) return;
      const date = diagnosisDate(claim, i);
      const age = ageOn(patient.birthDate, date);
      for (const list of lists) {
        if (list === 'female' || list === 'male') {
          if (patient.sex === 'U' || (list === 'female' ? patient.sex === 'F' : patient.sex === 'M')) continue;
          out.push(finding(ID, 'error', `diagnoses[${i}]`,
            `${dotted(code)} is a ${list}-only diagnosis but the patient's sex is ${patient.sex === 'M' ? 'male' : 'female'}`,
            'Check the diagnosis and the patient\'s sex in registration; correct whichever is wrong'));
        } else if (list !== 'manifestation') {
          const range = MCE_AGE_RANGES[list];
          if (age >= range.min && age <= range.max) continue;
          out.push(finding(ID, 'error', `diagnoses[${i}]`,
            `${dotted(code)} is a ${range.label} diagnosis but the patient is ${age} on ${date}`,
            'Check the diagnosis and the patient\'s date of birth; choose the code for the patient\'s age group'));
        }
      }
    });
    return out;
  },
};
