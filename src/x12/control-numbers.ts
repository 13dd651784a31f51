// Control numbers (ISA13, GS06, ST02) must never repeat for a sender: receivers reject duplicates.
// Where they come from is injected, so envelope() stays a pure function of its inputs.

export type ControlNumberScope = 'ISA' | 'GS' | 'ST';

export interface ControlNumberSource {
  /** The next number for this scope and sender; never the same twice. */
  next(scope: ControlNumberScope, senderId: string): Promise<number>;
}

/** In-memory source for tests and one-off files (numbers restart with the process). */
export class MemoryControlNumbers implements ControlNumberSource {
  private readonly last = new Map<string, number>();

  constructor(private readonly start = 0) {}

  next(scope: ControlNumberScope, senderId: string): Promise<number> {
    const key = `${scope}:${senderId}`;
    const value = (this.last.get(key) ?? this.start) + 1;
    this.last.set(key, value);
    return Promise.resolve(value);
  }
}
