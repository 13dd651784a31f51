// Segment and composite specs of 005010X279A1 that the 270 and the 271 both use.
import type { SegmentSpec } from '../spec';
import { composite, el, seg } from '../inquiry-common/index';
import { PROCEDURE_QUALIFIERS } from './codes';

/** EQ02 / EB13 Composite Medical Procedure Identifier. */
export const procedureComposite = (ref: string) =>
  composite(ref, 'Composite Medical Procedure Identifier', 'S', [
    el(`${ref}-1`, 'Product or Service ID Qualifier', 'R', 'ID', 2, 2, PROCEDURE_QUALIFIERS),
    el(`${ref}-2`, 'Procedure Code', 'R', 'AN', 1, 48),
    el(`${ref}-3`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-4`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-5`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-6`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-7`, 'Description', 'N', 'AN', 1, 80),
    el(`${ref}-8`, 'Product or Service ID', 'S', 'AN', 1, 48),
  ]);

/** EQ05 / EB14 Composite Diagnosis Code Pointer. */
export const diagnosisPointerComposite = (ref: string) =>
  composite(ref, 'Composite Diagnosis Code Pointer', 'S', [
    el(`${ref}-1`, 'Diagnosis Code Pointer', 'R', 'N0', 1, 2),
    el(`${ref}-2`, 'Diagnosis Code Pointer', 'S', 'N0', 1, 2),
    el(`${ref}-3`, 'Diagnosis Code Pointer', 'S', 'N0', 1, 2),
    el(`${ref}-4`, 'Diagnosis Code Pointer', 'S', 'N0', 1, 2),
  ]);

/** HI Health Care Diagnosis Code: up to 8 ABK/ABF (or BK/BF) composites, carried through as sent. */
export const hiSpec: SegmentSpec = seg(
  'HI',
  'Health Care Diagnosis Code',
  Array.from({ length: 8 }, (_, i) => {
    const ref = `HI0${i + 1}`;
    return composite(ref, 'Health Care Code Information', i === 0 ? 'R' : 'S', [
      el(`${ref}-1`, 'Diagnosis Type Code', 'R', 'ID', 1, 3, ['ABK', 'ABF', 'BK', 'BF']),
      el(`${ref}-2`, 'Diagnosis Code', 'R', 'AN', 1, 30),
    ]);
  }),
  { usage: 'S' },
);

export function insSpec(name: string, responseCodes: readonly string[], relationshipCodes: readonly string[]): SegmentSpec {
  return seg(
    'INS',
    name,
    [
      el('INS01', 'Yes/No Condition or Response Code', 'R', 'ID', 1, 1, responseCodes),
      el('INS02', 'Individual Relationship Code', 'R', 'ID', 2, 2, relationshipCodes),
      el('INS03', 'Maintenance Type Code', 'S', 'ID', 3, 3, ['001']),
      el('INS04', 'Maintenance Reason Code', 'S', 'ID', 2, 3, ['25']),
      el('INS17', 'Birth Sequence Number', 'S', 'N0', 1, 9),
    ],
    { usage: 'S' },
  );
}
