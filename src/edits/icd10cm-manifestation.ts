// Manifestation codes (MCE list; in the Tabular, "in diseases classified elsewhere") describe a
// manifestation of an underlying disease and are never the first-listed diagnosis.
import { dotted } from '../codesets/index';
import { diagnosisDate, finding } from './claim-facts';
import type { Edit } from './types';
import { titleOf } from './tabular-notes';

const ID = 'icd10cm.manifestation-first';

export const icd10cmManifestationFirst: Edit = {
  id: ID,
  title: 'Manifestation code listed first',
  severity: 'error',
  run({ claim, codeSets, rules }) {
    const first = claim.diagnoses[0];
    if (!first) return [];
    const code = first.code.replace('.', '').toUpperCase();
    const onList = rules.mce.listsOf(code).includes('manifestation');
    const title = titleOf(codeSets, code, diagnosisDate(claim, 0));
    if (!onList && !/in diseases classified elsewhere/i.test(title ?? '')) return [];
    return [finding(ID, 'error', 'diagnoses[0]',
      `${dotted(code)}${title ? ` (${title})` : ''} is a manifestation code and cannot be the first-listed diagnosis`,
      `List the underlying disease first and ${dotted(code)} after it (see its "code first" note), then update the line pointers`)];
  },
};
