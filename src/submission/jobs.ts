// Background jobs behind one small interface: pg-boss when the database is a PostgreSQL server,
// an in-process queue on embedded PGlite (one process owns that database anyway).
import type PgBoss from 'pg-boss';
import type { Db } from '../store/index';

export type JobHandler = (payload: Record<string, unknown>) => Promise<void>;

export interface JobRunner {
  register(name: string, handler: JobHandler): Promise<void>;
  enqueue(name: string, payload: Record<string, unknown>): Promise<void>;
  /** Resolves when every job enqueued so far has run (in-process) or been picked up (pg-boss: best effort). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/** Runs jobs one at a time in this process, in the order enqueued; a failed job is retried with backoff. */
export class InProcessJobRunner implements JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private chain: Promise<void> = Promise.resolve();
  readonly failures: { name: string; error: string }[] = [];

  constructor(private readonly retries = 3, private readonly backoffMs = 200) {}

  register(name: string, handler: JobHandler): Promise<void> {
    this.handlers.set(name, handler);
    return Promise.resolve();
  }

  enqueue(name: string, payload: Record<string, unknown>): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) return Promise.reject(new Error(`no handler registered for job ${name}`));
    this.chain = this.chain.then(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          await handler(payload);
          return;
        } catch (e) {
          if (attempt > this.retries) { this.failures.push({ name, error: (e as Error).message }); return; }
          await new Promise((r) => setTimeout(r, this.backoffMs * 2 ** (attempt - 1)));
        }
      }
    });
    return Promise.resolve();
  }

  drain(): Promise<void> {
    return this.chain;
  }

  stop(): Promise<void> {
    return this.chain;
  }
}

/** pg-boss on the same PostgreSQL database (its own schema, pgboss). */
export class PgBossJobRunner implements JobRunner {
  private boss: PgBoss | undefined;
  constructor(private readonly connectionString: string) {}

  private async started(): Promise<PgBoss> {
    if (this.boss) return this.boss;
    const { default: Boss } = await import('pg-boss');
    const boss = new Boss({ connectionString: this.connectionString });
    boss.on('error', () => undefined);
    await boss.start();
    this.boss = boss;
    return boss;
  }

  async register(name: string, handler: JobHandler): Promise<void> {
    const boss = await this.started();
    await boss.createQueue(name);
    await boss.work<Record<string, unknown>>(name, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }

  async enqueue(name: string, payload: Record<string, unknown>): Promise<void> {
    const boss = await this.started();
    await boss.send(name, payload, { retryLimit: 3, retryBackoff: true });
  }

  async drain(): Promise<void> {
    // pg-boss workers poll; waiting on queue size keeps the interface honest without internals.
    const boss = await this.started();
    for (let i = 0; i < 600; i++) {
      const names = await boss.getQueues();
      let waiting = 0;
      for (const q of names) waiting += await boss.getQueueSize(q.name);
      if (waiting === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true });
    this.boss = undefined;
  }
}

/** pg-boss on a PostgreSQL server, in-process on PGlite. */
export function jobRunnerFor(db: Db, databaseUrl: string | undefined): JobRunner {
  return db.engine === 'postgres' && databaseUrl ? new PgBossJobRunner(databaseUrl) : new InProcessJobRunner();
}
