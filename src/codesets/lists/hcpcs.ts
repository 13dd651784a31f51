// HCPCS Level II as a code list: from the official ANWEB file or from the derived CSVs (attributes +
// descriptions), each code in effect from the date it was added through its termination date.
import type { CalendarDate } from '../../dates/index';
import { parseCsv } from './csv';
import { listDate, windowOf } from './dates';
import type { HcpcsRecord } from './hcpcs-anweb';
import { CodeList, plainCode, type ListEntry } from './provider';

export const normalizeHcpcs = plainCode(/^[A-V][0-9]{4}$/);

function entryOf(r: HcpcsRecord): ListEntry {
  const { code, longDescription, shortDescription, line: _line, ...details } = r;
  return {
    code, title: longDescription || shortDescription, billable: true, effective: windowOf(r.addedDate, r.terminationDate),
    details: { shortDescription, ...details },
  };
}

/** Procedure records of an ANWEB file as a list (modifier records belong to the modifier list). */
export function hcpcsListFromAnweb(records: readonly HcpcsRecord[], release: string): CodeList {
  return new CodeList(records.filter((r) => r.kind === 'procedure').map(entryOf), {
    system: 'HCPCS', release, normalize: normalizeHcpcs, searchAs: 'HCPCS',
  });
}

const ATTRIBUTE_COLUMNS = ['hcpcs_code', 'price', 'multi', 'cov', 'betos', 'tos', 'action', 'xref', 'anes', 'date_term', 'date_added', 'date_action'];

/** The derived CSVs: hcpcs_level2_<year>_<month>_attributes.csv and hcpcs_level2_<year>_descriptions.csv. */
export function parseHcpcsCsv(attributesCsv: string, descriptionsCsv: string, files = { attributes: 'attributes.csv', descriptions: 'descriptions.csv' }): HcpcsRecord[] {
  const descriptions = new Map<string, { long?: string; short?: string }>();
  for (const { fields } of parseCsv(descriptionsCsv, files.descriptions, ['hcpcs_code', 'hcpcs_desc_type', 'hcpcs_description'])) {
    const d = descriptions.get(fields.hcpcs_code!) ?? {};
    if (fields.hcpcs_desc_type === 'Long') d.long = fields.hcpcs_description;
    else d.short = fields.hcpcs_description;
    descriptions.set(fields.hcpcs_code!, d);
  }
  return parseCsv(attributesCsv, files.attributes, ATTRIBUTE_COLUMNS).map(({ line, fields: f }) => {
    const date = (name: string): CalendarDate | undefined => listDate(f[name]!, files.attributes, line, name);
    const d = descriptions.get(f.hcpcs_code!) ?? {};
    const split = (v: string | undefined): string[] => (v ? v.split(/[\s;|:,]+/).filter(Boolean) : []);
    return {
      code: f.hcpcs_code!, kind: 'procedure', longDescription: d.long ?? '', shortDescription: d.short ?? '',
      pricingIndicators: split(f.price), multiplePricingIndicator: f.multi!, coverageIssuesManualRefs: split(f.cim),
      carriersManualRefs: split(f.mcm), statute: f.statute ?? '', labCertifications: split(f.lab), crossReferences: split(f.xref),
      coverageCode: f.cov!, ascPaymentGroup: f.asc_grp ?? '', ascEffectiveDate: f.date_asc ? date('date_asc') : undefined,
      processingNote: f.proc ?? '', betos: f.betos!, typesOfService: split(f.tos), anesthesiaBaseUnits: f.anes ? Number(f.anes) : undefined,
      addedDate: date('date_added'), actionEffectiveDate: date('date_action'), terminationDate: date('date_term'), actionCode: f.action!, line,
    } satisfies HcpcsRecord;
  });
}
