// The list importers `codes import` runs on every folder besides ICD-10-CM: src/codesets/lists adds
// its importers (HCPCS, ICD-10-PCS, POS, CARC/RARC, taxonomy, CPT) to this array.
import type { CodeListImporter } from './import';
import { CODE_LIST_IMPORTERS } from './lists/index';

export const LIST_IMPORTERS: CodeListImporter[] = [...CODE_LIST_IMPORTERS];
