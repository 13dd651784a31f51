import type { CalendarDate } from '../dates/index';
import type { ProcedureCodeSystem } from '../claims/index';

export type EncounterStatus = 'new' | 'coding' | 'query' | 'coded' | 'billed' | 'on_hold';
export type Setting = 'outpatient' | 'inpatient';

export interface Encounter {
  id: string;
  tenantId: string;
  patientId: string;
  dateOfService: CalendarDate;
  dischargeDate?: CalendarDate;
  setting: Setting;
  placeOfService: string;
  renderingProviderId?: string;
  billingProviderId: string;
  referringProviderId?: string;
  supervisingProviderId?: string;
  serviceFacilityId?: string;
  priorAuthorization?: string;
  referralNumber?: string;
  status: EncounterStatus;
}

export type DocumentKind = 'progress_note' | 'preventive_visit' | 'procedure_note' | 'letter' | 'operative_report' | 'discharge_summary';

export interface GoldCode {
  system: 'ICD10CM' | ProcedureCodeSystem;
  code: string;
  modifiers?: string[];
  units?: number;
}

export interface ClinicalDocument {
  id: string;
  tenantId: string;
  encounterId: string;
  kind: DocumentKind;
  authorProviderId?: string;
  documentDate: CalendarDate;
  text: string;
  /** For synthetic notes: what the note was written to express, in claim order. */
  goldCodes?: GoldCode[];
  scenario?: string;
}

/** How a code got onto the encounter: proposed by the engine, accepted or edited by a coder, entered by hand. */
export type CodeOrigin = 'suggested' | 'accepted' | 'edited' | 'manual' | 'rejected';

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface CodedDiagnosis {
  id: string;
  tenantId: string;
  encounterId: string;
  sequence: number;
  code: string;
  presentOnAdmission?: 'Y' | 'N' | 'U' | 'W' | '1';
  origin: CodeOrigin;
  confidence?: number;
  evidence?: Evidence[];
  codedBy?: string;
}

export interface CodedProcedure {
  id: string;
  tenantId: string;
  encounterId: string;
  sequence: number;
  codeSystem: ProcedureCodeSystem;
  code: string;
  modifiers: string[];
  units: number;
  unitMeasure: 'UN' | 'MJ';
  /** 1-based pointers into the encounter's diagnoses (at most four). */
  diagnosisPointers: number[];
  serviceDate?: CalendarDate;
  origin: CodeOrigin;
  confidence?: number;
  evidence?: Evidence[];
  codedBy?: string;
}
