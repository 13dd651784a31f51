// The official CMS HCPCS Level II file (HCPCyyyy_<month>_ANWEB): fixed-width 320-character records, laid
// out as the CMS record layout ("HCPCS Contractor Record") publishes it. Positions below are 1-based,
// inclusive, as in that layout. A code's long description may run over several records: the first
// (record identification code 3 for procedures, 7 for modifiers) carries the data fields; the
// continuations (4 and 8) carry only more description, in sequence-number order. CMS wraps the long
// description on word boundaries, so continuation segments are joined with one space.
import type { CalendarDate } from '../../dates/index';
import { listError } from './csv';
import { listDate } from './dates';

export interface HcpcsRecord {
  /** 5 characters for procedures; the 2-character modifier for modifier records. */
  code: string;
  kind: 'procedure' | 'modifier';
  longDescription: string;
  shortDescription: string;
  pricingIndicators: string[];
  multiplePricingIndicator: string;
  coverageIssuesManualRefs: string[];
  carriersManualRefs: string[];
  statute: string;
  labCertifications: string[];
  crossReferences: string[];
  coverageCode: string;
  ascPaymentGroup: string;
  ascEffectiveDate?: CalendarDate;
  processingNote: string;
  betos: string;
  typesOfService: string[];
  anesthesiaBaseUnits?: number;
  addedDate?: CalendarDate;
  actionEffectiveDate?: CalendarDate;
  terminationDate?: CalendarDate;
  actionCode: string;
  /** the line of the first record of this code */
  line: number;
}

const RECORD_LENGTH = 320;

/** [first, last] 1-based inclusive positions from the CMS record layout. */
const AT = {
  code: [1, 5], modifier: [4, 5], sequence: [6, 10], recordId: [11, 11], longDescription: [12, 91], shortDescription: [92, 119],
  pricing: [120, 127], multiplePricing: [128, 128], cim: [129, 146], mcm: [147, 170], statute: [171, 180], labCert: [181, 204],
  crossRef: [205, 229], coverage: [230, 230], ascGroup: [231, 232], ascDate: [233, 240], processingNote: [253, 256],
  betos: [257, 259], typeOfService: [261, 265], anesthesiaUnits: [266, 268], addedDate: [269, 276], actionDate: [277, 284],
  terminationDate: [285, 292], actionCode: [293, 293],
} as const satisfies Record<string, readonly [number, number]>;

function cut(record: string, [from, to]: readonly [number, number]): string {
  return record.slice(from - 1, to).trim();
}

/** A field that occurs n times at a fixed width, blanks dropped. */
function occurs(record: string, at: readonly [number, number], width: number): string[] {
  const out: string[] = [];
  for (let p = at[0]; p + width - 1 <= at[1]; p += width) {
    const v = cut(record, [p, p + width - 1]);
    if (v) out.push(v);
  }
  return out;
}

function firstRecord(record: string, file: string, line: number, kind: HcpcsRecord['kind']): HcpcsRecord {
  const date = (at: readonly [number, number], name: string): CalendarDate | undefined => listDate(cut(record, at), file, line, name);
  const units = cut(record, AT.anesthesiaUnits);
  if (units && !/^\d+$/.test(units)) throw listError(file, line, `anesthesia base units (positions 266-268) '${units}' is not a number`);
  return {
    code: kind === 'modifier' ? cut(record, AT.modifier) : cut(record, AT.code), kind,
    longDescription: cut(record, AT.longDescription), shortDescription: cut(record, AT.shortDescription),
    pricingIndicators: occurs(record, AT.pricing, 2), multiplePricingIndicator: cut(record, AT.multiplePricing),
    coverageIssuesManualRefs: occurs(record, AT.cim, 6), carriersManualRefs: occurs(record, AT.mcm, 8), statute: cut(record, AT.statute),
    labCertifications: occurs(record, AT.labCert, 3), crossReferences: occurs(record, AT.crossRef, 5), coverageCode: cut(record, AT.coverage),
    ascPaymentGroup: cut(record, AT.ascGroup), ascEffectiveDate: date(AT.ascDate, 'ASC payment group effective date'),
    processingNote: cut(record, AT.processingNote), betos: cut(record, AT.betos), typesOfService: occurs(record, AT.typeOfService, 1),
    anesthesiaBaseUnits: units ? Number(units) : undefined, addedDate: date(AT.addedDate, 'code added date'),
    actionEffectiveDate: date(AT.actionDate, 'action effective date'), terminationDate: date(AT.terminationDate, 'termination date'),
    actionCode: cut(record, AT.actionCode), line,
  };
}

/** Parses the whole file. Short lines are padded (trailing blanks are often trimmed); longer ones are an error. */
export function parseHcpcsAnweb(text: string, file = 'HCPC_ANWEB.txt'): HcpcsRecord[] {
  const out: HcpcsRecord[] = [];
  let current: HcpcsRecord | undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (raw.trim() === '') continue;
    if (raw.length > RECORD_LENGTH) throw listError(file, line, `record is ${raw.length} characters; the HCPCS layout has ${RECORD_LENGTH}`);
    const record = raw.padEnd(RECORD_LENGTH, ' ');
    const id = cut(record, AT.recordId);
    if (id === '3' || id === '7') {
      current = firstRecord(record, file, line, id === '3' ? 'procedure' : 'modifier');
      out.push(current);
    } else if (id === '4' || id === '8') {
      const code = id === '4' ? cut(record, AT.code) : cut(record, AT.modifier);
      if (!current || current.code !== code) {
        throw listError(file, line, `continuation record for ${code} does not follow a first record of that code`);
      }
      current.longDescription = `${current.longDescription} ${cut(record, AT.longDescription)}`.trim();
    } else {
      throw listError(file, line, `record identification code (position 11) '${id}' is not 3, 4, 7 or 8`);
    }
  }
  return out;
}
