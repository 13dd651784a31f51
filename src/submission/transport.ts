// One interface over the ways a clearinghouse takes files: an HTTP API, an SFTP drop box, a shared
// folder. Sends are idempotent from the receiver's point of view: the same file has the same ISA13.
export interface ResponseFile {
  name: string;
  content: string;
}

export interface Transport {
  readonly kind: 'http' | 'sftp' | 'folder';
  /** Delivers one 837 file; resolves once the receiver has it. Throws TransportError when it may not have. */
  send(fileName: string, content: string): Promise<{ remoteId?: string }>;
  /** Response files waiting (999, 277CA, 835), not yet acknowledged. */
  fetch(): Promise<ResponseFile[]>;
  /** Tells the receiver these files are safely stored: they are not offered again. */
  acknowledge(names: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** A transport failure: the file may or may not have arrived. Safe to retry (same ISA13). */
export class TransportError extends Error {
  constructor(readonly code: string, message: string, readonly retryable = true) {
    super(message);
    this.name = 'TransportError';
  }
}

export interface RetryPolicy {
  attempts: number;
  /** First wait; doubles each time. */
  backoffMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, backoffMs: 500 };

/** Runs fn until it succeeds or the attempts are spent, waiting backoff, 2x backoff, ... between tries. */
export async function withRetry<T>(fn: () => Promise<T>, policy: RetryPolicy, onFailure?: (e: Error, attempt: number) => void): Promise<T> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let last: Error | undefined;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await fn();
    } catch (e) {
      last = e as Error;
      onFailure?.(last, attempt);
      if (e instanceof TransportError && !e.retryable) break;
      if (attempt < policy.attempts) await sleep(policy.backoffMs * 2 ** (attempt - 1));
    }
  }
  throw last ?? new Error('withRetry: no attempt made');
}
