// Who may do what. Every read and change of patient data goes through authorize() and is audited.
import { AppError } from '../errors/index';
import type { Role } from '../practice/index';

export type Permission =
  | 'patient.read'
  | 'patient.write'
  | 'coding.write'
  | 'coding.audit'
  | 'claim.read'
  | 'claim.write'
  | 'ledger.read'
  | 'ledger.post'
  /** Send patient statements (reads patients' balances and addresses, stores what was sent). */
  | 'statement.send'
  | 'practice.write'
  | 'report.read';

/** An authenticated user acting in one tenant, or the system itself (seeding, background jobs). */
export interface Actor {
  tenantId: string;
  userId: string | null;
  role: Role | 'system';
}

const GRANTS: Record<Role | 'system', readonly Permission[]> = {
  read_only: ['patient.read', 'claim.read', 'ledger.read', 'report.read'],
  coder: ['patient.read', 'claim.read', 'coding.write'],
  coding_auditor: ['patient.read', 'claim.read', 'coding.write', 'coding.audit', 'report.read'],
  biller: ['patient.read', 'patient.write', 'claim.read', 'claim.write', 'ledger.read', 'ledger.post', 'statement.send', 'report.read'],
  billing_manager: [
    'patient.read', 'patient.write', 'claim.read', 'claim.write', 'ledger.read', 'ledger.post', 'statement.send', 'report.read', 'practice.write',
  ],
  admin: [
    'patient.read', 'patient.write', 'coding.write', 'coding.audit', 'claim.read', 'claim.write', 'ledger.read',
    'ledger.post', 'statement.send', 'practice.write', 'report.read',
  ],
  system: [
    'patient.read', 'patient.write', 'coding.write', 'coding.audit', 'claim.read', 'claim.write', 'ledger.read',
    'ledger.post', 'statement.send', 'practice.write', 'report.read',
  ],
};

export function can(actor: Actor, permission: Permission): boolean {
  return GRANTS[actor.role].includes(permission);
}

export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new AppError('forbidden', 'auth.forbidden', `role ${actor.role} may not ${permission.replace('.', ' ')}`);
  }
}

export function systemActor(tenantId: string): Actor {
  return { tenantId, userId: null, role: 'system' };
}
