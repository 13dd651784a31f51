import { describe, expect, it } from 'vitest';
import { MceTable } from './mce/mce-table';
import { icd10cmManifestationFirst } from './icd10cm-manifestation';
import { fixtureRules, makeClaim, runEdit } from './scrub.testkit';

describe('icd10cm.manifestation-first', () => {
  it('flags a manifestation code listed first', () => {
    const [f] = runEdit(icd10cmManifestationFirst, makeClaim({ diagnoses: [{ code: 'G63' }, { code: 'E854' }] }));
    expect(f).toMatchObject({ severity: 'error', path: 'diagnoses[0]' });
  });

  it('recognises "in diseases classified elsewhere" titles without the MCE list', () => {
    const rules = { ...fixtureRules(), mce: new MceTable() };
    expect(runEdit(icd10cmManifestationFirst, makeClaim({ diagnoses: [{ code: 'G63' }] }), { rules })).toHaveLength(1);
  });

  it('passes when the underlying disease comes first', () => {
    expect(runEdit(icd10cmManifestationFirst, makeClaim({ diagnoses: [{ code: 'E854' }, { code: 'G63' }] }))).toEqual([]);
  });
});
