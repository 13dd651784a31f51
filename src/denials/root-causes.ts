// Why a claim was denied, in the terms a revenue-cycle team works denials by, and what to do about it.
// The explanations and actions are ours; the official CARC/RARC wording comes from the code list file.

export const DENIAL_ROOT_CAUSES = [
  'eligibility_registration',
  'authorization',
  'coding',
  'timely_filing',
  'duplicate',
  'documentation',
  'contractual',
  'patient_responsibility',
  'other',
] as const;
export type DenialRootCause = (typeof DENIAL_ROOT_CAUSES)[number];

/** The coding causes, which go back to the coders and feed coding education. */
export type CodingIssue = 'bundling' | 'modifier' | 'diagnosis' | 'procedure_code' | 'medical_necessity';

export type WorkQueue = 'coder' | 'biller';

/** How the denial is resolved: a corrected claim within the filing limit, an appeal within the appeal limit, or nothing to do. */
export type ResolutionPath = 'corrected_claim' | 'appeal' | 'bill_patient' | 'none';

export interface RootCauseProfile {
  label: string;
  explanation: string;
  recommendedAction: string;
  queue: WorkQueue;
  path: ResolutionPath;
}

export const ROOT_CAUSE_PROFILES: Readonly<Record<Exclude<DenialRootCause, 'coding'>, RootCauseProfile>> = {
  eligibility_registration: {
    label: 'Eligibility / registration',
    explanation: 'The payer could not match the patient, the coverage was not active on the date of service, another payer is primary, or a provider on the claim is not enrolled.',
    recommendedAction: 'Check eligibility (270/271) for the date of service and the demographics and insurance on file; fix registration or enrollment, then bill the right payer, or the patient when there is no coverage.',
    queue: 'biller',
    path: 'corrected_claim',
  },
  authorization: {
    label: 'Authorization / referral',
    explanation: 'The service needed a prior authorization, pre-certification or referral that was missing, did not match, or was exceeded.',
    recommendedAction: 'Find the authorization or referral; if it exists, put it on a corrected claim; if not, request a retro-authorization or appeal with the records showing the service was urgent or necessary.',
    queue: 'biller',
    path: 'appeal',
  },
  timely_filing: {
    label: 'Timely filing',
    explanation: 'The payer received the claim after its filing limit.',
    recommendedAction: 'Find proof of timely submission (clearinghouse acceptance, 999/277CA, earlier payer correspondence) and appeal with it; without proof the balance is written off, not billed to the patient.',
    queue: 'biller',
    path: 'appeal',
  },
  duplicate: {
    label: 'Duplicate',
    explanation: 'The payer believes it already processed this claim or service.',
    recommendedAction: 'Check whether the original was paid; if so, close the item. If the services were distinct (repeat service, another side), send a corrected claim with the modifiers or dates that show it.',
    queue: 'biller',
    path: 'corrected_claim',
  },
  documentation: {
    label: 'Documentation / information requested',
    explanation: 'The payer asked for records, an attachment or information from the provider or the patient and did not get it, or found it deficient.',
    recommendedAction: 'Send the requested records or attachment (275 or the payer portal) and request reconsideration; for information owed by the patient (accident, other insurance), contact the patient.',
    queue: 'biller',
    path: 'appeal',
  },
  contractual: {
    label: 'Contractual reduction',
    explanation: 'A reduction the contract or the law imposes; not a denial.',
    recommendedAction: 'None: check the allowed amount against the contracted fee schedule when variance reporting flags it.',
    queue: 'biller',
    path: 'none',
  },
  patient_responsibility: {
    label: 'Patient responsibility',
    explanation: 'Deductible, coinsurance or copay the plan leaves to the patient.',
    recommendedAction: 'Bill the patient (or the secondary payer first, when there is one).',
    queue: 'biller',
    path: 'bill_patient',
  },
  other: {
    label: 'Other',
    explanation: 'A denial whose cause the codes alone do not tell.',
    recommendedAction: 'Read the remark codes and the payer policy named in the 835; call the payer if the reason is still unclear, then correct or appeal.',
    queue: 'biller',
    path: 'appeal',
  },
};

export const CODING_PROFILES: Readonly<Record<CodingIssue, RootCauseProfile>> = {
  bundling: {
    label: 'Coding: bundling',
    explanation: 'The payer considers the service part of another one billed the same day (NCCI procedure-to-procedure edits, global surgery, incidental services).',
    recommendedAction: 'Check the NCCI edit pair; add a distinct-service modifier (59, XE, XS, XP, XU) only where the note documents a separate session, site or encounter, and send a corrected claim; otherwise accept the bundling.',
    queue: 'coder',
    path: 'corrected_claim',
  },
  modifier: {
    label: 'Coding: modifier',
    explanation: 'A modifier is missing, invalid for the date of service, or does not fit the procedure.',
    recommendedAction: 'Correct the modifiers from the documentation and send a corrected claim (frequency 7).',
    queue: 'coder',
    path: 'corrected_claim',
  },
  diagnosis: {
    label: 'Coding: diagnosis',
    explanation: 'The diagnosis is invalid, not specific enough, not covered for the service, or inconsistent with the patient or the procedure.',
    recommendedAction: 'Code the diagnosis to the highest specificity the note supports, check it against the covered diagnoses of the payer policy (LCD/NCD), and send a corrected claim; query the provider when the note is not specific.',
    queue: 'coder',
    path: 'corrected_claim',
  },
  procedure_code: {
    label: 'Coding: procedure code',
    explanation: 'The procedure code is invalid on the date of service, unlisted when a specific code exists, or inconsistent with the place of service, the patient, the revenue code or the provider.',
    recommendedAction: 'Recode the service with a code valid for the date and setting and send a corrected claim.',
    queue: 'coder',
    path: 'corrected_claim',
  },
  medical_necessity: {
    label: 'Coding: medical necessity / level of service',
    explanation: 'The payer found the documentation does not support the service, its level, its frequency or its length.',
    recommendedAction: 'Review the note against the payer policy; if it supports the service, appeal with the records; if not, correct the level or accept; bill the patient only when a valid ABN/waiver was signed.',
    queue: 'coder',
    path: 'appeal',
  },
};
