// End to end: seed → code → build → submit → the payer's 835 → era post → balances, denial queues,
// secondary claim, replay; then a reversal+correction and a coder's corrected claim.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../auth/index';
import { calendarDate } from '../dates/index';
import type { CodedDiagnosis, CodedProcedure } from '../encounters/index';
import { listDenialWorkItems } from '../denials/index';
import { deriveBalances, loadClaimTransactions, reconcile } from '../ledger/index';
import { seedDatabase } from '../seed/index';
import { getClaim, insertCodes, openTestDb, testEngines, transitionClaim, type ClaimRecord } from '../store/index';
import { buildClaimsForEncounter } from './build-claims';
import { correctDeniedClaim } from './correct-claim';
import { postEraFile } from './post-era';

const engines = await testEngines();
const usd = (c: number) => (c / 100).toFixed(2).replace(/\.00$/, '');

/** An 835 for stored claims: each entry writes its CLP with one SVC per claim line. */
function era835(trace: string, payerId: string, claims: { r: ClaimRecord; status: string; sign?: number; line: (charge: number) => { paid: number; cas: string[] } }[]): Buffer {
  const body: string[] = [];
  let total = 0;
  for (const { r, status, sign = 1, line } of claims) {
    const svcs = r.claim.lines.map((l) => ({ l, ...line(l.charge) }));
    const paid = sign * svcs.reduce((a, s) => a + s.paid, 0);
    const pr = sign * svcs.reduce((a, s) => a + s.cas.filter((c) => c.startsWith('PR')).reduce((b, c) => b + Math.round(Number(c.split('*')[3]) * 100), 0), 0);
    total += paid;
    body.push(`CLP*${r.claim.patientControlNumber}*${status}*${usd(sign * r.claim.totalCharge)}*${usd(paid)}*${usd(pr)}*12*ICN-${r.claim.patientControlNumber}*11*1`, `NM1*QC*1*PATIENT*A****MI*M1`);
    for (const s of svcs) {
      body.push(`SVC*HC:${s.l.procedureCode}${s.l.modifiers.map((m) => `:${m}`).join('')}*${usd(sign * s.l.charge)}*${usd(sign * s.paid)}**1`, `DTM*472*${s.l.serviceDate.replaceAll('-', '')}`);
      body.push(...s.cas.map((c) => (sign < 0 ? c.replace(/\*(\d+(\.\d+)?)$/, '*-$1') : c)), `REF*6R*${s.l.lineItemControlNumber}`);
    }
  }
  const st = ['ST*835*0001', `BPR*I*${usd(total)}*C*ACH*CCP*01*999999992*DA*123456*1999999999**01*999988880*DA*98765*20240305`, `TRN*1*${trace}*1999999999`,
    `N1*PR*PAYER*XV*${payerId}`, 'N3*1 PLAN WAY', 'N4*HARTFORD*CT*06101', 'PER*BL*EDI*TE*8005551212', 'N1*PE*PRACTICE*XX*1234567893', 'LX*1', ...body];
  const segs = ['ISA*00*          *00*          *ZZ*PAYER          *ZZ*OPENRCM        *240305*0930*^*00501*000000401*0*T*:',
    'GS*HP*PAYER*OPENRCM*20240305*0930*401*X*005010X221A1', ...st, `SE*${st.length + 1}*0001`, 'GE*1*401', 'IEA*1*000000401'];
  return Buffer.from(`${segs.join('~\n')}~\n`);
}

describe.each(engines)('the money, end to end, on %s', (engine) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  let actor: Actor;
  beforeAll(async () => {
    db = await openTestDb(engine);
    const seed = await seedDatabase(db, { seed: 3, patients: 40, encounters: 60 });
    actor = { ...systemActor(seed.tenantId), role: 'biller' };
  });
  afterAll(async () => db.dispose());

  async function codedAndSubmitted(where: string, cpt: string[]): Promise<ClaimRecord> {
    const [enc] = await db.query<{ id: string; patient_id: string; date_of_service: string }>(
      `SELECT e.id, e.patient_id, e.date_of_service::text FROM encounters e WHERE ${where} AND e.status = 'new' ORDER BY e.date_of_service, e.id LIMIT 1`,
    );
    const dx: CodedDiagnosis[] = [{ id: randomUUID(), tenantId: actor.tenantId, encounterId: enc!.id, sequence: 1, code: 'I10', origin: 'accepted' }];
    const px = cpt.map((code, i): CodedProcedure => ({
      id: randomUUID(), tenantId: actor.tenantId, encounterId: enc!.id, sequence: i + 1, codeSystem: 'CPT', code, modifiers: [], units: 1, unitMeasure: 'UN',
      diagnosisPointers: [1], serviceDate: calendarDate(enc!.date_of_service), origin: 'accepted',
    }));
    await insertCodes(db, { ...actor, role: 'coder' }, enc!.patient_id, dx, px);
    await db.query("UPDATE encounters SET status = 'coded' WHERE id = $1", [enc!.id]);
    const built = await buildClaimsForEncounter(db, actor, enc!.id);
    const id = built.claimIds[0]!;
    for (const to of ['ready', 'submitted'] as const) await transitionClaim(db, actor, id, to, { source: 'test' });
    return (await getClaim(db, actor, id))!;
  }

  it('posts, reconciles, queues the denials, drafts the secondary, and posts nothing twice', async () => {
    const insured = (priority: number) => `EXISTS (SELECT 1 FROM coverages c WHERE c.patient_id = e.patient_id AND c.priority = ${priority} AND c.effective_to IS NULL AND c.effective_from <= e.date_of_service)`;
    const withSecondary = await codedAndSubmitted(`${insured(1)} AND ${insured(2)}`, ['99213', '36415']);
    const denied = await codedAndSubmitted(`${insured(1)} AND NOT ${insured(2)}`, ['99214']);
    const files = [withSecondary, denied].map((r) => ({ r, payer: r.claim.payer.payerId }));
    const results = [];
    for (const [i, f] of files.entries()) {
      const file = era835(`EFT-E2E-${i}`, f.payer, [
        i === 0
          ? { r: f.r, status: '1', line: (c) => ({ paid: Math.round(c * 0.56), cas: [`CAS*CO*45*${usd(c - Math.round(c * 0.7))}`, `CAS*PR*2*${usd(Math.round(c * 0.7) - Math.round(c * 0.56))}`] }) }
          : { r: f.r, status: '4', line: (c) => ({ paid: 0, cas: [`CAS*CO*97*${usd(c)}`] }) },
      ]);
      results.push(await postEraFile(db, actor, { fileName: `e2e-${i}.835`, bytes: file, receivedOn: calendarDate('2024-03-06') }));
      const again = await postEraFile(db, actor, { fileName: `e2e-${i}-again.835`, bytes: file, receivedOn: calendarDate('2024-03-06') });
      expect(again.payments[0]!.alreadyPosted?.fileName).toBe(`e2e-${i}.835`);
    }
    expect(results[0]!.payments[0]!.secondaryClaims).toHaveLength(1);
    const history = await loadClaimTransactions(db, actor, [withSecondary.claim.id, denied.claim.id]);
    expect(reconcile(deriveBalances(history))).toEqual([]);
    expect((await listDenialWorkItems(db, actor, { queue: 'coder' })).map((w) => w.claimId)).toContain(denied.claim.id);
    expect((await getClaim(db, actor, withSecondary.claim.id))?.status).toBe('paid');

    const replacement = await correctDeniedClaim(db, actor, denied.claim.id);
    const stored = (await getClaim(db, actor, replacement.claimId))!;
    expect([stored.claim.frequencyCode, stored.claim.payerClaimControlNumber, stored.originalClaimId]).toEqual(['7', `ICN-${denied.claim.patientControlNumber}`, denied.claim.id]);
    expect((await getClaim(db, actor, denied.claim.id))?.status).toBe('corrected');
  });

  it('a reversal and its correction replace the first payment exactly', async () => {
    const claim = await codedAndSubmitted("EXISTS (SELECT 1 FROM coverages c WHERE c.patient_id = e.patient_id AND c.priority = 1 AND c.effective_to IS NULL AND c.effective_from <= e.date_of_service)", ['99213']);
    const pays = (share: number) => (c: number) => ({ paid: Math.round(c * share), cas: [`CAS*CO*45*${usd(c - Math.round(c * share))}`] });
    await postEraFile(db, actor, { fileName: 'first.835', bytes: era835('EFT-R1', claim.claim.payer.payerId, [{ r: claim, status: '1', line: pays(0.6) }]), receivedOn: calendarDate('2024-03-06') });
    const fix = era835('EFT-R2', claim.claim.payer.payerId, [{ r: claim, status: '22', sign: -1, line: pays(0.6) }, { r: claim, status: '1', line: pays(0.7) }]);
    const posted = await postEraFile(db, actor, { fileName: 'fix.835', bytes: fix, receivedOn: calendarDate('2024-03-20') });
    expect(posted.payments[0]!.alreadyPosted).toBeUndefined();
    const history = await loadClaimTransactions(db, actor, [claim.claim.id]);
    const balances = deriveBalances(history);
    expect(reconcile(balances)).toEqual([]);
    expect(balances.byClaim.get(claim.claim.id)).toMatchObject({ balance: 0, payments: Math.round(claim.claim.totalCharge * 0.7) });
    expect((await getClaim(db, actor, claim.claim.id))?.status).toBe('paid');
  });
});
