// Test support: a valid professional claim to vary, the fixture code sets, NCCI tables, MCE lists and
// the sample rules, and a helper that runs one edit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, ClaimLine } from '../claims/index';
import { CodeSets, ReleaseSet, buildRelease, parseTabularXml } from '../codesets/index';
import type { CalendarDate } from '../dates/index';
import type { Cents } from '../money/index';
import { MceTable, parseMceConflicts } from './mce/mce-table';
import { loadNcciFolderSync } from './ncci/load-ncci-files';
import { AocTable, MueTable, type NcciTables } from './ncci/mue-aoc';
import { PtpTableBuilder } from './ncci/ptp-table';
import { mceExcerptText, ncciExcerptFolder } from './ncci-excerpt.testkit';
import { SAMPLE_COVERAGE_RULES, SAMPLE_PAYER_RULES, loadCoverageRulesFile, loadPayerRulesFile } from './rules/load-rules-files';
import { defaultPayerSettings, type ScrubInput } from './scrub';
import type { Edit, EditFinding, ScrubRules } from './types';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
const d = (s: string) => s as CalendarDate;
const c = (n: number) => n as Cents;

let codeSets: CodeSets | undefined;
export function fixtureCodeSets(): CodeSets {
  const file = join(FIXTURES, 'tabular-mini.xml');
  codeSets ??= new CodeSets(new ReleaseSet([buildRelease({
    fiscalYear: 2023,
    sources: [{ kind: 'tabular-xml', file, sha256: 'fixture' }],
    contentHash: 'fixture-scrub-2023',
    tabular: parseTabularXml(readFileSync(file, 'utf8'), file),
  })]));
  return codeSets;
}

/** Whether the official NCCI rows the tests use could be read (../shared/data is beside the repository). */
export function ncciExcerptPresent(): boolean {
  return ncciExcerptFolder() !== null;
}

let tables: NcciTables | undefined;
/** The NCCI excerpt (ncci-excerpt.testkit.ts); without ../shared/data, tables with no PTP, MUE or AOC rows. */
export function fixtureTables(): NcciTables {
  const folder = ncciExcerptFolder();
  tables ??= folder
    ? loadNcciFolderSync(folder)
    : { ptp: new PtpTableBuilder().build(), mue: new MueTable([]), aoc: new AocTable([]) };
  return tables;
}

/** Whether the official MCE rows the tests use could be read (../shared/data is beside the repository). */
export function mceExcerptPresent(): boolean {
  return mceExcerptText() !== null;
}

/** The sample rules and the MCE excerpt (ncci-excerpt.testkit.ts); without ../shared/data, no MCE rows. */
export function fixtureRules(): ScrubRules {
  const mceRows = mceExcerptText();
  return {
    coverage: loadCoverageRulesFile(SAMPLE_COVERAGE_RULES),
    payerRules: loadPayerRulesFile(SAMPLE_PAYER_RULES),
    mce: mceRows ? parseMceConflicts(mceRows, 'mce-excerpt.csv') : new MceTable(),
  };
}

export function line(n: number, procedureCode: string, extra: Partial<ClaimLine> = {}): ClaimLine {
  return {
    lineNumber: n, lineItemControlNumber: `L${n}`, codeSystem: /^\d/.test(procedureCode) ? 'CPT' : 'HCPCS', procedureCode, modifiers: [],
    charge: c(10000), unitMeasure: 'UN', units: 1, diagnosisPointers: [1], serviceDate: d('2023-03-14'), ...extra,
  };
}

/** A clean Medicare Part B claim: one office visit for type 2 diabetes on 2023-03-14. */
export function makeClaim(overrides: Partial<Claim> = {}): Claim {
  const address = { line1: '12 Main Street', city: 'Springfield', state: 'IL', postalCode: '627011234' };
  const lines = overrides.lines ?? [line(1, '99213')];
  return {
    id: 'claim-1', kind: 'professional', patientControlNumber: 'PCN0001', frequencyCode: '1',
    totalCharge: c(lines.reduce((s, l) => s + l.charge, 0)), placeOfService: '11',
    statementFrom: d('2023-03-14'), statementTo: d('2023-03-14'), payerSequence: 'P',
    billingProvider: { entityType: 'organization', npi: '1234567893', lastNameOrOrganization: 'Springfield Family Practice', taxonomyCode: '207Q00000X', taxId: { qualifier: 'EI', value: '371234567' }, address },
    subscriber: { lastName: 'Doe', firstName: 'John', birthDate: d('1960-05-01'), sex: 'M', address: { ...address, postalCode: '62701' }, memberId: '1EG4TE5MK73' },
    relationship: '18',
    payer: { name: 'Medicare Part B', payerId: '00952', claimFilingIndicator: 'MB' },
    providerSignatureOnFile: true, assignmentCode: 'A', benefitsAssigned: true, releaseOfInformation: 'Y',
    diagnoses: [{ code: 'E119' }],
    otherCoverages: [],
    ...overrides,
    lines,
  };
}

export function scrubInput(claim: Claim, extra: Partial<ScrubInput> = {}): ScrubInput {
  return {
    codeSets: fixtureCodeSets(), tables: fixtureTables(), rules: fixtureRules(), priorClaims: [],
    payer: defaultPayerSettings(claim), today: d('2023-04-01'), ...extra,
  };
}

export function runEdit(edit: Edit, claim: Claim, extra: Partial<ScrubInput> = {}): EditFinding[] {
  return edit.run({ ...scrubInput(claim, extra), claim });
}
