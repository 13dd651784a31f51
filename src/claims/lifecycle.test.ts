import { describe, expect, it } from 'vitest';
import { canTransition, checkTransition, CLAIM_STATUSES, type ClaimStatus } from './lifecycle';

describe('claim lifecycle', () => {
  it('walks the happy path from draft to closed', () => {
    const path: ClaimStatus[] = ['draft', 'ready', 'submitted', 'accepted', 'paid', 'closed'];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  it('holds a claim that fails its edits, and releases it once fixed', () => {
    expect(canTransition('draft', 'held')).toBe(true);
    expect(canTransition('held', 'ready')).toBe(true);
    expect(canTransition('held', 'submitted')).toBe(false);
  });

  it('works a denial by appeal, correction or void', () => {
    for (const to of ['appealed', 'corrected', 'voided'] as const) expect(canTransition('denied', to)).toBe(true);
    expect(canTransition('appealed', 'paid')).toBe(true);
  });

  it('refuses illegal transitions with the allowed ones named', () => {
    const check = checkTransition('draft', 'paid');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toMatch(/draft cannot become paid \(it can become: ready, held\)/);
    const closed = checkTransition('closed', 'ready');
    expect(!closed.ok && closed.message).toMatch(/it is closed/);
  });

  it('lets nothing leave closed and nothing enter draft', () => {
    for (const s of CLAIM_STATUSES) {
      expect(canTransition('closed', s)).toBe(false);
      expect(canTransition(s, 'draft')).toBe(false);
    }
  });
});
