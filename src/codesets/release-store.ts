// ICD-10-CM releases to and from storage, through the compact snapshot.
import type { Db, Queryable } from '../store/index';
import { saveRelease, loadSnapshots, type SaveOutcome, type StoredRelease } from './codeset-repository';
import { tableEntries } from './code-table';
import type { Icd10cmRelease } from './release';
import { ReleaseSet } from './release-set';
import { fromSnapshot, toSnapshot, SNAPSHOT_FORMAT, type ReleaseSnapshot } from './snapshot';

export function icd10cmStoredRelease(release: Icd10cmRelease): StoredRelease {
  return {
    system: 'ICD10CM',
    release: release.label,
    fiscalYear: release.fiscalYear,
    window: release.window,
    contentHash: release.contentHash,
    sources: release.sources,
    codes: tableEntries(release.table),
    snapshot: { format: SNAPSHOT_FORMAT, value: toSnapshot(release) },
  };
}

export function saveIcd10cmRelease(db: Db, release: Icd10cmRelease, progress?: (done: number, total: number) => void): Promise<SaveOutcome> {
  return saveRelease(db, icd10cmStoredRelease(release), progress);
}

/** Every stored ICD-10-CM release, rebuilt from its snapshot. */
export async function loadIcd10cmReleases(db: Queryable): Promise<ReleaseSet> {
  const snapshots = await loadSnapshots(db, 'ICD10CM');
  return new ReleaseSet(snapshots.filter((s) => s.format === SNAPSHOT_FORMAT).map((s) => fromSnapshot(s.value as ReleaseSnapshot)));
}
