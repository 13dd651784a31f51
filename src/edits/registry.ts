// Every edit the scrubber runs, in the order findings are reported.
import { diagnosisPointers } from './diagnosis-pointers';
import { duplicateClaim } from './duplicate-claim';
import { icd10cmCodeFirst } from './icd10cm-code-first';
import { icd10cmExcludes1 } from './icd10cm-excludes1';
import { icd10cmManifestationFirst } from './icd10cm-manifestation';
import { icd10cmValidity } from './icd10cm-validity';
import { mceAgeSex } from './mce-age-sex';
import { medicalNecessity } from './medical-necessity';
import { ncciAoc } from './ncci-aoc';
import { ncciMue } from './ncci-mue';
import { ncciPtp } from './ncci-ptp';
import { payerRules } from './payer-rules';
import { requiredClaim } from './required-claim';
import { requiredPatient } from './required-patient';
import { requiredProviders } from './required-providers';
import { timelyFiling } from './timely-filing';
import type { Edit } from './types';

export const EDITS: readonly Edit[] = [
  requiredClaim,
  requiredProviders,
  requiredPatient,
  diagnosisPointers,
  icd10cmValidity,
  icd10cmManifestationFirst,
  icd10cmCodeFirst,
  icd10cmExcludes1,
  mceAgeSex,
  ncciPtp,
  ncciMue,
  ncciAoc,
  medicalNecessity,
  payerRules,
  duplicateClaim,
  timelyFiling,
];

export function editById(id: string): Edit | undefined {
  return EDITS.find((e) => e.id === id);
}
