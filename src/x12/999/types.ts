// The 999 as a typed object, named after the guide's loops and elements.

/** CTX elements as sent (CTX01 context identification composite unsplit, CTX02..CTX06). */
export type Context = string[];

/** Loop 2110: Implementation Data Element Note. */
export interface Loop2110 {
  /** IK401-1 */
  elementPosition: number;
  /** IK401-2 */
  componentPosition?: number;
  /** IK401-3 */
  repeatingElementPosition?: number;
  /** IK402 */
  dataElementReferenceNumber?: string;
  /** IK403: 1 missing, 2 conditional missing, 3 too many elements, 4 too short, 5 too long, 6 invalid character, 7 invalid code, 8 invalid date, 9 invalid time, 10 exclusion violated, 12 too many repetitions, 13 too many components, I10 not used present, I11-I13, I6, I9. */
  elementSyntaxErrorCode: string;
  /** IK404 */
  copyOfBadDataElement?: string;
  contexts: Context[];
}

/** Loop 2100: Error Identification. */
export interface Loop2100 {
  /** IK301 */
  segmentIdCode: string;
  /** IK302: position counted from ST = 1. */
  segmentPositionInTransactionSet: number;
  /** IK303 */
  loopIdentifierCode?: string;
  /** IK304: 1 unrecognized, 2 unexpected, 3 required missing, 4 loop over max, 5 segment over max, 6 not in set, 7 out of sequence, 8 element errors, I4, I6-I9. */
  segmentSyntaxErrorCode: string;
  contexts: Context[];
  elementNotes: Loop2110[];
}

/** Loop 2000: Transaction Set Response. */
export interface Loop2000 {
  /** AK201 */
  transactionSetIdentifierCode: string;
  /** AK202: our ST02. */
  transactionSetControlNumber: string;
  /** AK203 */
  implementationConventionReference?: string;
  errors: Loop2100[];
  /** IK501: A accepted, E accepted with errors, M/W/X, R rejected. */
  acknowledgmentCode: string;
  /** IK502..IK506 */
  syntaxErrorCodes: string[];
}

export interface Ack999 {
  /** ST02 */
  transactionSetControlNumber: string;
  /** ST03 */
  implementationConventionReference: string;
  /** AK101 */
  functionalIdentifierCode: string;
  /** AK102: our GS06. */
  groupControlNumber: string;
  /** AK103: our GS08. */
  versionIdentifierCode: string;
  transactionSetResponses: Loop2000[];
  /** AK901: A accepted, E accepted with errors, P partially accepted, R rejected, M/W/X. */
  acknowledgmentCode: string;
  /** AK902 */
  numberOfTransactionSetsIncluded: number;
  /** AK903 */
  numberOfReceivedTransactionSets: number;
  /** AK904 */
  numberOfAcceptedTransactionSets: number;
  /** AK905..AK909 */
  syntaxErrorCodes: string[];
}
