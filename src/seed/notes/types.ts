// The contract between the note generators and the seeder (kept exactly as agreed with the lead).

export interface NoteRandom {
  /** integer in [min, max] inclusive */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** one decimal, e.g. BMI */
  float1(min: number, max: number): number;
}

export interface NotePatient {
  firstName: string;
  lastName: string;
  sex: 'M' | 'F';
  ageYears: number;
  dateOfService: string /* YYYY-MM-DD */;
  newPatient: boolean;
}

export type NoteKind = 'progress_note' | 'preventive_visit' | 'procedure_note' | 'letter';

export interface GoldProcedure {
  system: 'CPT' | 'HCPCS';
  code: string;
  modifiers?: string[];
  units?: number;
  /** 1-based pointers into gold.diagnoses */
  diagnosisPointers?: number[];
}

export interface GeneratedNote {
  kind: NoteKind;
  text: string;
  gold: {
    /** ICD-10-CM codes WITH the dot (e.g. "E11.22"), in the order they would go on the claim: first-listed first */
    diagnoses: string[];
    procedures: GoldProcedure[];
  };
}

export interface NoteScenario {
  id: string; // kebab-case, stable
  title: string; // what it is, for people
  sexes: readonly ('M' | 'F')[]; // who can present with it
  ageRange: readonly [number, number]; // inclusive, years
  /** relative frequency in a general practice, used for weighted picking */
  weight: number;
  generate(random: NoteRandom, patient: NotePatient): GeneratedNote;
}
