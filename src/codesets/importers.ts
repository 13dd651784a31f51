// The list importers `codes import` runs on every folder besides ICD-10-CM: src/codesets/lists adds
// its importers (HCPCS, ICD-10-PCS, POS, CARC/RARC, taxonomy, CPT) to this array.
import type { CodeListImporter } from './import';

export const LIST_IMPORTERS: CodeListImporter[] = [];
