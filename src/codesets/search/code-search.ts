// The search over what the code sets hold: the ICD-10-CM release in effect (or the latest) plus the lists
// that are searched (HCPCS, ICD-10-PCS, CPT), with date-of-service validity from each system's owner.
import type { CalendarDate } from '../../dates/index';
import type { CodeSets } from '../codesets';
import type { CodeListProvider, SearchDocument } from '../lookup';
import { searchDocumentsFor } from '../search-documents';
import { SearchEngine } from './engine';
import type { SearchSystem, ValidOnDate } from './types';

export interface CodeSearchInput {
  sets: CodeSets;
  /** Lists whose documents join the search (they must offer searchDocuments). */
  lists?: readonly CodeListProvider[];
  /** Picks the ICD-10-CM release in effect on this date (else the latest). */
  dateOfService?: CalendarDate;
  /** Only these systems are indexed. */
  systems?: readonly SearchSystem[];
}

export interface CodeSearch {
  engine: SearchEngine;
  /** e.g. 'FY2024' when ICD-10-CM is searched */
  icd10cmRelease?: string;
}

function* documentsOf(input: CodeSearchInput, release: ReturnType<CodeSets['icd10cm']['pick']>): Iterable<SearchDocument> {
  const wants = (s: SearchSystem): boolean => !input.systems || input.systems.includes(s);
  if (release && wants('ICD10CM')) yield* searchDocumentsFor(input.sets.icd10cm, release);
  for (const list of input.lists ?? []) {
    for (const doc of list.searchDocuments?.() ?? []) if (wants(doc.system)) yield doc;
  }
}

export function buildCodeSearch(input: CodeSearchInput): CodeSearch {
  const release = input.sets.icd10cm.pick(input.dateOfService);
  const providers = new Map((input.lists ?? []).map((l) => [l.system as string, l]));
  const validOn: ValidOnDate = (system, code, dos) =>
    system === 'ICD10CM' ? input.sets.validate(code, dos).status === 'billable' : providers.get(system)?.lookup(code, dos)?.validOnDate === true;
  const engine = SearchEngine.build(documentsOf(input, release), { validOn });
  const searchesIcd10cm = !input.systems || input.systems.includes('ICD10CM');
  return { engine, ...(release && searchesIcd10cm ? { icd10cmRelease: release.label } : {}) };
}
