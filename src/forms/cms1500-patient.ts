// Items 1-13 of the 1500: carrier block, program, patient, insured, other insured, related causes, signatures.
import type { Claim, ClaimFilingIndicatorCode, ClaimPerson } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import type { PageWriter } from './grid';
import { putDate } from './cms1500-lines';
import { addressLine, cityStateZip, lastFirstName, phoneParts, streetLine, zipCode } from './text';

type Program = 'medicare' | 'medicaid' | 'tricare' | 'champva' | 'group' | 'feca' | 'other';

const PROGRAM_COLUMN: Record<Program, number> = {
  medicare: 1, medicaid: 8, tricare: 15, champva: 24, group: 31, feca: 39, other: 45,
};

/**
 * Item 1 from the claim filing indicator (SBR09). Medicare Part A/B and Medicare risk HMOs (16) are Medicare;
 * commercial, BCBS, HMO, FEHB (FI) and the managed-care types 12-15, 17 are group health plans; OF, the
 * 837's "other federal program", carries the Department of Labor programs (FECA, Black Lung); workers'
 * compensation, auto, liability, disability, Title V and mutually defined are Other.
 */
export function programOf(code: ClaimFilingIndicatorCode): Program {
  switch (code) {
    case 'MA': case 'MB': case '16': return 'medicare';
    case 'MC': return 'medicaid';
    case 'CH': return 'tricare';
    case 'VA': return 'champva';
    case 'BL': case 'CI': case 'HM': case 'FI': case '12': case '13': case '14': case '15': case '17': return 'group';
    case 'OF': return 'feca';
    default: return 'other';
  }
}

export function patientOf(claim: Claim): ClaimPerson {
  return claim.patient ?? claim.subscriber;
}

export function layoutCarrierAndPatient(w: PageWriter, claim: Claim): void {
  // Carrier block, top right: payer name, address lines, city state ZIP.
  w.put({ item: 'CARRIER', col: 50, line: 2, width: 30, overflow: 'truncate' }, claim.payer.name);
  const pa = claim.payer.address;
  if (pa) {
    w.put({ item: 'CARRIER', col: 50, line: 3, width: 30, overflow: 'truncate' }, addressLine(pa.line1));
    if (pa.line2) w.put({ item: 'CARRIER', col: 50, line: 4, width: 30, overflow: 'truncate' }, addressLine(pa.line2));
    w.putShrinking({ item: 'CARRIER', col: 50, line: 5, width: 30 }, cityStateZip(pa));
  }
  w.check('1', PROGRAM_COLUMN[programOf(claim.payer.claimFilingIndicator)], 8, true);
  w.put({ item: '1a', col: 50, line: 8, width: 29 }, claim.subscriber.memberId);

  const patient = patientOf(claim);
  w.put({ item: '2', col: 1, line: 10, width: 28, overflow: 'truncate' }, lastFirstName(patient));
  putDate(w, '3', [31, 34, 37], 10, patient.birthDate, 'yyyy');
  w.check('3', 43, 10, patient.sex === 'M');
  w.check('3', 47, 10, patient.sex === 'F');
  w.put({ item: '4', col: 50, line: 10, width: 29, overflow: 'truncate' }, lastFirstName(claim.subscriber));
  putAddress(w, '5', 1, patient.address, { city: 24, stateCol: 26, zip: 12 });
  const relationship = claim.patient?.relationship ?? claim.relationship;
  const relationCol = relationship === '18' ? 33 : relationship === '01' ? 38 : relationship === '19' ? 42 : 47;
  w.check('6', relationCol, 12, true);
  putAddress(w, '7', 50, claim.subscriber.address, { city: 22, stateCol: 74, zip: 12 });
}

function putAddress(
  w: PageWriter, item: string, col: number, a: ClaimPerson['address'], size: { city: number; stateCol: number; zip: number },
): void {
  w.put({ item, col, line: 12, width: 28, overflow: 'truncate' }, streetLine(a));
  w.put({ item, col, line: 14, width: size.city, overflow: 'truncate' }, addressLine(a.city));
  w.put({ item, col: size.stateCol, line: 14, width: 2 }, a.state);
  w.put({ item, col, line: 16, width: size.zip }, zipCode(a.postalCode));
}

/** Telephone: area code inside the printed parentheses, then the number without separators. */
export function putPhone(w: PageWriter, item: string, col: number, line: number, phone: string | undefined): void {
  const p = phoneParts(phone);
  if (!p) return;
  w.put({ item, col, line, width: 3 }, p.area);
  w.put({ item, col: col + 4, line, width: 8 }, p.number);
}

const RELATED_CAUSE_ROWS = [
  { item: '10a', line: 20, code: 'EM' }, { item: '10b', line: 22, code: 'AA' }, { item: '10c', line: 24, code: 'OA' },
] as const;

export function layoutInsurance(w: PageWriter, claim: Claim, signatureDate: CalendarDate | undefined): void {
  const other = claim.otherCoverages[0];
  if (other) {
    w.put({ item: '9', col: 1, line: 18, width: 28, overflow: 'truncate' }, lastFirstName(other.subscriber));
    // 9a is the other insured's policy or group number: the group number when there is one, else the member id.
    w.put({ item: '9a', col: 1, line: 20, width: 28 }, other.groupNumber ?? other.subscriber.groupNumber ?? other.subscriber.memberId);
    w.put({ item: '9d', col: 1, line: 26, width: 28, overflow: 'truncate' }, other.payer.name);
  }
  const causes = claim.relatedCauses?.codes ?? [];
  for (const r of RELATED_CAUSE_ROWS) w.check(r.item, causes.includes(r.code) ? 35 : 41, r.line, true);
  if (causes.includes('AA')) w.put({ item: '10b', col: 45, line: 22, width: 2 }, claim.relatedCauses?.state);

  const sub = claim.subscriber;
  w.put({ item: '11', col: 50, line: 18, width: 29 }, sub.groupNumber);
  putDate(w, '11a', [53, 56, 59], 20, sub.birthDate, 'yyyy');
  w.check('11a', 68, 20, sub.sex === 'M');
  w.check('11a', 75, 20, sub.sex === 'F');
  w.put({ item: '11c', col: 50, line: 24, width: 29, overflow: 'truncate' }, claim.payer.name);
  w.check('11d', claim.otherCoverages.length > 0 ? 52 : 57, 26, true);

  if (claim.releaseOfInformation === 'Y') {
    w.put({ item: '12', col: 7, line: 30, width: 24 }, 'SIGNATURE ON FILE');
    putDate(w, '12', [37, 40, 43], 30, signatureDate, 'yy');
  }
  if (claim.benefitsAssigned) w.put({ item: '13', col: 56, line: 30, width: 23 }, 'SIGNATURE ON FILE');
}
