// Stored encounters whose diagnosis codes are not valid on their date of service: the same release
// data as the diff, run over encounter_diagnoses joined with encounters.date_of_service.
import type { CalendarDate } from '../dates/index';
import type { Queryable } from '../store/index';
import type { ReleaseSet } from './release-set';
import { validateCode, type Validation } from './validate';

export interface EncounterCodeFinding {
  tenantId: string;
  encounterId: string;
  dateOfService: CalendarDate;
  sequence: number;
  code: string;
  status: 'header' | 'invalid';
  reason: string;
  message: string;
  suggestions: string[];
}

export interface EncounterCheckOptions {
  tenantId?: string;
  from?: CalendarDate;
  to?: CalendarDate;
}

function finding(row: { tenant_id: string; encounter_id: string; date_of_service: string; sequence: number; code: string }, v: Validation): EncounterCodeFinding | undefined {
  const base = { tenantId: row.tenant_id, encounterId: row.encounter_id, dateOfService: row.date_of_service as CalendarDate, sequence: row.sequence, code: row.code };
  if (v.status === 'billable') return undefined;
  if (v.status === 'header') {
    return { ...base, status: 'header', reason: 'header', message: `${v.display} is a header, not billable on a claim`, suggestions: v.billableChildren.slice(0, 10).map((c) => c.code) };
  }
  return { ...base, status: 'invalid', reason: v.reason, message: v.message, suggestions: v.suggestions };
}

export async function checkEncounterCodes(db: Queryable, releases: ReleaseSet, options: EncounterCheckOptions = {}): Promise<{ checked: number; findings: EncounterCodeFinding[] }> {
  const rows = await db.query<{ tenant_id: string; encounter_id: string; date_of_service: string; sequence: number; code: string }>(
    `SELECT d.tenant_id, d.encounter_id, e.date_of_service, d.sequence, d.code
       FROM encounter_diagnoses d
       JOIN encounters e ON e.id = d.encounter_id AND e.tenant_id = d.tenant_id
      WHERE d.code_system = 'ICD10CM' AND d.origin <> 'rejected'
        AND ($1::uuid IS NULL OR d.tenant_id = $1)
        AND ($2::date IS NULL OR e.date_of_service >= $2)
        AND ($3::date IS NULL OR e.date_of_service <= $3)
      ORDER BY e.date_of_service, d.encounter_id, d.sequence`,
    [options.tenantId ?? null, options.from ?? null, options.to ?? null],
  );
  const findings: EncounterCodeFinding[] = [];
  for (const row of rows) {
    const f = finding(row, validateCode(releases, row.code, row.date_of_service as CalendarDate));
    if (f) findings.push(f);
  }
  return { checked: rows.length, findings };
}
