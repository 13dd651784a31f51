// The coder's loop in storage: the engine reads each new encounter's notes and suggests codes; the coder
// accepts, edits or rejects them (who and when is kept); gaps in the documentation become provider queries.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/index';
import { ageOn, type CalendarDate } from '../dates/index';
import type { CodedDiagnosis, CodedProcedure, Evidence, Setting } from '../encounters/index';
import { domainError } from '../errors/index';
import { decideSuggestions, getEncounter, getPatient, insertCodes, raiseProviderQueries, setEncounterStatus, type Db } from '../store/index';

/** What the coding engine proposes for a note (src/coding), as far as storage needs it. */
export interface SuggestedCodes {
  diagnoses: { code: string; confidence: number; evidence: Evidence[] }[];
  procedures: {
    system: string;
    code: string;
    modifiers?: string[];
    units?: number;
    diagnosisPointers?: number[];
    confidence: number;
    evidence: Evidence[];
  }[];
  queries?: { gap: string; question: string }[];
}

export interface NoteContext {
  dateOfService: CalendarDate;
  setting: Setting;
  ageYears: number;
  /** No visit with the practice in the three years before (the CPT new-patient rule). */
  newPatient: boolean;
}

export type NoteCoder = (text: string, context: NoteContext) => SuggestedCodes;

export interface CodingRunResult {
  encounterId: string;
  diagnoses: number;
  procedures: number;
  queries: number;
}

const PROCEDURE_SYSTEMS = new Set(['CPT', 'HCPCS', 'ICD10PCS']);

/** Runs the engine on one new encounter and stores its suggestions, in one transaction. */
export async function codeEncounter(db: Db, actor: Actor, coder: NoteCoder, encounterId: string): Promise<CodingRunResult> {
  return db.transaction(async (tx) => {
    const found = await getEncounter(tx, actor, encounterId);
    if (!found) throw domainError('encounter.not_found', `no encounter ${encounterId} in this practice`);
    const { encounter, documents } = found;
    const text = documents.map((d) => d.text).join('\n\n');
    const patient = await getPatient(tx, actor, encounter.patientId);
    const earlier = await tx.query(
      `SELECT 1 FROM encounters WHERE tenant_id = $1 AND patient_id = $2 AND date_of_service < $3 AND date_of_service >= ($3::date - interval '3 years') LIMIT 1`,
      [actor.tenantId, encounter.patientId, encounter.dateOfService],
    );
    const suggested = coder(text, {
      dateOfService: encounter.dateOfService,
      setting: encounter.setting,
      ageYears: patient ? ageOn(patient.birthDate, encounter.dateOfService) : 40,
      newPatient: earlier.length === 0,
    });
    const base = { tenantId: actor.tenantId, encounterId, origin: 'suggested' as const };
    const diagnoses: CodedDiagnosis[] = suggested.diagnoses.map((d, i) => ({
      ...base, id: randomUUID(), sequence: i + 1, code: d.code, confidence: d.confidence, evidence: d.evidence,
    }));
    const procedures: CodedProcedure[] = suggested.procedures
      .filter((p) => PROCEDURE_SYSTEMS.has(p.system))
      .map((p, i) => ({
        ...base, id: randomUUID(), sequence: i + 1, codeSystem: p.system as CodedProcedure['codeSystem'], code: p.code,
        modifiers: p.modifiers ?? [], units: p.units ?? 1, unitMeasure: 'UN', diagnosisPointers: p.diagnosisPointers ?? [],
        serviceDate: encounter.dateOfService, confidence: p.confidence, evidence: p.evidence,
      }));
    await insertCodes(tx, actor, encounter.patientId, diagnoses, procedures);
    const queries = suggested.queries ?? [];
    if (queries.length) {
      await raiseProviderQueries(tx, actor, queries.map((q) => ({
        id: randomUUID(), encounterId, ...(encounter.renderingProviderId ? { providerId: encounter.renderingProviderId } : {}), gap: q.gap, question: q.question,
      })));
    }
    await setEncounterStatus(tx, actor, encounterId, queries.length ? 'query' : 'coding');
    return { encounterId, diagnoses: diagnoses.length, procedures: procedures.length, queries: queries.length };
  });
}

/** The coder accepts the suggestions as they stand (or only the codes named); the encounter is then coded. */
export async function acceptSuggestions(db: Db, actor: Actor, encounterId: string, codes?: readonly string[]): Promise<number> {
  return db.transaction(async (tx) => {
    const accepted = await decideSuggestions(tx, actor, encounterId, 'accepted', codes);
    if (codes) await decideSuggestions(tx, actor, encounterId, 'rejected');
    await setEncounterStatus(tx, actor, encounterId, 'coded');
    return accepted;
  });
}

/** New encounters waiting for the engine, oldest first. */
export async function pendingEncounterIds(db: Db, actor: Actor, limit: number): Promise<string[]> {
  const rows = await db.query<{ id: string }>("SELECT id FROM encounters WHERE tenant_id = $1 AND status = 'new' ORDER BY date_of_service, id LIMIT $2", [
    actor.tenantId, limit,
  ]);
  return rows.map((r) => r.id);
}
