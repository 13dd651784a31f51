// Medically unlikely edits (units of service a provider would report for one patient on one date)
// and add-on code edits (an add-on is paid only with a primary procedure).
import type { CalendarDate } from '../../dates/index';
import type { PtpTable } from './ptp-table';

/** MUE adjudication indicator: 1 line edit, 2 date of service (policy, absolute), 3 date of service (clinical). */
export type MueAdjudicationIndicator = 1 | 2 | 3;

export interface MueEdit {
  code: string;
  units: number;
  mai: MueAdjudicationIndicator;
  rationale: string;
  effectiveDate?: CalendarDate;
}

/** AOC edit type: 1 only with the listed primaries; 2 the payer defines the primaries; 3 the listed ones and others the payer allows. */
export type AocEditType = 1 | 2 | 3;

export interface AocEdit {
  addOnCode: string;
  /** Primary code, or 'CCCCC' (any primary the payer accepts, type 2). */
  primaryCode: string;
  type: AocEditType;
  effectiveDate?: CalendarDate;
  deletionDate?: CalendarDate;
}

export const ANY_PRIMARY = 'CCCCC';

export class MueTable {
  private readonly byCode = new Map<string, MueEdit>();

  constructor(edits: Iterable<MueEdit>) {
    for (const e of edits) this.byCode.set(e.code, e);
  }

  get size(): number {
    return this.byCode.size;
  }

  get(code: string): MueEdit | undefined {
    return this.byCode.get(code);
  }
}

export interface AocEntry {
  addOnCode: string;
  type: AocEditType;
  primaries: Set<string>;
  anyPrimary: boolean;
}

export class AocTable {
  private readonly byAddOn = new Map<string, AocEntry>();
  private pairs = 0;

  constructor(edits: Iterable<AocEdit>) {
    for (const e of edits) this.add(e);
  }

  get size(): number {
    return this.pairs;
  }

  /** The add-on entry in effect on a date (pairs outside their window are ignored). */
  get(addOnCode: string): AocEntry | undefined {
    return this.byAddOn.get(addOnCode);
  }

  private add(e: AocEdit): void {
    let entry = this.byAddOn.get(e.addOnCode);
    if (!entry) {
      entry = { addOnCode: e.addOnCode, type: e.type, primaries: new Set(), anyPrimary: false };
      this.byAddOn.set(e.addOnCode, entry);
    }
    if (e.deletionDate) return;
    this.pairs++;
    if (e.primaryCode === ANY_PRIMARY) entry.anyPrimary = true;
    else entry.primaries.add(e.primaryCode);
    // a code is type 1 only if every pair says so; 2 and 3 relax the edit
    if (e.type !== entry.type) entry.type = Math.max(entry.type, e.type) as AocEditType;
  }
}

export interface NcciTables {
  ptp: PtpTable;
  mue: MueTable;
  aoc: AocTable;
}
