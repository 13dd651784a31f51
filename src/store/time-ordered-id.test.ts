import { describe, expect, it } from 'vitest';
import { timeOrderedUuid } from './time-ordered-id';

describe('timeOrderedUuid', () => {
  it('is a version 7 UUID whose first 48 bits are the milliseconds, so later ids sort after earlier ones', () => {
    const id = timeOrderedUuid(Date.UTC(2023, 9, 2, 12, 0, 0));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2023, 9, 2, 12, 0, 0));
    const ids = [1, 2, 3].map((d) => timeOrderedUuid(Date.UTC(2023, 9, 2) + d));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 1000 }, () => timeOrderedUuid(0))).size).toBe(1000);
  });
});
