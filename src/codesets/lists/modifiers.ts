// The common CPT (Level I) and HCPCS Level II modifiers, with what each tells the payer, in our own words
// (CPT's descriptors are the AMA's and are not reproduced). `ncci` marks the modifiers the NCCI
// procedure-to-procedure edits recognise: "anatomic" ones (which side or digit), "global" ones (surgical
// package) and "bypass" ones (a distinct service); a PTP pair with modifier indicator 1 may be paid
// separately only with one of these, and only when the record supports it.
import { windowOf } from './dates';
import { CodeList, plainCode, type ListEntry } from './provider';

export type ModifierLevel = 'CPT' | 'HCPCS';
export type NcciRole = 'anatomic' | 'global' | 'bypass';

export interface Modifier {
  code: string;
  level: ModifierLevel;
  meaning: string;
  ncci?: NcciRole;
}

const m = (code: string, level: ModifierLevel, meaning: string, ncci?: NcciRole): Modifier => ({ code, level, meaning, ...(ncci ? { ncci } : {}) });

const DIGITS = ['left hand, thumb', 'left hand, second digit', 'left hand, third digit', 'left hand, fourth digit', 'left hand, fifth digit',
  'right hand, thumb', 'right hand, second digit', 'right hand, third digit', 'right hand, fourth digit', 'right hand, fifth digit'];
const TOES = ['left foot, great toe', 'left foot, second toe', 'left foot, third toe', 'left foot, fourth toe', 'left foot, fifth toe',
  'right foot, great toe', 'right foot, second toe', 'right foot, third toe', 'right foot, fourth toe', 'right foot, fifth toe'];

export const MODIFIERS: readonly Modifier[] = [
  m('22', 'CPT', 'The work was substantially greater than the procedure usually takes; documentation must show why.'),
  m('24', 'CPT', 'An evaluation and management visit in the postoperative period that has nothing to do with the surgery.', 'global'),
  m('25', 'CPT', 'A significant evaluation and management service, separately identifiable, on the same day as a procedure or other service.', 'global'),
  m('26', 'CPT', 'Only the professional component (the physician\'s interpretation) of a service that has a technical part too.'),
  m('27', 'CPT', 'Several outpatient hospital evaluation and management encounters on the same date.', 'bypass'),
  m('32', 'CPT', 'A service the payer or another official body required.'),
  m('33', 'CPT', 'A preventive service (for example one the ACA requires to be covered without cost sharing).'),
  m('47', 'CPT', 'Anesthesia given by the surgeon who performed the procedure.'),
  m('50', 'CPT', 'The same procedure was done on both sides in the same session.'),
  m('51', 'CPT', 'Several procedures in the same session by the same provider: the second and later ones are paid at a reduced rate.'),
  m('52', 'CPT', 'The service was reduced or partly eliminated at the physician\'s choice.'),
  m('53', 'CPT', 'The procedure was started and then stopped because continuing threatened the patient\'s well-being.'),
  m('54', 'CPT', 'Only the surgery itself; someone else provides the pre- and postoperative care.'),
  m('55', 'CPT', 'Only the postoperative care; someone else did the surgery.'),
  m('56', 'CPT', 'Only the preoperative care.'),
  m('57', 'CPT', 'The evaluation and management visit at which the decision to operate (major surgery) was made.', 'global'),
  m('58', 'CPT', 'A staged or related procedure, planned or more extensive, by the same physician during the postoperative period.', 'global'),
  m('59', 'CPT', 'A procedure distinct from another done the same day: different session, site, lesion or injury. Use an X modifier when one fits.', 'bypass'),
  m('62', 'CPT', 'Two surgeons, each doing a distinct part of one procedure.'),
  m('66', 'CPT', 'A team of surgeons needed for a highly complex procedure.'),
  m('76', 'CPT', 'The same procedure repeated by the same physician on the same day.'),
  m('77', 'CPT', 'The same procedure repeated by a different physician on the same day.'),
  m('78', 'CPT', 'An unplanned return to the operating room for a related procedure during the postoperative period.', 'global'),
  m('79', 'CPT', 'An unrelated procedure by the same physician during the postoperative period of another.', 'global'),
  m('80', 'CPT', 'Assistant surgeon.'),
  m('81', 'CPT', 'Minimum assistant surgeon.'),
  m('82', 'CPT', 'Assistant surgeon when no qualified resident surgeon was available.'),
  m('90', 'CPT', 'A laboratory test done by an outside laboratory, billed by the practice.'),
  m('91', 'CPT', 'A laboratory test repeated on the same day to get a new result (not a rerun because of a problem with the specimen).', 'bypass'),
  m('95', 'CPT', 'A service delivered by real-time, interactive audio and video telecommunication.'),
  m('AS', 'HCPCS', 'A physician assistant, nurse practitioner or clinical nurse specialist assisted at surgery.'),
  m('CR', 'HCPCS', 'The service relates to a catastrophe or disaster.'),
  m('CS', 'HCPCS', 'Cost sharing waived for a service related to a declared emergency (e.g. COVID-19 testing).'),
  m('FS', 'HCPCS', 'A split (or shared) evaluation and management visit between a physician and a non-physician practitioner.'),
  m('FT', 'HCPCS', 'An unrelated evaluation and management visit on the same day as another, or during a global period.'),
  m('GA', 'HCPCS', 'A waiver of liability (Advance Beneficiary Notice) is on file as the payer requires.'),
  m('GC', 'HCPCS', 'Part of the service was done by a resident under the direction of a teaching physician.'),
  m('GE', 'HCPCS', 'The service was done by a resident without a teaching physician present, under the primary care exception.'),
  m('GT', 'HCPCS', 'Via interactive audio and video telecommunication (institutional claims and some payers).'),
  m('GW', 'HCPCS', 'The service is not related to the hospice patient\'s terminal condition.'),
  m('GX', 'HCPCS', 'A voluntary notice of liability was given for a service Medicare never covers.'),
  m('GY', 'HCPCS', 'The item or service is excluded by statute or is not a benefit of the program.'),
  m('GZ', 'HCPCS', 'The item or service is expected to be denied as not reasonable and necessary, and no waiver was signed.'),
  m('JW', 'HCPCS', 'The amount of a single-dose drug that was discarded and not given to any patient.'),
  m('JZ', 'HCPCS', 'Zero drug was wasted from a single-dose container.'),
  m('KX', 'HCPCS', 'The requirements in the medical policy have been met (e.g. therapy above the threshold is medically necessary).'),
  m('LT', 'HCPCS', 'Left side of the body.', 'anatomic'),
  m('RT', 'HCPCS', 'Right side of the body.', 'anatomic'),
  m('LC', 'HCPCS', 'Left circumflex coronary artery.', 'anatomic'),
  m('LD', 'HCPCS', 'Left anterior descending coronary artery.', 'anatomic'),
  m('LM', 'HCPCS', 'Left main coronary artery.', 'anatomic'),
  m('RC', 'HCPCS', 'Right coronary artery.', 'anatomic'),
  m('RI', 'HCPCS', 'Ramus intermedius coronary artery.', 'anatomic'),
  m('E1', 'HCPCS', 'Upper left eyelid.', 'anatomic'),
  m('E2', 'HCPCS', 'Lower left eyelid.', 'anatomic'),
  m('E3', 'HCPCS', 'Upper right eyelid.', 'anatomic'),
  m('E4', 'HCPCS', 'Lower right eyelid.', 'anatomic'),
  m('FA', 'HCPCS', `Finger: ${DIGITS[0]!}.`, 'anatomic'),
  ...DIGITS.slice(1).map((d, i) => m(`F${i + 1}`, 'HCPCS', `Finger: ${d}.`, 'anatomic')),
  m('TA', 'HCPCS', `Toe: ${TOES[0]!}.`, 'anatomic'),
  ...TOES.slice(1).map((d, i) => m(`T${i + 1}`, 'HCPCS', `Toe: ${d}.`, 'anatomic')),
  m('PT', 'HCPCS', 'A screening colorectal service that became diagnostic or therapeutic (e.g. a polyp was removed).'),
  m('Q5', 'HCPCS', 'Service by a substitute physician under a reciprocal billing arrangement.'),
  m('Q6', 'HCPCS', 'Service by a substitute physician under a fee-for-time (locum tenens) arrangement.'),
  m('QW', 'HCPCS', 'A laboratory test waived under CLIA (can be done with a certificate of waiver).'),
  m('SA', 'HCPCS', 'A nurse practitioner rendering service together with a physician.'),
  m('SB', 'HCPCS', 'Nurse midwife.'),
  m('SL', 'HCPCS', 'A vaccine supplied by the state.'),
  m('TC', 'HCPCS', 'Only the technical component (equipment, staff, supplies) of a service that also has a professional part.'),
  m('XE', 'HCPCS', 'A separate encounter: the service was done at a different session on the same day.', 'bypass'),
  m('XP', 'HCPCS', 'A separate practitioner: done by a different provider than the other service.', 'bypass'),
  m('XS', 'HCPCS', 'A separate structure: a different organ or site.', 'bypass'),
  m('XU', 'HCPCS', 'An unusual non-overlapping service: distinct from the usual components of the main service.', 'bypass'),
  m('93', 'CPT', 'A service delivered by audio-only telecommunication.'),
  m('AI', 'HCPCS', 'The principal physician of record (admitting or attending) in an inpatient or nursing facility.'),
  m('GP', 'HCPCS', 'Delivered under an outpatient physical therapy plan of care.'),
  m('GO', 'HCPCS', 'Delivered under an outpatient occupational therapy plan of care.'),
  m('GN', 'HCPCS', 'Delivered under an outpatient speech-language pathology plan of care.'),
  m('KO', 'HCPCS', 'Single drug unit dose formulation.'),
  m('NU', 'HCPCS', 'New equipment.'),
  m('RR', 'HCPCS', 'Rental (durable medical equipment).'),
  m('UE', 'HCPCS', 'Used durable medical equipment.'),
];

export const normalizeModifier = plainCode(/^[0-9A-Z]{2}$/);

/** The modifiers as a code list: always in effect (their real windows are in the HCPCS file). */
export function modifierList(modifiers: readonly Modifier[] = MODIFIERS): CodeList {
  const entries = modifiers.map((x): ListEntry => ({
    code: x.code, title: x.meaning, billable: true, effective: windowOf(undefined, undefined),
    details: { level: x.level, ...(x.ncci ? { ncci: x.ncci } : {}) },
  }));
  return new CodeList(entries, { system: 'MODIFIER', release: 'OpenRCM list', normalize: normalizeModifier });
}

export function isNcciModifier(code: string, modifiers: readonly Modifier[] = MODIFIERS): boolean {
  return modifiers.some((x) => x.code === code.toUpperCase() && x.ncci !== undefined);
}
