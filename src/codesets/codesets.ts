// The code sets as the rest of OpenRCM holds them at run time: the ICD-10-CM releases and the
// lookup registry that the other lists join. Built from storage (the snapshots) or from files.
import type { CalendarDate } from '../dates/index';
import type { Queryable } from '../store/index';
import { icd10cmProvider } from './icd10cm-lookup';
import { CodeLookup, type CodeInfo, type CodeListProvider, type LookupOptions } from './lookup';
import type { ReleaseSet } from './release-set';
import { loadIcd10cmReleases } from './release-store';
import type { SnapshotPart } from './snapshot';
import { validateCode, type Validation } from './validate';

export class CodeSets {
  readonly lookup = new CodeLookup();

  constructor(readonly icd10cm: ReleaseSet) {
    this.lookup.register(icd10cmProvider(icd10cm));
  }

  register(provider: CodeListProvider): this {
    this.lookup.register(provider);
    return this;
  }

  validate(code: string, dateOfService: CalendarDate): Validation {
    return validateCode(this.icd10cm, code, dateOfService);
  }

  show(code: string, options: LookupOptions = {}): CodeInfo[] {
    return this.lookup.lookup(code, options);
  }
}

/** Loads the stored releases into memory: every part, or only those named (see loadIcd10cmReleases). */
export async function openCodeSets(db: Queryable, parts?: readonly SnapshotPart[]): Promise<CodeSets> {
  return new CodeSets(await loadIcd10cmReleases(db, parts));
}
