// Matching 835 claim payments to stored claims, and service lines to claim lines. Payers echo our
// CLM01 and REF*6R, but not always: they truncate, drop or change modifiers, recode (SVC06 carries the
// code as billed), bundle several lines into one or split one into several. Exact evidence is tried
// first, across all service lines, so a fuzzy match never takes a line an exact one needs.
import type { CalendarDate } from '../dates/index';
import type { RemittanceClaimPayment, ServicePayment, StoredClaim, StoredClaimLine } from './remittance';

export type ClaimMatch =
  | { claim: StoredClaim; by: 'patient_control_number' | 'payer_claim_control_number' | 'patient_control_number_case'; warning?: string }
  | { claim?: undefined; reason: string };

/** The tenant's claims, indexed by the numbers a CLP can name them by. Other tenants' claims are left out here. */
export interface ClaimIndex {
  byPcn: Map<string, StoredClaim>;
  byIcn: Map<string, StoredClaim[]>;
  byFoldedPcn: Map<string, StoredClaim[]>;
}

export function indexClaims(tenantId: string, claims: readonly StoredClaim[]): ClaimIndex {
  const index: ClaimIndex = { byPcn: new Map(), byIcn: new Map(), byFoldedPcn: new Map() };
  const push = (m: Map<string, StoredClaim[]>, k: string, c: StoredClaim) => m.set(k, [...(m.get(k) ?? []), c]);
  for (const c of claims) {
    if (c.tenantId !== tenantId) continue;
    index.byPcn.set(c.patientControlNumber, c);
    if (c.payerClaimControlNumber) push(index.byIcn, c.payerClaimControlNumber, c);
    push(index.byFoldedPcn, c.patientControlNumber.toUpperCase(), c);
  }
  return index;
}

/** Finds the claim a CLP pays, among the tenant's claims only. */
export function matchClaim(tenantId: string, clp: RemittanceClaimPayment, claims: readonly StoredClaim[] | ClaimIndex): ClaimMatch {
  const index = Array.isArray(claims) ? indexClaims(tenantId, claims as readonly StoredClaim[]) : (claims as ClaimIndex);
  const pcn = clp.patientControlNumber.trim();
  const exact = index.byPcn.get(pcn);
  if (exact) return { claim: exact, by: 'patient_control_number' };
  const icn = clp.payerClaimControlNumber?.trim();
  const byIcn = icn ? (index.byIcn.get(icn) ?? []) : [];
  if (byIcn.length === 1) {
    const claim = byIcn[0]!;
    return {
      claim,
      by: 'payer_claim_control_number',
      warning: `CLP01 ${pcn} matches no claim; matched claim ${claim.patientControlNumber} by payer claim number ${icn!}`,
    };
  }
  const folded = index.byFoldedPcn.get(pcn.toUpperCase()) ?? [];
  if (folded.length === 1) {
    const claim = folded[0]!;
    return { claim, by: 'patient_control_number_case', warning: `CLP01 ${pcn} matched claim ${claim.patientControlNumber} ignoring case` };
  }
  return {
    reason: `no claim with patient control number ${pcn}${icn ? ` or payer claim number ${icn}` : ''}`,
  };
}

export type LineMatchKind =
  | 'line_item_control_number'
  | 'exact'
  | 'original_procedure'
  | 'modifiers_changed'
  | 'bundled'
  | 'charge_changed';

export type LineMatch =
  | { line: StoredClaimLine; by: LineMatchKind; warning?: string }
  | { line?: undefined; reason: string };

interface Probe {
  svc: ServicePayment;
  date: CalendarDate | undefined;
}

const sameModifiers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');
const sameDate = (p: Probe, line: StoredClaimLine) => p.date === undefined || p.date === line.serviceDate;
const describe = (svc: ServicePayment) =>
  [svc.procedure.code, ...svc.procedure.modifiers].join('-') + (svc.serviceDate ? ` on ${svc.serviceDate}` : '');

type Pass =
  | { by: Exclude<LineMatchKind, 'bundled'>; test: (p: Probe, line: StoredClaimLine) => boolean; warn?: (p: Probe, line: StoredClaimLine) => string }
  | { by: 'bundled' };

// Strongest evidence first. Bundles are looked for before a bare code + date match, which would
// otherwise take the first line of a bundle and leave the rest looking unpaid.
const PASSES: readonly Pass[] = [
  { by: 'exact', test: (p, l) => p.svc.procedure.code === l.procedureCode && sameModifiers(p.svc.procedure.modifiers, l.modifiers) && sameDate(p, l) && p.svc.charge === l.charge },
  {
    by: 'original_procedure',
    test: (p, l) => p.svc.originalProcedure?.code === l.procedureCode && sameModifiers(p.svc.originalProcedure.modifiers, l.modifiers) && sameDate(p, l),
    warn: (p, l) => `payer adjudicated line ${l.lineNumber} (${l.procedureCode}) as ${describe(p.svc)}`,
  },
  {
    by: 'modifiers_changed',
    test: (p, l) => (p.svc.procedure.code === l.procedureCode || p.svc.originalProcedure?.code === l.procedureCode) && sameDate(p, l) && p.svc.charge === l.charge,
    warn: (p, l) => `line ${l.lineNumber} billed with modifiers [${l.modifiers.join(',')}] came back as ${describe(p.svc)}`,
  },
  { by: 'bundled' },
  {
    by: 'charge_changed',
    test: (p, l) => (p.svc.procedure.code === l.procedureCode || p.svc.originalProcedure?.code === l.procedureCode) && sameDate(p, l),
    warn: (p, l) => `line ${l.lineNumber} billed at ${l.charge} cents came back charged ${p.svc.charge} as ${describe(p.svc)}`,
  },
];

/**
 * Matches each service payment to a claim line. Several service payments may land on one line (the
 * payer split it); a service payment whose charge is the sum of several unmatched lines of the same
 * date is a bundle and lands on the line it names (SVC06, else SVC01, else the largest charge).
 */
export function matchServiceLines(clp: RemittanceClaimPayment, claim: StoredClaim): LineMatch[] {
  const probes: Probe[] = clp.serviceLines.map((svc) => ({ svc, date: svc.serviceDate ?? clp.statementFrom }));
  const result: (LineMatch | undefined)[] = probes.map((p) => {
    const ref = p.svc.lineItemControlNumber?.trim();
    const line = ref ? claim.lines.find((l) => l.lineItemControlNumber === ref) : undefined;
    return line ? { line, by: 'line_item_control_number' } : undefined;
  });
  const used = new Set(result.flatMap((m) => (m?.line ? [m.line.id] : [])));
  for (const pass of PASSES) {
    probes.forEach((p, i) => {
      if (result[i]) return;
      if (pass.by === 'bundled') {
        result[i] = matchBundle(p, claim.lines.filter((l) => !used.has(l.id)), used);
        return;
      }
      const candidates = claim.lines.filter((l) => pass.test(p, l));
      // several SVCs may share one line when the payer split it; otherwise each line is taken once
      const line = candidates.find((l) => !used.has(l.id)) ?? (candidates.length === 1 ? candidates[0] : undefined);
      if (!line) return;
      used.add(line.id);
      result[i] = { line, by: pass.by, ...(pass.warn ? { warning: pass.warn(p, line) } : {}) };
    });
  }
  return result.map((m, i) => m ?? { reason: `service line ${describe(probes[i]!.svc)} charged ${probes[i]!.svc.charge} cents matches no line of the claim` });
}

function matchBundle(p: Probe, free: StoredClaimLine[], used: Set<string>): LineMatch | undefined {
  const sameDay = free.filter((l) => sameDate(p, l));
  const bundle = subsetSumming(sameDay, p.svc.charge);
  if (!bundle || bundle.length < 2) return undefined;
  const named = bundle.find((l) => l.procedureCode === p.svc.originalProcedure?.code) ?? bundle.find((l) => l.procedureCode === p.svc.procedure.code);
  const line = named ?? [...bundle].sort((a, b) => b.charge - a.charge)[0]!;
  for (const l of bundle) used.add(l.id);
  const others = bundle.filter((l) => l !== line).map((l) => l.lineNumber);
  return { line, by: 'bundled', warning: `payer bundled lines ${[line.lineNumber, ...others].join(', ')} into ${describe(p.svc)}; posted to line ${line.lineNumber}` };
}

/** The first subset of two or more lines (in line order, at most 12 searched) whose charges sum to the target. */
function subsetSumming(lines: StoredClaimLine[], target: number): StoredClaimLine[] | undefined {
  const pool = lines.slice(0, 12);
  for (let mask = 1; mask < 1 << pool.length; mask++) {
    let total = 0;
    const picked: StoredClaimLine[] = [];
    pool.forEach((l, i) => {
      if (mask & (1 << i)) {
        total += l.charge;
        picked.push(l);
      }
    });
    if (picked.length >= 2 && total === target) return picked;
  }
  return undefined;
}
