/**
 * Clinical note templates for OpenRCM's synthetic practice.
 *
 * Each scenario writes a realistic outpatient note (SOAP, sectioned problem-oriented note, or
 * dictated letter) and the gold codes it was written to express, for evaluating the
 * computer-assisted coding engine. Generators are pure: all variation comes from the NoteRandom.
 *
 * Coding policy (ICD-10-CM Official Guidelines, Section IV outpatient, and the tabular notes):
 * - Diagnoses are listed in claim order: the reason for the visit first. For a sequela the
 *   residual condition comes first, then the injury code with 7th character S.
 * - Uncertain diagnoses ("rule out", "possible", "probable", "vs") are never coded; the symptoms
 *   are (R05.1 + R50.9, R51.9, R42, R07.x). Negated findings ("denies chest pain", "no evidence of
 *   pneumonia") are never coded.
 * - Family history (Z80-Z84) is coded only when the note makes it the reason for the work-up or
 *   screening (colon cancer in a first-degree relative -> Z80.0 with Z12.11; familial
 *   hypercholesterolemia -> Z83.42). Other family history lines are background and are not coded.
 * - Personal history and old surgeries in the PMH ("s/p appendectomy", "history of kidney stones")
 *   are not coded unless a tabular "use additional code" note asks for them: tobacco status
 *   (F17.210 current, Z87.891 former, Z77.22 secondhand exposure) is coded for respiratory (chapter
 *   10), otitis media (H65-H66), hypertensive (I10-I16) and ischemic heart (I20-I25) diagnoses; other
 *   notes only ever say "never smoker".
 * - Long-term drug therapy (Z79.x) is coded when the tabular asks for it (E11: Z79.4 insulin,
 *   Z79.84 oral hypoglycemic, Z79.85 injectable non-insulin; never Z79.4 for type 1) or when the
 *   assessment lists it (Z79.01 anticoagulant). A drug merely present in the medication list
 *   (aspirin, statin) is not coded.
 * - Combination codes and presumed links: diabetes + CKD -> E11.22 + N18.x; hypertension + CKD ->
 *   I12.9 + N18.x; hypertension + heart failure -> I11.0 + I50.x; low back pain with sciatica ->
 *   M54.4x only; acute cystitis with hematuria -> N30.01 only.
 * - BMI (Z68) is coded only with an associated weight diagnosis (obesity), never from vitals alone.
 * - External cause codes (V00-Y99) are not assigned: no national requirement for physician claims.
 * - Encounter Z codes lead preventive visits (Z00.00/Z00.01, Z00.121/Z00.129, Z34.x, O09.x + Z3A.x)
 *   and Z23 follows when a vaccine is given.
 * Procedure policy: office E/M levels follow the 2021 AMA E/M guidelines and the note states the MDM
 * elements or total time that supports the level. Modifier 25 goes on the E/M (problem-oriented or
 * preventive) whenever the same claim carries a service that the NCCI practitioner edits bundle into
 * it (minor procedures, splints, injections, nebulizers, vaccine administration), and also with
 * tobacco counseling (99406/99407). CLIA-waived rapid strep (87880) carries QW; 81002/82962 are
 * QW-exempt. Joint injections and limb x-rays carry RT/LT (50 for bilateral). Drug supplies are
 * J-codes with units from the HCPCS dose.
 */
import { CARDIO_SCENARIOS } from './scenarios-cardio';
import { DIABETES_SCENARIOS } from './scenarios-diabetes';
import { ENT_SCENARIOS } from './scenarios-ent';
import { GU_SCENARIOS } from './scenarios-gu';
import { INJURY_SCENARIOS } from './scenarios-injury';
import { METABOLIC_SCENARIOS } from './scenarios-metabolic';
import { MSK_SCENARIOS } from './scenarios-msk';
import { NEURO_GI_SCENARIOS } from './scenarios-neuro-gi';
import { BEHAVIORAL_SCENARIOS } from './scenarios-behavioral';
import { PRENATAL_IMMUNIZATION_SCENARIOS } from './scenarios-prenatal-immunization';
import { PREVENTIVE_SCENARIOS } from './scenarios-preventive';
import { RESPIRATORY_SCENARIOS } from './scenarios-respiratory';
import { SKIN_SCENARIOS } from './scenarios-skin';
import type { NoteScenario } from './types';

export type { GeneratedNote, GoldProcedure, NoteKind, NotePatient, NoteRandom, NoteScenario } from './types';
export { createNoteRandom } from './random';

export const NOTE_SCENARIOS: readonly NoteScenario[] = [
  ...PREVENTIVE_SCENARIOS,
  ...DIABETES_SCENARIOS,
  ...METABOLIC_SCENARIOS,
  ...CARDIO_SCENARIOS,
  ...RESPIRATORY_SCENARIOS,
  ...ENT_SCENARIOS,
  ...GU_SCENARIOS,
  ...MSK_SCENARIOS,
  ...INJURY_SCENARIOS,
  ...SKIN_SCENARIOS,
  ...BEHAVIORAL_SCENARIOS,
  ...NEURO_GI_SCENARIOS,
  ...PRENATAL_IMMUNIZATION_SCENARIOS,
];

const BY_ID = new Map(NOTE_SCENARIOS.map((s) => [s.id, s]));

export function scenarioById(id: string): NoteScenario | undefined {
  return BY_ID.get(id);
}
