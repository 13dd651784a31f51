// Classifies a denial (a CAS group + CARC, with the RARCs that came with it) into a root cause, the
// queue that works it, the action to take and the date by which it must be done.
import { addDays, type CalendarDate } from '../dates/index';
import type { AdjustmentCodeList } from './code-list';
import { CARC_RULES, RARC_RULES, type CodeRule } from './code-rules';
import { CODING_PROFILES, ROOT_CAUSE_PROFILES, type CodingIssue, type DenialRootCause, type ResolutionPath, type RootCauseProfile, type WorkQueue } from './root-causes';

export interface DenialInput {
  group: 'CO' | 'PR' | 'OA' | 'PI' | 'CR';
  carc: string;
  rarcs?: readonly string[];
}

export interface DenialClassification {
  rootCause: DenialRootCause;
  codingIssue?: CodingIssue;
  queue: WorkQueue;
  path: ResolutionPath;
  label: string;
  explanation: string;
  recommendedAction: string;
  /** What decided it: the CARC, a RARC that sharpened a generic CARC, or nothing known. */
  basis: { by: 'carc' | 'rarc' | 'unknown'; code: string };
  /** The official wording of the CARC and RARCs, when a code list was given. */
  descriptions: { code: string; description: string; retired: boolean }[];
}

const GENERIC: ReadonlySet<DenialRootCause> = new Set(['other']);

function decide(input: DenialInput): { rule: CodeRule; basis: DenialClassification['basis'] } {
  const carc = input.carc.trim().toUpperCase();
  const carcRule = CARC_RULES[carc];
  const rarcHit = (input.rarcs ?? []).map((r) => r.trim().toUpperCase()).find((r) => RARC_RULES[r]);
  const rarcRule = rarcHit ? RARC_RULES[rarcHit] : undefined;
  if (carcRule && (!rarcRule || !(GENERIC.has(carcRule.rootCause) || (carcRule.rootCause === 'coding' && rarcRule.rootCause === 'coding')))) {
    return { rule: carcRule, basis: { by: 'carc', code: carc } };
  }
  if (rarcRule && rarcHit) return { rule: rarcRule, basis: { by: 'rarc', code: rarcHit } };
  return { rule: { rootCause: 'other' }, basis: { by: 'unknown', code: carc } };
}

function profileOf(rule: CodeRule): RootCauseProfile {
  if (rule.rootCause === 'coding') return CODING_PROFILES[rule.codingIssue ?? 'procedure_code'];
  return ROOT_CAUSE_PROFILES[rule.rootCause];
}

/**
 * PR with a cost-sharing CARC is the patient's share, whatever else. A PR denial (e.g. PR-204) keeps its
 * cause (the service is not covered) but the money is the patient's to pay.
 */
export function classifyDenial(input: DenialInput, codes?: AdjustmentCodeList, on?: CalendarDate): DenialClassification {
  const { rule, basis } = decide(input);
  const profile = profileOf(rule);
  const path: ResolutionPath = input.group === 'PR' && rule.rootCause !== 'patient_responsibility' && profile.path !== 'none' ? 'bill_patient' : profile.path;
  return {
    rootCause: rule.rootCause,
    ...(rule.codingIssue ? { codingIssue: rule.codingIssue } : {}),
    queue: profile.queue,
    path,
    label: profile.label,
    explanation: profile.explanation,
    recommendedAction: path === 'bill_patient' && profile.path !== 'bill_patient' ? `${profile.recommendedAction} The payer assigned this amount to the patient (group PR).` : profile.recommendedAction,
    basis,
    descriptions: codes ? describeCodes(input, codes, on) : [],
  };
}

function describeCodes(input: DenialInput, codes: AdjustmentCodeList, on: CalendarDate | undefined): DenialClassification['descriptions'] {
  const wanted: ['CARC' | 'RARC', string][] = [['CARC', input.carc], ...(input.rarcs ?? []).map((r) => ['RARC', r] as ['RARC', string])];
  return wanted.flatMap(([type, code]) => {
    const entry = codes.get(type, code);
    if (!entry) return [];
    return [{ code: entry.code, description: entry.description, retired: !!entry.endDate && (!on || entry.endDate <= on) }];
  });
}

export interface PayerLimits {
  /** Days from the date of service to file (or correct) a claim. */
  timelyFilingDays: number;
  /** Days from the remittance date to appeal. */
  appealDays: number;
}

export interface DenialDeadlines {
  /** Last day to send a corrected claim: date of service + the payer's timely filing days. */
  correctedClaimBy: CalendarDate;
  /** Last day to appeal: remittance date + the payer's appeal days. */
  appealBy: CalendarDate;
  /** The deadline of the path this denial takes (none for contractual reductions and patient bills). */
  dueDate?: CalendarDate;
}

export function denialDeadlines(path: ResolutionPath, serviceDate: CalendarDate, remittanceDate: CalendarDate, limits: PayerLimits): DenialDeadlines {
  const correctedClaimBy = addDays(serviceDate, limits.timelyFilingDays);
  const appealBy = addDays(remittanceDate, limits.appealDays);
  const dueDate = path === 'corrected_claim' ? correctedClaimBy : path === 'appeal' ? appealBy : undefined;
  return { correctedClaimBy, appealBy, ...(dueDate ? { dueDate } : {}) };
}
