// The floor: the least a JavaScript reader must spend to turn the bench's 835 into the same typed claims
// stream835 gives (tested: floor.test.ts). Hand-written for the bench file's one claim shape (CLP NM1 DTM,
// then SVC DTM CAS REF AMT per line) and '*' '~' ':' delimiters only: it validates nothing, tracks no loops,
// balances nothing and reports nothing. It is a measuring stick for the bench's targets, not a parser:
// what stream835 does on top of it is the price of reading any 835 exactly to the guide.
import { createReadStream } from 'node:fs';
import type { x835 } from '../../src/x12/index';
import type { Cents } from '../../src/money/index';
import type { CalendarDate } from '../../src/dates/index';

const TERM = 0x7e;
const SEP = 0x2a;
const COMPONENT = 0x3a;
const LF = 0x0a;
const code = (id: string) => (id.charCodeAt(0) << 16) | (id.charCodeAt(1) << 8) | id.charCodeAt(2);
const CLP = code('CLP');
const NM1 = code('NM1');
const DTM = code('DTM');
const SVC = code('SVC');
const CAS = code('CAS');
const REF = code('REF');
const AMT = code('AMT');

class FloorReader {
  private buf: Buffer = Buffer.alloc(0);
  private text = '';
  private at = 0;
  private claim: x835.Loop2100 | undefined;
  private service: x835.Loop2110 | undefined;
  private readonly dates = new Map<number, CalendarDate>();
  private readonly short = new Map<number, string>();
  claims: x835.Loop2100[] = [];

  /** Reads the whole segments of buf; returns where the unfinished one starts. */
  read(buf: Buffer): number {
    this.buf = buf;
    this.text = buf.toString('latin1');
    const last = buf.lastIndexOf(TERM);
    this.at = 0;
    while (this.at < last) {
      if (buf[this.at] === LF) this.at++;
      else this.segment();
    }
    return last + 1;
  }

  private segment(): void {
    const b = this.buf;
    const id = (b[this.at]! << 16) | (b[this.at + 1]! << 8) | b[this.at + 2]!;
    this.at += 4;
    switch (id) {
      case CLP: this.clp(); break;
      case NM1: this.claim!.patient = this.nm1(); break;
      case DTM: {
        const qualifier = this.str();
        const dates = [{ qualifier, date: this.date() }];
        if (this.service) this.service.serviceDates = dates;
        else this.claim!.dates = dates;
        break;
      }
      case SVC: this.svc(); break;
      case CAS: {
        const groupCode = this.str();
        const carcCode = this.str();
        this.service!.adjustments = [{ groupCode, reasons: [{ carcCode, amount: this.money()!, quantity: undefined }] }];
        break;
      }
      case REF: {
        const qualifier = this.str();
        this.service!.references = [{ qualifier, value: this.str() }];
        break;
      }
      case AMT: {
        const qualifier = this.str();
        this.service!.amounts = [{ qualifier, amount: this.money()! }];
        break;
      }
    }
    this.skipToEnd();
  }

  private clp(): void {
    const patientControlNumber = this.str();
    const claimStatusCode = this.str();
    const totalClaimChargeAmount = this.money()!;
    const claimPaymentAmount = this.money()!;
    const patientResponsibilityAmount = this.money();
    const claimFilingIndicatorCode = this.str();
    const payerClaimControlNumber = this.opt();
    const facilityTypeCode = this.opt();
    const claimFrequencyCode = this.opt();
    this.claim = {
      patientControlNumber, claimStatusCode, totalClaimChargeAmount, claimPaymentAmount, patientResponsibilityAmount, claimFilingIndicatorCode,
      payerClaimControlNumber, facilityTypeCode, claimFrequencyCode, drgCode: undefined, drgWeight: undefined, dischargeFraction: undefined,
      adjustments: [], patient: { entityIdentifierCode: 'QC', entityTypeQualifier: '' }, otherNames: [], references: [], dates: [], contacts: [], amounts: [], quantities: [], services: [],
    };
    this.service = undefined;
    this.claims.push(this.claim);
  }

  private nm1(): x835.Loop2100['patient'] {
    const entityIdentifierCode = this.str();
    const entityTypeQualifier = this.str();
    const lastOrOrganizationName = this.opt();
    const firstName = this.opt();
    const middleName = this.opt();
    this.opt();
    const suffix = this.opt();
    const identificationCodeQualifier = this.opt();
    const identificationCode = this.opt();
    return { entityIdentifierCode, entityTypeQualifier, lastOrOrganizationName, firstName, middleName, suffix, identificationCodeQualifier, identificationCode };
  }

  private svc(): void {
    const qualifier = this.until(COMPONENT);
    const procedureCode = this.str();
    const lineItemChargeAmount = this.money()!;
    const lineItemProviderPaymentAmount = this.money()!;
    const revenueCode = this.opt();
    const unitsOfServicePaidCount = this.opt();
    this.service = {
      procedure: { qualifier, code: procedureCode, modifiers: [], description: undefined }, lineItemChargeAmount, lineItemProviderPaymentAmount, revenueCode, unitsOfServicePaidCount,
      originalProcedure: undefined, originalUnitsOfServiceCount: undefined, serviceDates: [], adjustments: [], references: [], amounts: [], quantities: [], remarks: [],
    };
    const services = this.claim!.services;
    if (services.length === 0) this.claim!.services = [this.service];
    else services.push(this.service);
  }

  /** The value up to the next element separator, or the segment's end (which it does not pass). */
  private str(): string {
    return this.until(SEP);
  }

  private opt(): string | undefined {
    return this.str() || undefined;
  }

  private until(stop: number): string {
    const b = this.buf;
    const start = this.at;
    let i = start;
    while (b[i] !== stop && b[i] !== TERM) i++;
    this.at = b[i] === TERM ? i : i + 1;
    const n = i - start;
    if (n === 0) return '';
    if (n > 4) return this.text.slice(start, i);
    // Short values repeat claim after claim: shared, as stream835 shares them.
    let key = n;
    for (let k = start; k < i; k++) key = (key << 7) | b[k]!;
    let v = this.short.get(key);
    if (v === undefined) this.short.set(key, (v = this.text.slice(start, i)));
    return v;
  }

  private money(): Cents | undefined {
    const b = this.buf;
    let i = this.at;
    if (b[i] === SEP || b[i] === TERM) {
      this.at = b[i] === SEP ? i + 1 : i;
      return undefined;
    }
    let whole = 0;
    let c = b[i]!;
    while (c >= 48 && c <= 57) {
      whole = whole * 10 + c - 48;
      c = b[++i]!;
    }
    let fraction = 0;
    if (c === 46) {
      c = b[++i]!;
      if (c >= 48 && c <= 57) {
        fraction = (c - 48) * 10;
        c = b[++i]!;
        if (c >= 48 && c <= 57) {
          fraction += c - 48;
          c = b[++i]!;
        }
      }
    }
    this.at = c === SEP ? i + 1 : i;
    return (whole * 100 + fraction) as Cents;
  }

  private date(): CalendarDate {
    const b = this.buf;
    const start = this.at;
    let key = 0;
    for (let i = start; i < start + 8; i++) key = key * 10 + b[i]! - 48;
    this.at = start + 8;
    let d = this.dates.get(key);
    if (d === undefined) {
      const t = this.text;
      d = `${t.slice(start, start + 4)}-${t.slice(start + 4, start + 6)}-${t.slice(start + 6, start + 8)}` as CalendarDate;
      this.dates.set(key, d);
    }
    return d;
  }

  private skipToEnd(): void {
    const b = this.buf;
    let i = this.at;
    while (b[i] !== TERM) i++;
    this.at = i + 1;
  }
}

/** Reads the file as the other bench readers do (64 KB chunks), handing out the claims of each chunk. */
export async function* floorClaims(file: string, highWaterMark: number): AsyncGenerator<x835.Loop2100[]> {
  const reader = new FloorReader();
  let carry: Buffer | undefined;
  for await (const chunk of createReadStream(file, { highWaterMark }) as AsyncIterable<Buffer>) {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    carry = buf.subarray(reader.read(buf));
    yield reader.claims;
    reader.claims = [];
  }
}
