// The in-process job runner (PGlite): jobs run in order, a failing job is retried, then recorded.
import { describe, expect, it } from 'vitest';
import { InProcessJobRunner } from './jobs';

describe('InProcessJobRunner', () => {
  it('runs jobs in the order enqueued and retries a failing one until it succeeds', async () => {
    const runner = new InProcessJobRunner(3, 1);
    const seen: string[] = [];
    let failuresLeft = 2;
    await runner.register('send', (p) => {
      if (p.id === 'b' && failuresLeft-- > 0) return Promise.reject(new Error('connection reset'));
      seen.push(String(p.id));
      return Promise.resolve();
    });
    for (const id of ['a', 'b', 'c']) await runner.enqueue('send', { id });
    await runner.drain();
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(runner.failures).toEqual([]);
  });

  it('records a job that keeps failing instead of losing it silently', async () => {
    const runner = new InProcessJobRunner(1, 1);
    await runner.register('send', () => Promise.reject(new Error('payer down')));
    await runner.enqueue('send', {});
    await runner.drain();
    expect(runner.failures).toEqual([{ name: 'send', error: 'payer down' }]);
    await expect(runner.enqueue('nope', {})).rejects.toThrow(/no handler/);
  });
});
