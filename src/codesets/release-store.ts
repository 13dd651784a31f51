// ICD-10-CM releases to and from storage, through the compact snapshot.
import type { Db, Queryable } from '../store/index';
import { saveRelease, loadSnapshots, type SaveOutcome, type StoredRelease } from './codeset-repository';
import { tableEntries } from './code-table';
import type { Icd10cmRelease } from './release';
import { ReleaseSet } from './release-set';
import { fromSnapshot, snapshotParts, toSnapshot, SNAPSHOT_FORMAT, type ReleaseSnapshot, type SnapshotPart } from './snapshot';

export function icd10cmStoredRelease(release: Icd10cmRelease): StoredRelease {
  return {
    system: 'ICD10CM',
    release: release.label,
    fiscalYear: release.fiscalYear,
    window: release.window,
    contentHash: release.contentHash,
    sources: release.sources,
    codes: tableEntries(release.table),
    snapshot: { format: SNAPSHOT_FORMAT, parts: snapshotParts(toSnapshot(release)) },
  };
}

export function saveIcd10cmRelease(db: Db, release: Icd10cmRelease, progress?: (done: number, total: number) => void): Promise<SaveOutcome> {
  return saveRelease(db, icd10cmStoredRelease(release), progress);
}

/**
 * Every stored ICD-10-CM release, rebuilt from its snapshot. `parts` limits what is loaded: validation
 * needs only 'codes'; notes need 'tabular'; the index walk 'index'. The codes are always loaded.
 */
export async function loadIcd10cmReleases(db: Queryable, parts?: readonly SnapshotPart[]): Promise<ReleaseSet> {
  const wanted = parts ? [...new Set<SnapshotPart>(['codes', ...parts])] : undefined;
  const snapshots = await loadSnapshots(db, 'ICD10CM', wanted);
  return new ReleaseSet(
    snapshots.filter((s) => s.format === SNAPSHOT_FORMAT && s.parts.codes).map((s) => fromSnapshot(s.parts as unknown as ReleaseSnapshot)),
  );
}
