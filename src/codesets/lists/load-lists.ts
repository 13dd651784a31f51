// File adapter: finds the list files in a code-set folder (the layout of ../shared/data, or official
// file names dropped into it) and hands their text to the pure parsers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { adjustmentCodeList, parseAdjustmentCodesCsv } from './adjustment-codes';
import { cptListFromAma, houseCptList, parseAmaCptFile } from './cpt';
import { hcpcsListFromAnweb, parseHcpcsCsv } from './hcpcs';
import { parseHcpcsAnweb } from './hcpcs-anweb';
import { parsePcsOrderCsv, parsePcsOrderFile, pcsList } from './icd10pcs';
import { modifierList } from './modifiers';
import { parsePlaceOfServiceCsv, placeOfServiceList } from './place-of-service';
import type { CodeList } from './provider';
import { parseTaxonomyCsv, taxonomyList } from './taxonomy';

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** File names each list is read from, in the folder of the shared data or as CMS names them. */
const PATTERNS = {
  hcpcsAnweb: [/^HCPC\d{4}.*ANWEB.*\.txt$/i],
  hcpcsCsv: [/^hcpcs_level2_\d{4}_[a-z]+_attributes\.csv$/, /^hcpcs_level2_\d{4}_descriptions\.csv$/],
  pcs: [/^icd10pcs_order_\d{4}.*\.(txt|csv)$/i],
  pos: [/^place_of_service.*\.csv$/],
  adjustment: [/^carc_rarc.*\.csv$/],
  taxonomy: [/^nucc_taxonomy.*\.csv$/],
} as const;

/** The files of one list directly in dir (what an importer of that folder would read). */
export function listFiles(dir: string, kind: keyof typeof PATTERNS): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).sort();
  return PATTERNS[kind].flatMap((p) => names.filter((n) => p.test(n)).slice(-1)).map((n) => join(dir, n));
}

/** HCPCS reads the ANWEB file when there is one, else the pair of derived CSVs. */
export function hcpcsFiles(dir: string): string[] {
  const anweb = listFiles(dir, 'hcpcsAnweb');
  if (anweb.length) return anweb;
  const csv = listFiles(dir, 'hcpcsCsv');
  return csv.length === 2 ? csv : [];
}

/** Files of dir (and its direct sub-folder `sub`) whose names match. */
function find(dir: string, sub: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const folder of [dir, join(dir, sub)]) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) if (pattern.test(name)) out.push(join(folder, name));
  }
  return out;
}

export function loadHcpcs(dir: string): CodeList | undefined {
  const anweb = find(dir, 'hcpcs', /^HCPC\d{4}.*ANWEB.*\.txt$/i).at(-1);
  if (anweb) {
    const release = /HCPC(\d{4})_?([A-Z]{3})?/i.exec(basename(anweb));
    return hcpcsListFromAnweb(parseHcpcsAnweb(read(anweb), anweb), `HCPCS ${release?.[1] ?? ''} ${release?.[2] ?? ''}`.trim());
  }
  const attributes = find(dir, 'hcpcs', /^hcpcs_level2_\d{4}_[a-z]+_attributes\.csv$/).at(-1);
  const descriptions = find(dir, 'hcpcs', /^hcpcs_level2_\d{4}_descriptions\.csv$/).at(-1);
  if (!attributes || !descriptions) return undefined;
  const m = /_(\d{4})_([a-z]+)_attributes/.exec(basename(attributes));
  const records = parseHcpcsCsv(read(attributes), read(descriptions), { attributes, descriptions });
  return hcpcsListFromAnweb(records, `HCPCS ${m?.[1] ?? ''} ${m?.[2] ?? ''}`.trim());
}

export function loadPcs(dir: string): CodeList | undefined {
  const official = find(dir, 'icd10pcs', /^icd10pcs_order_\d{4}\.txt$/i).at(-1);
  if (official) return pcsList(parsePcsOrderFile(read(official), official), Number(/(\d{4})/.exec(basename(official))![1]));
  const derived = find(dir, 'icd10pcs', /^icd10pcs_order_\d{4}.*\.csv$/i).at(-1);
  if (!derived) return undefined;
  return pcsList(parsePcsOrderCsv(read(derived), derived), Number(/(\d{4})/.exec(basename(derived))![1]));
}

export function loadPlaceOfService(dir: string): CodeList | undefined {
  const file = find(dir, 'pos', /^place_of_service.*\.csv$/).at(-1);
  return file ? placeOfServiceList(parsePlaceOfServiceCsv(read(file), file), basename(file, '.csv')) : undefined;
}

export function loadAdjustmentCodes(dir: string): CodeList[] {
  const file = find(dir, 'x12', /^carc_rarc.*\.csv$/).at(-1);
  if (!file) return [];
  const rows = parseAdjustmentCodesCsv(read(file), file);
  const release = basename(file, '.csv');
  return [adjustmentCodeList(rows, 'CARC', release), adjustmentCodeList(rows, 'RARC', release), adjustmentCodeList(rows, 'CAGC', release)];
}

export function loadTaxonomy(dir: string): CodeList | undefined {
  const file = find(dir, 'nucc', /^nucc_taxonomy.*\.csv$/).at(-1);
  return file ? taxonomyList(parseTaxonomyCsv(read(file), file), basename(file, '.csv')) : undefined;
}

/** The licensed AMA file when the practice has one (path given), else the house list. */
export function loadCpt(amaFile?: string): CodeList {
  return amaFile ? cptListFromAma(parseAmaCptFile(read(amaFile), amaFile), basename(amaFile)) : houseCptList();
}

/** Every list the folder holds, plus the modifiers and CPT (house list unless an AMA file is given). */
export function loadCodeLists(dir: string, options: { amaCptFile?: string } = {}): CodeList[] {
  const lists: (CodeList | undefined)[] = [
    loadHcpcs(dir), loadPcs(dir), modifierList(), loadPlaceOfService(dir), ...loadAdjustmentCodes(dir), loadTaxonomy(dir), loadCpt(options.amaCptFile),
  ];
  return lists.filter((l): l is CodeList => l !== undefined);
}
