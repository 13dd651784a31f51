import { describe, expect, it } from 'vitest';
import { authorize, can, type Actor } from './index';

const as = (role: Actor['role']): Actor => ({ tenantId: 't', userId: 'u', role });

describe('role permissions', () => {
  it('lets a coder code and read patients but not post money', () => {
    expect(can(as('coder'), 'coding.write')).toBe(true);
    expect(can(as('coder'), 'patient.read')).toBe(true);
    expect(can(as('coder'), 'ledger.post')).toBe(false);
  });

  it('lets a biller post money but not change codes', () => {
    expect(can(as('biller'), 'ledger.post')).toBe(true);
    expect(can(as('biller'), 'coding.write')).toBe(false);
  });

  it('keeps read-only users from every change', () => {
    for (const p of ['patient.write', 'coding.write', 'claim.write', 'ledger.post', 'practice.write'] as const) {
      expect(can(as('read_only'), p)).toBe(false);
    }
  });

  it('refuses with a named error', () => {
    expect(() => authorize(as('read_only'), 'patient.write')).toThrow(/read_only may not patient write/);
  });
});
