// Subscriber and patient data: member id, names, date of birth, sex, address.
import type { ClaimPerson } from '../claims/index';
import { parseCalendarDate } from '../dates/index';
import { finding } from './claim-facts';
import type { Edit, EditFinding } from './types';

const ID = 'required.patient';

function checkNames(out: EditFinding[], p: Pick<ClaimPerson, 'lastName' | 'firstName'>, path: string, role: string): void {
  if (!p.lastName.trim()) out.push(finding(ID, 'error', `${path}.lastName`, `The ${role}'s last name is missing`, 'Enter the name as on the insurance card'));
  if (!p.firstName.trim()) out.push(finding(ID, 'error', `${path}.firstName`, `The ${role}'s first name is missing`, 'Enter the name as on the insurance card'));
}

function checkPerson(out: EditFinding[], p: ClaimPerson, path: string, role: string, today: string): void {
  checkNames(out, p, path, role);
  if (!parseCalendarDate(p.birthDate) || p.birthDate > today) {
    out.push(finding(ID, 'error', `${path}.birthDate`, `The ${role}'s date of birth '${p.birthDate}' is not a valid past date`, 'Correct the date of birth'));
  }
  if (p.sex === 'U') out.push(finding(ID, 'warning', `${path}.sex`, `The ${role}'s sex is unknown: sex-specific edits cannot be checked and some payers reject it`, 'Record the sex as on the insurance card'));
  const a = p.address;
  if (!a.line1.trim() || !a.city.trim() || !/^[A-Z]{2}$/.test(a.state)) {
    out.push(finding(ID, 'error', `${path}.address`, `The ${role}'s address is incomplete (street, city and two-letter state are required)`, 'Complete the address'));
  }
  if (!/^(\d{5}|\d{9})$/.test(a.postalCode)) {
    out.push(finding(ID, 'error', `${path}.address.postalCode`, `The ${role}'s ZIP code '${a.postalCode}' must have five or nine digits`, 'Correct the ZIP code'));
  }
}

export const requiredPatient: Edit = {
  id: ID,
  title: 'Subscriber and patient data',
  severity: 'error',
  run({ claim, today }) {
    const out: EditFinding[] = [];
    if (!/^[0-9A-Za-z-]{2,80}$/.test(claim.subscriber.memberId)) {
      out.push(finding(ID, 'error', 'subscriber.memberId', `The member id '${claim.subscriber.memberId}' is missing or has characters a payer will not accept`,
        'Enter the member id exactly as on the insurance card'));
    }
    if (claim.patient) {
      // the 837 carries the subscriber's demographics only when the subscriber is the patient (2010BA DMG)
      checkNames(out, claim.subscriber, 'subscriber', 'subscriber');
      checkPerson(out, claim.patient, 'patient', 'patient', today);
    } else {
      checkPerson(out, claim.subscriber, 'subscriber', 'subscriber', today);
    }
    if (claim.relationship !== '18' && !claim.patient) {
      out.push(finding(ID, 'error', 'patient', 'The patient is not the subscriber (relationship is not 18, self) but no patient data is on the claim',
        'Add the patient\'s name, date of birth, sex and address, or set the relationship to self'));
    }
    return out;
  },
};
