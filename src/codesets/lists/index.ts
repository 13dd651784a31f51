// The other code lists: HCPCS Level II, ICD-10-PCS, modifiers, place of service, CARC/RARC/group codes,
// NUCC taxonomy and CPT, each a CodeListProvider for the one lookup API and (where searched) a source of
// search documents.
export { CodeList, type ListEntry } from './provider';
export { parseCsv, type CsvRecord } from './csv';
export { parseHcpcsAnweb, type HcpcsRecord } from './hcpcs-anweb';
export { hcpcsListFromAnweb, parseHcpcsCsv, normalizeHcpcs } from './hcpcs';
export { parsePcsOrderFile, parsePcsOrderCsv, pcsList, normalizePcs, type PcsRecord } from './icd10pcs';
export { MODIFIERS, modifierList, isNcciModifier, normalizeModifier, type Modifier, type NcciRole } from './modifiers';
export { parsePlaceOfServiceCsv, placeOfServiceList, normalizePos, type PlaceOfService } from './place-of-service';
export { parseAdjustmentCodesCsv, adjustmentCodeList, normalizeAdjustmentCode, type AdjustmentCode, type AdjustmentKind } from './adjustment-codes';
export { parseTaxonomyCsv, taxonomyList, normalizeTaxonomy, type Taxonomy } from './taxonomy';
export { parseAmaCptFile, cptListFromAma, houseCptList, normalizeCpt, type CptDescriptor } from './cpt';
export { listFiles, hcpcsFiles, loadCodeLists, loadHcpcs, loadPcs, loadPlaceOfService, loadAdjustmentCodes, loadTaxonomy, loadCpt } from './load-lists';
export { registerCodeLists, storedCodeLists, saveCodeList, STORED_LIST_SYSTEMS, LIST_SNAPSHOT_FORMAT } from './stored-lists';
export { CODE_LIST_IMPORTERS } from './importers';
