// Coded procedures become claim lines: charges from the fee schedule, diagnosis pointers remapped to the
// claim's own diagnosis list, and the packing of lines into claims within the guide's limits.
import { CLAIM_LIMITS, type ClaimKind } from '../claims/index';
import type { CodedProcedure, Encounter } from '../encounters/index';
import { cents, type Cents } from '../money/index';
import { feeFor, type FeeSchedule } from '../practice/index';
import type { BuildProblem, CodedEncounter } from './types';

/** A line before it is placed on a claim: its diagnoses are codes, not yet pointers. */
export interface PendingLine {
  encounter: Encounter;
  procedure: CodedProcedure;
  diagnosisCodes: string[];
  charge: Cents;
}

export function pendingLines(encounters: readonly CodedEncounter[], schedule: FeeSchedule, problems: BuildProblem[]): PendingLine[] {
  const lines: PendingLine[] = [];
  for (const { encounter, diagnoses, procedures } of encounters) {
    const active = diagnoses.filter((d) => d.origin !== 'rejected').sort((a, b) => a.sequence - b.sequence);
    for (const procedure of procedures.filter((p) => p.origin !== 'rejected').sort((a, b) => a.sequence - b.sequence)) {
      const pointers = procedure.diagnosisPointers.length ? procedure.diagnosisPointers : active.slice(0, 4).map((_, i) => i + 1);
      const diagnosisCodes = pointers.flatMap((p) => {
        const dx = active[p - 1];
        if (!dx) {
          problems.push({
            code: 'billing.pointer_nowhere',
            path: `procedures[${procedure.code}].diagnosisPointers`,
            message: `procedure ${procedure.code} points to diagnosis ${p}, but the encounter of ${encounter.dateOfService} has only ${active.length}`,
            suggestedFix: 'point the procedure at the diagnoses that support it',
          });
          return [];
        }
        return [dx.code];
      });
      const unitFee = feeFor(schedule, procedure.code, procedure.modifiers);
      if (unitFee === undefined) {
        problems.push({
          code: 'billing.no_fee',
          path: `procedures[${procedure.code}]`,
          message: `no charge for ${procedure.code} in the fee schedule "${schedule.name}"`,
          suggestedFix: `add ${procedure.code} to the fee schedule, then rebuild the claim`,
        });
      }
      lines.push({ encounter, procedure, diagnosisCodes, charge: cents((unitFee ?? 0) * procedure.units) });
    }
  }
  return lines;
}

export interface LineGroup {
  diagnoses: string[];
  lines: PendingLine[];
}

/**
 * Packs lines into as few claims as the limits allow: at most 50 lines (837P) and 12 diagnoses (837P) a claim.
 * An encounter with more is split across claims, each carrying the diagnoses its own lines point to.
 */
export function packLines(
  lines: readonly PendingLine[],
  allDiagnoses: readonly string[],
  kind: ClaimKind,
): LineGroup[] {
  const maxLines = kind === 'professional' ? CLAIM_LIMITS.professionalLines : CLAIM_LIMITS.institutionalLines;
  const maxDx = kind === 'professional' ? CLAIM_LIMITS.professionalDiagnoses : CLAIM_LIMITS.institutionalDiagnoses;
  if (lines.length <= maxLines && allDiagnoses.length <= maxDx) return [{ diagnoses: [...allDiagnoses], lines: [...lines] }];
  const groups: LineGroup[] = [];
  let current: LineGroup = { diagnoses: [], lines: [] };
  for (const line of lines) {
    const added = line.diagnosisCodes.filter((c) => !current.diagnoses.includes(c));
    if (current.lines.length > 0 && (current.lines.length >= maxLines || current.diagnoses.length + added.length > maxDx)) {
      groups.push(current);
      current = { diagnoses: [], lines: [] };
    }
    for (const c of line.diagnosisCodes) if (!current.diagnoses.includes(c)) current.diagnoses.push(c);
    current.lines.push(line);
  }
  groups.push(current);
  // Keep the claim's diagnoses in the coder's order, not in the order lines happened to use them.
  for (const g of groups) g.diagnoses.sort((a, b) => allDiagnoses.indexOf(a) - allDiagnoses.indexOf(b));
  return groups;
}
