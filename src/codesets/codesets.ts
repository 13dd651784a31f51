// The code sets as the rest of OpenRCM holds them at run time: the ICD-10-CM releases and the
// lookup registry that the other lists join. Built from storage (the snapshots) or from files.
import type { CalendarDate } from '../dates/index';
import type { Queryable } from '../store/index';
import { icd10cmProvider } from './icd10cm-lookup';
import { CodeLookup, type CodeInfo, type CodeListProvider, type LookupOptions } from './lookup';
import type { ReleaseSet } from './release-set';
import { loadIcd10cmReleases } from './release-store';
import type { SnapshotPart } from './snapshot';
import { registerCodeLists } from './lists/index';
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

export interface OpenOptions {
  /** ICD-10-CM snapshot parts to load (all when omitted; see loadIcd10cmReleases) */
  parts?: readonly SnapshotPart[];
  /** also load the stored lists (HCPCS, ICD-10-PCS, CPT, modifiers, POS, CARC/RARC, taxonomy); default true */
  lists?: boolean;
}

/** Loads the stored releases into memory. */
export async function openCodeSets(db: Queryable, options: OpenOptions = {}): Promise<CodeSets> {
  const sets = new CodeSets(await loadIcd10cmReleases(db, options.parts));
  if (options.lists ?? true) await registerCodeLists(db, sets);
  return sets;
}
