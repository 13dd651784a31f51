// The simulator's member roster from an OpenRCM practice's coverages: what the payer "knows" about
// its members, so eligibility and front-end edits answer for the seeded patients.
import { authorize, type Actor } from '../auth/index';
import type { Queryable } from '../store/index';
import type { Roster } from './rules';

interface CoverageRow extends Record<string, unknown> {
  payer_ref: string;
  member_id: string;
  subscriber_last_name: string;
  subscriber_first_name: string;
  subscriber_birth_date: string;
  plan_name: string | null;
  group_number: string | null;
  effective_from: string;
  effective_to: string | null;
  copay_cents: number | null;
}

export async function rosterFromCoverages(q: Queryable, actor: Actor): Promise<Roster> {
  authorize(actor, 'patient.read');
  const rows = await q.query<CoverageRow>(
    `SELECT p.payer_id AS payer_ref, c.member_id, c.subscriber_last_name, c.subscriber_first_name, c.subscriber_birth_date, c.plan_name, c.group_number,
            c.effective_from, c.effective_to, c.copay_cents
     FROM coverages c JOIN payers p ON p.id = c.payer_id WHERE c.tenant_id = $1 AND p.payer_id IS NOT NULL ORDER BY p.payer_id, c.member_id`,
    [actor.tenantId],
  );
  return {
    members: rows.map((r) => ({
      payerId: r.payer_ref, memberId: r.member_id, lastName: r.subscriber_last_name, firstName: r.subscriber_first_name, birthDate: r.subscriber_birth_date,
      planName: r.plan_name ?? 'SIM PPO', ...(r.group_number ? { groupNumber: r.group_number } : {}), coverageBegin: r.effective_from,
      ...(r.effective_to ? { coverageEnd: r.effective_to } : {}), ...(r.copay_cents !== null ? { plan: { copay: r.copay_cents } } : {}),
    })),
  };
}
