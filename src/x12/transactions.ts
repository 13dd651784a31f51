// Which parser reads which transaction set: chosen by ST01 and the guide (ST03, else GS08). Errata and
// earlier guide ids are read with a warning; a transaction with no parser is still envelope-checked.
import type { X12Finding } from './segment';
import type { TransactionSpec } from './spec';
import type { ReceivedTransaction } from './envelope-types';
import { parse835, spec835 } from './835/index';
import { parse999, spec999 } from './999/index';
import { parse277CA, spec277CA } from './277ca/index';
import { parse837P, transaction837PSpec, validate837P } from './837p/index';
import { parse837I, transaction837ISpec, validate837I } from './837i/index';
import { parse270, x270Spec } from './270/index';
import { parse271, x271Spec } from './271/index';
import { parse276, x276Spec } from './276/index';
import { parse277, x277Spec } from './277/index';

export interface TransactionHandler {
  /** Short name for people: '835', '999', '277CA', '837P'. */
  name: string;
  spec: TransactionSpec;
  /** Parses (and validates) one set: the typed object and every finding. */
  parse(tx: ReceivedTransaction): { value: unknown; findings: X12Finding[] };
}

export const TRANSACTION_HANDLERS: TransactionHandler[] = [
  { name: '835', spec: spec835, parse: (tx) => ((r) => ({ value: r.remittance, findings: r.findings }))(parse835(tx)) },
  { name: '999', spec: spec999, parse: (tx) => ((r) => ({ value: r.ack, findings: r.findings }))(parse999(tx)) },
  { name: '277CA', spec: spec277CA, parse: (tx) => ((r) => ({ value: r.acknowledgment, findings: r.findings }))(parse277CA(tx)) },
  // validate837P/I run the guide walk and the claim checks; parse gives the typed object.
  { name: '837P', spec: transaction837PSpec, parse: (tx) => ({ value: parse837P(tx).transaction, findings: validate837P(tx) }) },
  { name: '837I', spec: transaction837ISpec, parse: (tx) => ({ value: parse837I(tx).transaction, findings: validate837I(tx) }) },
  { name: '270', spec: x270Spec, parse: (tx) => parse270(tx) },
  { name: '271', spec: x271Spec, parse: (tx) => parse271(tx) },
  { name: '276', spec: x276Spec, parse: (tx) => parse276(tx) },
  { name: '277', spec: x277Spec, parse: (tx) => parse277(tx) },
];

export interface Detection {
  handler?: TransactionHandler;
  findings: X12Finding[];
}

/** Picks the handler for a received set by ST01 and guide; findings say when the guide is an errata or unknown. */
export function detectTransaction(tx: ReceivedTransaction, handlers: readonly TransactionHandler[] = TRANSACTION_HANDLERS): Detection {
  const st = tx.segments[0];
  const at = { segmentPosition: st?.position ?? 0, segmentId: 'ST' };
  const sameSet = handlers.filter((h) => h.spec.transactionSetId === tx.transactionSetId);
  const exact = sameSet.find((h) => h.spec.guide === tx.guide);
  if (exact) return { handler: exact, findings: [] };
  const errata = sameSet.find((h) => h.spec.acceptedGuides.includes(tx.guide));
  if (errata) {
    return { handler: errata, findings: [{ severity: 'warning', code: 'x12.guide.accepted_variant', ...at, element: tx.implementationReference ? 'ST03' : 'GS08', message: `${tx.guide} is read as ${errata.spec.guide} (the HIPAA-adopted guide); check the partner's companion guide.` }] };
  }
  if (sameSet.length === 1) {
    const h = sameSet[0]!;
    return { handler: h, findings: [{ severity: 'warning', code: 'x12.guide.unknown', ...at, element: tx.implementationReference ? 'ST03' : 'GS08', message: `Guide "${tx.guide}" is not one OpenRCM knows for a ${tx.transactionSetId}; read as ${h.spec.guide}.` }] };
  }
  return {
    findings: [{ severity: 'warning', code: 'x12.transaction.unsupported', ...at, message: `No reader for transaction set ${tx.transactionSetId} with guide "${tx.guide}": only its envelope was checked.` }],
  };
}
