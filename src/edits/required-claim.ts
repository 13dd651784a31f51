// Claim-level data: payer id, patient control number, replacement/void references, the limits of the
// 837P, and the total charge.
import { CLAIM_LIMITS } from '../claims/index';
import { finding } from './claim-facts';
import type { Edit, EditFinding } from './types';

const ID = 'required.claim';

export const requiredClaim: Edit = {
  id: ID,
  title: 'Payer id, claim identifiers, limits and totals',
  severity: 'error',
  run({ claim, payer }) {
    const out: EditFinding[] = [];
    const add = (path: string, message: string, fix: string) => out.push(finding(ID, 'error', path, message, fix));
    if (!/^[0-9A-Za-z]{2,80}$/.test(claim.payer.payerId)) add('payer.payerId', `The payer id '${claim.payer.payerId}' is missing or malformed`, 'Use the electronic payer id from the clearinghouse payer list');
    else if (payer.payerId && payer.payerId !== claim.payer.payerId) add('payer.payerId', `The claim's payer id ${claim.payer.payerId} is not the payer it is being scrubbed for (${payer.payerId})`, 'Check the coverage the claim was built from');
    const pcn = claim.patientControlNumber;
    if (!pcn || pcn.length > CLAIM_LIMITS.patientControlNumberLength) add('patientControlNumber', `The patient control number '${pcn}' must have 1 to ${CLAIM_LIMITS.patientControlNumberLength} characters`, 'Rebuild the claim to get a new patient control number');
    if (claim.frequencyCode !== '1' && !claim.payerClaimControlNumber) add('payerClaimControlNumber', `A ${claim.frequencyCode === '7' ? 'replacement' : 'void'} claim needs the payer's claim number of the claim it ${claim.frequencyCode === '7' ? 'replaces' : 'voids'}`, 'Enter the payer claim control number from the original claim\'s remittance');
    if (claim.diagnoses.length === 0) add('diagnoses', 'The claim has no diagnosis', 'Code the encounter\'s diagnoses');
    const maxDx = claim.kind === 'professional' ? CLAIM_LIMITS.professionalDiagnoses : CLAIM_LIMITS.institutionalDiagnoses;
    if (claim.diagnoses.length > maxDx) add('diagnoses', `The claim has ${claim.diagnoses.length} diagnoses; at most ${maxDx} fit`, 'Keep the diagnoses that support the services, or split the claim');
    const maxLines = claim.kind === 'professional' ? CLAIM_LIMITS.professionalLines : CLAIM_LIMITS.institutionalLines;
    if (claim.lines.length === 0) add('lines', 'The claim has no service lines', 'Add the services performed');
    if (claim.lines.length > maxLines) add('lines', `The claim has ${claim.lines.length} lines; at most ${maxLines} fit`, 'Split the claim');
    const sum = claim.lines.reduce((s, l) => s + l.charge, 0);
    if (sum !== claim.totalCharge) add('totalCharge', `The total charge ${claim.totalCharge / 100} does not equal the sum of the lines (${sum / 100})`, 'Rebuild the claim so the total matches the lines');
    claim.lines.forEach((l, i) => {
      if (l.charge <= 0) add(`lines[${i}].charge`, `Line ${l.lineNumber} (${l.procedureCode}) has no charge`, 'Enter the fee schedule charge');
      if (!(l.units > 0)) add(`lines[${i}].units`, `Line ${l.lineNumber} (${l.procedureCode}) has ${l.units} units`, 'Enter the units of service (at least 1)');
    });
    return out;
  },
};
