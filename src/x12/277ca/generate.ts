// 277CA generator (for the payer simulator and tests): numbers the HLs as it writes them, HL04 from
// whether the level has children.
import type { Delimiters } from '../index-types';
import { DEFAULT_DELIMITERS } from '../segment';
import { composite, seg, type OutSegment } from '../writer';
import { toDecimal } from '../deps';
import type { ClaimAcknowledgment277CA, ClaimStatus, EntityName, StatusInformation, Trace } from './types';

export function generate277CA(a: ClaimAcknowledgment277CA, d: Delimiters = DEFAULT_DELIMITERS): OutSegment[] {
  const out: OutSegment[] = [seg('ST', '277', a.transactionSetControlNumber, '005010X214')];
  out.push(seg('BHT', '0085', '08', a.originatorApplicationTransactionIdentifier, a.creationDate, a.creationTime, 'TH'));
  let hl = 0;
  const level = (parent: number | undefined, code: string, hasChildren: boolean) => {
    // The patient level (PT) is the bottom of the tree: its HL04 is not used.
    out.push(seg('HL', String(++hl), parent === undefined ? '' : String(parent), code, code === 'PT' ? undefined : hasChildren ? '1' : '0'));
    return hl;
  };
  for (const src of a.informationSources) {
    const h20 = level(undefined, '20', src.receivers.length > 0);
    out.push(nm1(src.payer));
    trace(src.trace, out);
    if (src.receiptDate) out.push(seg('DTP', '050', 'D8', src.receiptDate));
    if (src.processDate) out.push(seg('DTP', '009', 'D8', src.processDate));
    for (const rcv of src.receivers) {
      const h21 = level(h20, '21', rcv.providers.length > 0);
      out.push(nm1(rcv.informationReceiver));
      trace(rcv.trace, out);
      for (const s of rcv.statuses) out.push(stc(s, d));
      for (const q of rcv.quantities) out.push(seg('QTY', q.qualifier, q.quantity));
      for (const x of rcv.amounts) out.push(seg('AMT', x.qualifier, toDecimal(x.amount)));
      for (const prv of rcv.providers) {
        const h19 = level(h21, '19', prv.patients.length > 0);
        out.push(nm1(prv.billingProvider));
        trace(prv.trace, out);
        for (const s of prv.statuses) out.push(stc(s, d));
        for (const x of prv.references) out.push(seg('REF', x.qualifier, x.value));
        for (const q of prv.quantities) out.push(seg('QTY', q.qualifier, q.quantity));
        for (const x of prv.amounts) out.push(seg('AMT', x.qualifier, toDecimal(x.amount)));
        for (const pt of prv.patients) {
          level(h19, 'PT', false);
          out.push(nm1(pt.patient));
          for (const c of pt.claims) {
            out.push(seg('TRN', '2', c.claimStatusTrackingNumber));
            for (const s of c.statuses) out.push(stc(s, d));
            for (const x of c.references) out.push(seg('REF', x.qualifier, x.value));
            if (c.serviceDate) out.push(seg('DTP', '472', c.serviceDate.format, c.serviceDate.value));
            for (const l of c.serviceLines) {
              const mods = [...l.procedure.modifiers];
              out.push(seg('SVC', composite(d, 'SVC01', l.procedure.qualifier, l.procedure.code, ...mods), toDecimal(l.lineItemChargeAmount), undefined, l.revenueCode, undefined, undefined, l.originalUnitsOfServiceCount));
              for (const s of l.statuses) out.push(stc(s, d));
              if (l.lineItemControlNumber) out.push(seg('REF', 'FJ', l.lineItemControlNumber));
              if (l.serviceDate) out.push(seg('DTP', '472', l.serviceDate.format, l.serviceDate.value));
            }
          }
        }
      }
    }
  }
  out.push(seg('SE', String(out.length + 1), a.transactionSetControlNumber));
  return out;
}

function status(s: ClaimStatus | undefined, d: Delimiters, ref: string): string | undefined {
  return s && composite(d, ref, s.categoryCode, s.statusCode, s.entityIdentifierCode, s.codeListQualifierCode);
}

function stc(s: StatusInformation, d: Delimiters): OutSegment {
  return seg('STC', status(s.status, d, 'STC01'), s.statusInformationEffectiveDate, s.actionCode, s.totalSubmittedCharges === undefined ? undefined : toDecimal(s.totalSubmittedCharges), undefined, undefined, undefined, undefined, undefined, status(s.additionalStatuses[0], d, 'STC10'), status(s.additionalStatuses[1], d, 'STC11'), s.freeFormMessageText);
}

function trace(t: Trace | undefined, out: OutSegment[]): void {
  if (t) out.push(seg('TRN', t.traceTypeCode, t.referenceIdentification));
}

function nm1(n: EntityName): OutSegment {
  return seg('NM1', n.entityIdentifierCode, n.entityTypeQualifier, n.lastOrOrganizationName, n.firstName, n.middleName, undefined, n.suffix, n.identificationCodeQualifier, n.identificationCode);
}
