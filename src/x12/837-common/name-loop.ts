// The NM1-led loops (2010AA, 2010BA, 2310B, 2330B, 2420E...) share one shape: the name, then
// whichever of PRV, N3, N4, DMG, DTP, REF, PER the guide allows in that loop, in that order.
import { DMG, DTP, N3, N4, NM1, PER, PRV, REF } from './segments';
import type { DMGSegment, DTPSegment, N3Segment, N4Segment, NM1Segment, PERSegment, PRVSegment, REFSegment } from './segments';
import { N3_SPEC, N4_SPEC, DMG_SPEC, situational } from './elements';
import { loopDef, slot } from './loop-def';
import type { LoopDef, SlotDef } from './loop-def';
import type { SegmentSpec } from '../spec';

/** An NM1 loop: the entity's name and identifier, with address, demographics, references and contacts as the guide allows. */
export interface NameLoop {
  /** NM1: entity identifier (NM101), type (NM102), name (NM103-NM107), id qualifier and id (NM108-NM109, e.g. XX + NPI). */
  name: NM1Segment;
  /** PRV: provider taxonomy (rendering, attending...). */
  specialty?: PRVSegment;
  /** N3: street address. */
  address?: N3Segment;
  /** N4: city, state, ZIP. */
  cityStateZip?: N4Segment;
  /** DMG: date of birth and gender. */
  demographics?: DMGSegment;
  /** DTP: e.g. 2330B DTP*573 claim check or remittance date. */
  dates?: DTPSegment[];
  /** REF: secondary identifiers (EI tax id, G2 provider commercial number, SY SSN...). */
  references?: REFSegment[];
  /** PER: contact. */
  contacts?: PERSegment[];
}

export interface NameLoopParts {
  prv?: SegmentSpec;
  /** N3/N4 usage; omitted: not used in this loop. */
  address?: 'R' | 'S';
  dmg?: 'R' | 'S';
  dtp?: SegmentSpec;
  refs?: readonly SegmentSpec[];
  per?: SegmentSpec;
}

export function nameLoop(id: string, name: string, usage: 'R' | 'S', max: number, nm1: SegmentSpec, p: NameLoopParts): LoopDef {
  const slots: SlotDef[] = [slot('name', NM1, nm1, false)];
  if (p.prv) slots.push(slot('specialty', PRV, p.prv, false));
  if (p.address) {
    slots.push(slot('address', N3, situational(N3_SPEC, p.address), false));
    slots.push(slot('cityStateZip', N4, situational(N4_SPEC, p.address), false));
  }
  if (p.dmg) slots.push(slot('demographics', DMG, situational(DMG_SPEC, p.dmg), false));
  if (p.dtp) slots.push(slot('dates', DTP, p.dtp, true));
  if (p.refs?.length) slots.push(slot('references', REF, p.refs, true));
  if (p.per) slots.push(slot('contacts', PER, p.per, true));
  return loopDef(id, name, usage, max, slots);
}
