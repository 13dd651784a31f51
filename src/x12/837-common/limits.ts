// Input limits and data checks before an 837 is written: every problem of every claim is collected
// with the claim, the field and a message a biller can act on, and the batch is refused as a whole.
import { AppError, CLAIM_LIMITS, isValidNpi } from '../deps';
import type { Claim } from '../deps';
import type { Delimiters } from '../segment';
import { delimiterPattern } from './codec';

export interface ClaimProblem {
  claimId: string;
  patientControlNumber: string;
  /** Path of the offending field in the claim, e.g. 'lines[3].diagnosisPointers' or 'subscriber.lastName'. */
  field: string;
  /** Stable code, e.g. '837.limit.lines'. */
  code: string;
  message: string;
}

/** The claims could not be written as an 837; `problems` lists every reason. */
export class Claim837Error extends AppError {
  constructor(readonly problems: readonly ClaimProblem[]) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super('domain', problems.length === 1 && first ? first.code : '837.claims.invalid', `${first?.message ?? 'no claims'}${more}`, first ? { field: first.field } : {});
  }
}

type Kind = 'professional' | 'institutional';

/** Fast check: does any string in the value contain a delimiter? (No paths built on the common, clean path.) */
function anyDelimiter(value: unknown, re: RegExp): boolean {
  if (typeof value === 'string') return re.test(value);
  if (Array.isArray(value)) {
    for (const v of value) if (anyDelimiter(v, re)) return true;
    return false;
  }
  if (value && typeof value === 'object') {
    for (const k in value) if (anyDelimiter((value as Record<string, unknown>)[k], re)) return true;
  }
  return false;
}

function delimiterProblems(value: unknown, path: string, d: Delimiters, out: { field: string; ch: string }[]): void {
  const re = delimiterPattern(d);
  if (!anyDelimiter(value, re)) return;
  if (typeof value === 'string') {
    const ch = re.exec(value)![0];
    const name = ch === d.element ? 'element separator' : ch === d.segment ? 'segment terminator' : ch === d.repetition ? 'repetition separator' : 'component separator';
    out.push({ field: path, ch: `'${ch}' (the ${name})` });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => delimiterProblems(v, `${path}[${i}]`, d, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) delimiterProblems(v, path ? `${path}.${k}` : k, d, out);
  }
}

export function claimProblems(claim: Claim, kind: Kind, d: Delimiters): ClaimProblem[] {
  const out: ClaimProblem[] = [];
  const pcn = claim.patientControlNumber;
  const add = (field: string, code: string, message: string): void => {
    out.push({ claimId: claim.id, patientControlNumber: pcn, field, code, message: `Claim ${pcn || claim.id}: ${message}` });
  };
  if (claim.kind !== kind) add('kind', '837.claim.kind', `is ${claim.kind}; the ${kind === 'professional' ? '837P' : '837I'} carries ${kind} claims only.`);
  if (kind === 'institutional' && !claim.institutional) add('institutional', '837.claim.institutional_missing', 'has no institutional data (bill type, patient status) for the 837I.');
  if (!pcn) add('patientControlNumber', '837.claim.patient_control_number', 'has no patient control number (CLM01).');
  else if (pcn.length > CLAIM_LIMITS.patientControlNumberLength) {
    add('patientControlNumber', '837.limit.patient_control_number', `patient control number "${pcn}" is ${pcn.length} characters; payers return only ${CLAIM_LIMITS.patientControlNumberLength} in the 835, so it must be at most ${CLAIM_LIMITS.patientControlNumberLength}.`);
  }
  const maxLines = kind === 'professional' ? CLAIM_LIMITS.professionalLines : CLAIM_LIMITS.institutionalLines;
  if (claim.lines.length === 0) add('lines', '837.claim.no_lines', 'has no service lines.');
  if (claim.lines.length > maxLines) add('lines', '837.limit.lines', `has ${claim.lines.length} service lines; the ${kind === 'professional' ? '837P' : '837I'} allows at most ${maxLines} per claim. Split it into several claims.`);
  const maxDx = kind === 'professional' ? CLAIM_LIMITS.professionalDiagnoses : CLAIM_LIMITS.institutionalDiagnoses;
  if (claim.diagnoses.length === 0) add('diagnoses', '837.claim.no_diagnosis', 'has no diagnosis; a principal diagnosis (HI*ABK) is required.');
  if (claim.diagnoses.length > maxDx) add('diagnoses', '837.limit.diagnoses', `has ${claim.diagnoses.length} diagnoses; the ${kind === 'professional' ? '837P' : '837I'} carries at most ${maxDx}.`);
  if ((claim.frequencyCode === '7' || claim.frequencyCode === '8') && !claim.payerClaimControlNumber) {
    add('payerClaimControlNumber', '837.claim.missing_payer_claim_number', `is a ${claim.frequencyCode === '7' ? 'replacement (7)' : 'void (8)'} but has no payer claim control number for REF*F8 (the CLP07 of the original claim's 835).`);
  }
  const lineTotal = claim.lines.reduce((s, l) => s + l.charge, 0);
  if (lineTotal !== claim.totalCharge) add('totalCharge', '837.claim.charge_mismatch', `total charge ${claim.totalCharge / 100} differs from the sum of its line charges ${lineTotal / 100} (CLM02 must equal the sum of the lines).`);
  if (!claim.billingProvider.address) add('billingProvider.address', '837.claim.billing_address', 'billing provider has no street address (2010AA N3/N4 are required).');
  if (!claim.billingProvider.taxId) add('billingProvider.taxId', '837.claim.billing_tax_id', 'billing provider has no tax id (2010AA REF*EI or REF*SY is required).');
  npiProblems(claim, add);
  cobProblems(claim, add);
  claim.lines.forEach((line, i) => {
    const f = `lines[${i}]`;
    if (line.diagnosisPointers.length > CLAIM_LIMITS.pointersPerLine) add(`${f}.diagnosisPointers`, '837.limit.pointers', `line ${i + 1} has ${line.diagnosisPointers.length} diagnosis pointers; at most ${CLAIM_LIMITS.pointersPerLine} are allowed.`);
    for (const p of line.diagnosisPointers) {
      if (!Number.isInteger(p) || p < 1 || p > Math.min(claim.diagnoses.length, CLAIM_LIMITS.professionalDiagnoses)) {
        add(`${f}.diagnosisPointers`, '837.line.pointer', `line ${i + 1} points at diagnosis ${p}, which the claim does not have.`);
      }
    }
    if (kind === 'professional' && line.diagnosisPointers.length === 0) add(`${f}.diagnosisPointers`, '837.line.pointer', `line ${i + 1} has no diagnosis pointer (SV107 is required).`);
    if (line.modifiers.length > 4) add(`${f}.modifiers`, '837.limit.modifiers', `line ${i + 1} has ${line.modifiers.length} modifiers; at most 4 are allowed.`);
    if (kind === 'institutional' && !line.revenueCode) add(`${f}.revenueCode`, '837.line.revenue_code', `line ${i + 1} has no revenue code (SV201 is required).`);
    if (kind === 'professional' && line.codeSystem === 'ICD10PCS') add(`${f}.codeSystem`, '837.line.code_system', `line ${i + 1} is an ICD-10-PCS code; professional lines carry CPT/HCPCS.`);
  });
  const hits: { field: string; ch: string }[] = [];
  delimiterProblems(claim, '', d, hits);
  for (const h of hits) add(h.field, '837.data.delimiter', `${h.field} contains ${h.ch}, which X12 5010 cannot carry in data; remove it.`);
  return out;
}

/** CAS segments needed for a list of adjustments: one per group code and six reasons each. */
function casCount(adjustments: readonly { groupCode: string }[]): number {
  const perGroup = new Map<string, number>();
  for (const a of adjustments) perGroup.set(a.groupCode, (perGroup.get(a.groupCode) ?? 0) + 1);
  let n = 0;
  for (const k of perGroup.values()) n += Math.ceil(k / 6);
  return n;
}

/** COB repeat limits: 10 other payers (2320), 5 CAS per payer or line, 15 line adjudications (2430). */
function cobProblems(claim: Claim, add: (field: string, code: string, message: string) => void): void {
  if (claim.otherCoverages.length > 10) add('otherCoverages', '837.limit.other_coverages', `has ${claim.otherCoverages.length} other payers; the 837 carries at most 10 (loop 2320).`);
  claim.otherCoverages.forEach((c, i) => {
    if (casCount(c.claimAdjustments) > 5) add(`otherCoverages[${i}].claimAdjustments`, '837.limit.adjustments', `other payer ${c.payer.payerId} has adjustments that need ${casCount(c.claimAdjustments)} CAS segments; at most 5 are allowed.`);
  });
  claim.lines.forEach((l, i) => {
    const adj = l.priorAdjudications ?? [];
    if (adj.length > 15) add(`lines[${i}].priorAdjudications`, '837.limit.line_adjudications', `line ${i + 1} has ${adj.length} prior adjudications; at most 15 are allowed (loop 2430).`);
    adj.forEach((a, j) => {
      if (casCount(a.adjustments) > 5) add(`lines[${i}].priorAdjudications[${j}].adjustments`, '837.limit.adjustments', `line ${i + 1} adjudication by ${a.payerId} needs ${casCount(a.adjustments)} CAS segments; at most 5 are allowed.`);
    });
  });
}

const npiSeen = new Map<string, boolean>();

/** NPIs repeat across a batch (one billing provider, a few renderers): remember the answer. */
function validNpi(npi: string): boolean {
  let ok = npiSeen.get(npi);
  if (ok === undefined) {
    ok = isValidNpi(npi);
    if (npiSeen.size > 10_000) npiSeen.clear();
    npiSeen.set(npi, ok);
  }
  return ok;
}

function npiProblems(claim: Claim, add: (field: string, code: string, message: string) => void): void {
  const providers: [string, { npi?: string } | undefined][] = [
    ['billingProvider', claim.billingProvider], ['renderingProvider', claim.renderingProvider], ['referringProvider', claim.referringProvider],
    ['supervisingProvider', claim.supervisingProvider], ['serviceFacility', claim.serviceFacility],
    ['institutional.attendingProvider', claim.institutional?.attendingProvider], ['institutional.operatingProvider', claim.institutional?.operatingProvider],
    ...claim.lines.map((l, i): [string, { npi?: string } | undefined] => [`lines[${i}].renderingProvider`, l.renderingProvider]),
  ];
  for (const [field, p] of providers) {
    if (!p || (field === 'serviceFacility' && !p.npi)) continue;
    if (!validNpi(p.npi ?? '')) add(`${field}.npi`, '837.claim.npi', `${field} NPI "${p.npi ?? ''}" is not a valid NPI (ten digits starting with 1 or 2, correct check digit).`);
  }
}

/** Throws Claim837Error listing every problem of every claim, or returns quietly. */
export function assertClaimsWritable(claims: readonly Claim[], kind: Kind, d: Delimiters): void {
  const problems = claims.flatMap((c) => claimProblems(c, kind, d));
  if (claims.length === 0) problems.push({ claimId: '', patientControlNumber: '', field: '', code: '837.claims.empty', message: 'There are no claims to write.' });
  if (problems.length > 0) throw new Claim837Error(problems);
}

/** The submitter, receiver and batch reference go into the file too: refuse delimiters there as well. */
export function assertPartiesWritable(
  s: { name: string; id: string; contact: { name: string; phone?: string; email?: string } }, r: { name: string; id: string },
  o: { referenceIdentification: string; transactionSetControlNumber: string }, d: Delimiters,
): void {
  const hits: { field: string; ch: string }[] = [];
  delimiterProblems({ submitter: s, receiver: r, options: { referenceIdentification: o.referenceIdentification, transactionSetControlNumber: o.transactionSetControlNumber } }, '', d, hits);
  if (hits.length > 0) {
    throw new Claim837Error(hits.map((h) => ({ claimId: '', patientControlNumber: '', field: h.field, code: '837.data.delimiter', message: `${h.field} contains ${h.ch}, which X12 5010 cannot carry in data; remove it.` })));
  }
}
