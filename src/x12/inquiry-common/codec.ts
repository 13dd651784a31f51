// Reading typed pieces out of a walked loop tree and writing them back as segments. Readers never
// throw on bad data: a value that cannot be typed (an impossible date, an amount that is not a
// number) is reported as a finding and left out of the model.
import { fromX12Date, toX12Date } from '../deps';
import type { CalendarDate } from '../deps';
import { parseDollars, toDecimal } from '../deps';
import type { Cents } from '../deps';
import type { Delimiters, Segment, X12Finding } from '../segment';
import type { LoopNode } from '../spec';
import type { Address, Contact, DatePeriod, Demographics, EntityName, OpaqueSegment, ProviderInformation, Reference, Trace } from './model';

/** Collects findings while a loop tree is mapped to a typed model. */
export class ReadContext {
  readonly findings: X12Finding[] = [];
  /** elementsValidated: the generic validator already checked element types, so typed readers do not repeat its findings. */
  constructor(
    readonly delimiters: Delimiters,
    readonly elementsValidated = false,
  ) {}

  /** ik403: the 999 element error code (8 invalid date, 6 invalid character). */
  invalid(segment: Segment, loop: string, element: string, code: string, message: string, ik403?: string): void {
    this.findings.push({ severity: 'error', code, segmentPosition: segment.position, segmentId: segment.id, loop, element, message, ...(ik403 ? { ik403 } : {}) });
  }
}

/** Element n, or undefined when empty. */
export function opt(segment: Segment, n: number): string | undefined {
  const v = segment.elements[n];
  return v === undefined || v === '' ? undefined : v;
}

export function req(segment: Segment, n: number): string {
  return segment.elements[n] ?? '';
}

export function splitRepetitions(value: string | undefined, d: Delimiters): string[] {
  return value ? value.split(d.repetition).filter((v) => v !== '') : [];
}

export function splitComponents(value: string | undefined, d: Delimiters): string[] {
  return value ? value.split(d.component) : [];
}

export function segmentsOf(node: LoopNode, id: string, qualifiers?: readonly string[]): Segment[] {
  return node.segments.filter((s) => s.id === id && (!qualifiers || qualifiers.includes(s.elements[1] ?? '')));
}

export function firstOf(node: LoopNode, id: string, qualifiers?: readonly string[]): Segment | undefined {
  return node.segments.find((s) => s.id === id && (!qualifiers || qualifiers.includes(s.elements[1] ?? '')));
}

export function loopsOf(node: LoopNode, loopId: string): LoopNode[] {
  return node.loops.filter((l) => l.id === loopId);
}

export function readName(s: Segment): EntityName {
  return {
    entityIdentifierCode: req(s, 1),
    entityTypeQualifier: req(s, 2),
    lastOrOrganizationName: opt(s, 3),
    firstName: opt(s, 4),
    middleName: opt(s, 5),
    suffix: opt(s, 7),
    identificationCodeQualifier: opt(s, 8),
    identificationCode: opt(s, 9),
  };
}

export function readAddress(node: LoopNode): Address | undefined {
  const n3 = firstOf(node, 'N3');
  const n4 = firstOf(node, 'N4');
  if (!n3 && !n4) return undefined;
  return {
    line1: n3 ? req(n3, 1) : '',
    line2: n3 ? opt(n3, 2) : undefined,
    city: n4 ? opt(n4, 1) : undefined,
    state: n4 ? opt(n4, 2) : undefined,
    postalCode: n4 ? opt(n4, 3) : undefined,
    countryCode: n4 ? opt(n4, 4) : undefined,
    countrySubdivisionCode: n4 ? opt(n4, 7) : undefined,
  };
}

export function readReference(s: Segment): Reference {
  return { qualifier: req(s, 1), value: req(s, 2), description: opt(s, 3) };
}

export function readTrace(s: Segment): Trace {
  return {
    traceTypeCode: req(s, 1),
    referenceIdentification: req(s, 2),
    originatingCompanyIdentifier: opt(s, 3),
    secondaryReferenceIdentification: opt(s, 4),
  };
}

/** Reads a D8 or RD8 date; an impossible date is a finding, not a crash. */
export function readDate(ctx: ReadContext, s: Segment, loop: string, format: string, value: string, ref: string): { from: CalendarDate; to?: CalendarDate } | undefined {
  if (format === 'RD8') {
    const [a = '', b = ''] = value.split('-');
    const from = fromX12Date(a);
    const to = fromX12Date(b);
    if (from && to) return { from, to };
  } else if (format === 'D8') {
    const from = fromX12Date(value);
    if (from) return { from };
  }
  ctx.invalid(s, loop, ref, 'x12.element.bad_date', `${s.id} ${ref}: "${value}" is not a valid ${format || 'date'} (CCYYMMDD, or CCYYMMDD-CCYYMMDD for RD8).`, '8');
  return undefined;
}

export function readDatePeriod(ctx: ReadContext, s: Segment, loop: string): DatePeriod | undefined {
  const d = readDate(ctx, s, loop, req(s, 2), req(s, 3), 'DTP03');
  return d ? { qualifier: req(s, 1), ...d } : undefined;
}

export function readDemographics(ctx: ReadContext, s: Segment, loop: string): Demographics {
  const birth = opt(s, 2) ? readDate(ctx, s, loop, req(s, 1), req(s, 2), 'DMG02') : undefined;
  return { birthDate: birth?.from, genderCode: opt(s, 3) };
}

export function readContact(s: Segment): Contact {
  const numbers: Contact['numbers'] = [];
  for (let n = 3; n <= 7; n += 2) {
    const q = opt(s, n);
    if (q) numbers.push({ qualifier: q, number: req(s, n + 1) });
  }
  return { functionCode: req(s, 1), name: opt(s, 2), numbers };
}

export function readProvider(s: Segment): ProviderInformation {
  return { providerCode: req(s, 1), qualifier: req(s, 2), taxonomyCode: req(s, 3) };
}

export function readOpaque(s: Segment): OpaqueSegment {
  return { id: s.id, elements: s.elements.slice(1) };
}

export function readAmount(ctx: ReadContext, s: Segment, n: number, loop: string, ref: string): Cents | undefined {
  const text = opt(s, n);
  if (text === undefined) return undefined;
  const amount = parseDollars(text);
  if (amount === undefined && !ctx.elementsValidated) ctx.invalid(s, loop, ref, 'x12.element.bad_amount', `${s.id} ${ref}: "${text}" is not a dollar amount.`, '6');
  return amount;
}

// ---- writing ----

/** Builds a segment, dropping trailing empty elements (guides forbid them); position is set by `numbered`. */
export function segment(id: string, ...elements: (string | undefined)[]): Segment {
  const values = elements.map((e) => e ?? '');
  while (values.length > 0 && values[values.length - 1] === '') values.pop();
  return { id, elements: [id, ...values], position: 0 };
}

/** Joins composite components, dropping trailing empty ones. */
export function joinComponents(parts: readonly (string | undefined)[], d: Delimiters): string {
  const values = parts.map((p) => p ?? '');
  while (values.length > 0 && values[values.length - 1] === '') values.pop();
  return values.join(d.component);
}

/** Numbers segments 1..n in order (ST is 1), as SE01 counts them. */
export function numbered(segments: Segment[]): Segment[] {
  return segments.map((s, i) => ({ ...s, position: i + 1 }));
}

export function amountText(amount: Cents | undefined): string | undefined {
  return amount === undefined ? undefined : toDecimal(amount);
}

export function writeName(n: EntityName): Segment {
  return segment(
    'NM1',
    n.entityIdentifierCode,
    n.entityTypeQualifier,
    n.lastOrOrganizationName,
    n.firstName,
    n.middleName,
    undefined,
    n.suffix,
    n.identificationCodeQualifier,
    n.identificationCode,
  );
}

export function writeAddress(a: Address | undefined): Segment[] {
  if (!a) return [];
  const out: Segment[] = [];
  if (a.line1) out.push(segment('N3', a.line1, a.line2));
  if (a.city) out.push(segment('N4', a.city, a.state, a.postalCode, a.countryCode, undefined, undefined, a.countrySubdivisionCode));
  return out;
}

export function writeReference(r: Reference): Segment {
  return segment('REF', r.qualifier, r.value, r.description);
}

export function writeTrace(t: Trace): Segment {
  return segment('TRN', t.traceTypeCode, t.referenceIdentification, t.originatingCompanyIdentifier, t.secondaryReferenceIdentification);
}

export function writeDatePeriod(p: DatePeriod): Segment {
  return p.to === undefined
    ? segment('DTP', p.qualifier, 'D8', toX12Date(p.from))
    : segment('DTP', p.qualifier, 'RD8', `${toX12Date(p.from)}-${toX12Date(p.to)}`);
}

export function writeDemographics(d: Demographics | undefined): Segment[] {
  if (!d) return [];
  return [segment('DMG', d.birthDate ? 'D8' : undefined, d.birthDate ? toX12Date(d.birthDate) : undefined, d.genderCode)];
}

export function writeContact(c: Contact): Segment {
  const pairs = c.numbers.flatMap((p) => [p.qualifier, p.number]);
  return segment('PER', c.functionCode, c.name, ...pairs);
}

export function writeProvider(p: ProviderInformation): Segment {
  return segment('PRV', p.providerCode, p.qualifier, p.taxonomyCode);
}

export function writeOpaque(o: OpaqueSegment): Segment {
  return segment(o.id, ...o.elements);
}

/** HL with HL04 computed from whether children follow (checklist: compute it after the children are known). */
export function writeHl(id: number, parent: number | undefined, level: string, hasChildren: boolean | undefined): Segment {
  const child = hasChildren === undefined ? undefined : hasChildren ? '1' : '0';
  return segment('HL', String(id), parent === undefined ? '' : String(parent), level, child);
}
