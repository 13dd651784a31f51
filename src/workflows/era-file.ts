// An 835 file read twice as a stream, so that a file of any size posts in flat memory: the first pass
// checks all of it (a malformed file posts nothing) and keeps only each payment's outline; the second
// hands the claims over batch by batch while they are posted.
import { AppError } from '../errors/index';
import { stream835, type Stream835Event, type X12Finding, type x835 } from '../x12/index';

/** One payment (ST..SE) as the first pass leaves it: its header, 1000A/B and PLB, not its claims. */
export interface EraPaymentOutline {
  remittance: x835.Remittance835;
  /** CLP01 of each claim that is not a reversal, upper case: for a payer known only by its tax id. */
  billedPcns: string[];
}

export interface EraFileOutline {
  payments: EraPaymentOutline[];
  warnings: X12Finding[];
}

/** Pass one: the whole file is read and checked; any error finding refuses it, naming the segment. */
export async function read835File(bytes: Uint8Array, fileName: string): Promise<EraFileOutline> {
  const payments: EraPaymentOutline[] = [];
  const warnings: X12Finding[] = [];
  let billedPcns: string[] = [];
  // every finding, not the first 10,000: an error after many warnings must still refuse the file
  for await (const event of stream835(chunksOf(bytes), { maxFindings: Number.MAX_SAFE_INTEGER })) {
    if (event.kind === 'claims') {
      for (const c of event.claims) if (c.claimStatusCode !== '22') billedPcns.push(c.patientControlNumber.toUpperCase());
      continue;
    }
    refuseErrors(event.findings, fileName);
    warnings.push(...event.findings);
    if (event.kind === 'end') {
      payments.push({ remittance: event.remittance, billedPcns });
      billedPcns = [];
    }
  }
  if (payments.length === 0) throw new AppError('input', 'era.no_835', `${fileName} holds no 835 transaction set; nothing was posted`, { file: fileName });
  return { payments, warnings };
}

function refuseErrors(findings: readonly X12Finding[], fileName: string): void {
  const error = findings.find((f) => f.severity === 'error');
  if (!error) return;
  throw new AppError('input', 'era.malformed', `${fileName}: segment ${error.segmentPosition} (${error.segmentId}${error.element ? ` ${error.element}` : ''}): ${error.message}; nothing was posted`, {
    file: fileName, segmentPosition: error.segmentPosition, segmentId: error.segmentId, ...(error.element ? { element: error.element } : {}),
  });
}

/**
 * Pass two: the claims of the file's 835 sets, in order. `claimsOfSet(k)` yields the claim batches of the
 * k-th set (from 0) and stops at its end; sets before it that were left unread are skipped. Sets are read
 * in order: once a set is passed, its claims are gone.
 */
export function claimBatchesOf835(bytes: Uint8Array): { claimsOfSet(k: number): AsyncGenerator<x835.Loop2100[]> } {
  const events: AsyncIterator<Stream835Event> = stream835(chunksOf(bytes))[Symbol.asyncIterator]();
  let ended = 0;
  return {
    async *claimsOfSet(k: number) {
      if (k < ended) throw new Error(`835 set ${k} was read already`);
      for (;;) {
        const step = await events.next();
        if (step.done) return;
        const value = step.value;
        if (value.kind === 'end' && ended++ === k) return;
        if (value.kind === 'claims' && ended === k) yield value.claims;
      }
    },
  };
}

/** Slices of the bytes as a stream would deliver them: the reader keeps only what it has not finished. */
function chunksOf(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  const size = 1 << 16;
  return {
    [Symbol.asyncIterator]() {
      let at = 0;
      return {
        next: () => Promise.resolve(at < bytes.length ? { value: bytes.subarray(at, (at += size)), done: false as const } : { value: undefined, done: true as const }),
      };
    },
  };
}
