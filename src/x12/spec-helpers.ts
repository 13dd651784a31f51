// Small builders for writing TransactionSpecs from the guides without repeating field names.
import type { ElementSpec, ElementType, SegmentSpec, Usage } from './spec';

export function el(ref: string, name: string, usage: Usage, type: ElementType, min: number, max: number, codes?: readonly string[]): ElementSpec {
  return codes ? { ref, name, usage, type, min, max, codes } : { ref, name, usage, type, min, max };
}

export function comp(ref: string, name: string, usage: Usage, components: readonly ElementSpec[]): ElementSpec {
  return { ref, name, usage, type: 'AN', min: 1, max: 264, components };
}

export function segment(id: string, name: string, usage: 'R' | 'S', max: number, elements: readonly ElementSpec[], qualifier?: readonly string[], qualifierElement = 1): SegmentSpec {
  return qualifier ? { id, name, usage, max, elements, qualifier: { element: qualifierElement, values: qualifier } } : { id, name, usage, max, elements };
}

/** REF: qualifier + identification. */
export function ref(name: string, usage: 'R' | 'S', max: number, qualifiers: readonly string[]): SegmentSpec {
  return segment('REF', name, usage, max, [el('REF01', 'Reference Identification Qualifier', 'R', 'ID', 2, 3, qualifiers), el('REF02', 'Reference Identification', 'R', 'AN', 1, 50), el('REF03', 'Description', 'N', 'AN', 1, 80)], qualifiers);
}

/** DTM: qualifier + CCYYMMDD date. */
export function dtm(name: string, usage: 'R' | 'S', max: number, qualifiers: readonly string[]): SegmentSpec {
  return segment('DTM', name, usage, max, [el('DTM01', 'Date/Time Qualifier', 'R', 'ID', 3, 3, qualifiers), el('DTM02', 'Date', 'R', 'DT', 8, 8)], qualifiers);
}

/** NM1 with its entity identifier code(s). */
export function nm1(name: string, usage: 'R' | 'S', qualifiers: readonly string[], idQualifiers?: readonly string[]): SegmentSpec {
  return segment('NM1', name, usage, 1, [
    el('NM101', 'Entity Identifier Code', 'R', 'ID', 2, 3, qualifiers),
    el('NM102', 'Entity Type Qualifier', 'R', 'ID', 1, 1, ['1', '2']),
    el('NM103', 'Name Last or Organization Name', 'S', 'AN', 1, 60),
    el('NM104', 'Name First', 'S', 'AN', 1, 35),
    el('NM105', 'Name Middle', 'S', 'AN', 1, 25),
    el('NM106', 'Name Prefix', 'N', 'AN', 1, 10),
    el('NM107', 'Name Suffix', 'S', 'AN', 1, 10),
    el('NM108', 'Identification Code Qualifier', 'S', 'ID', 1, 2, idQualifiers),
    el('NM109', 'Identification Code', 'S', 'AN', 2, 80),
  ], qualifiers);
}

export function n3(usage: 'R' | 'S'): SegmentSpec {
  return segment('N3', 'Address', usage, 1, [el('N301', 'Address Information', 'R', 'AN', 1, 55), el('N302', 'Address Information', 'S', 'AN', 1, 55)]);
}

export function n4(usage: 'R' | 'S'): SegmentSpec {
  return segment('N4', 'City, State, ZIP Code', usage, 1, [
    el('N401', 'City Name', 'R', 'AN', 2, 30),
    el('N402', 'State or Province Code', 'S', 'ID', 2, 2),
    el('N403', 'Postal Code', 'S', 'ID', 3, 15),
    el('N404', 'Country Code', 'S', 'ID', 2, 3),
    el('N405', 'Location Qualifier', 'N', 'ID', 1, 2),
    el('N406', 'Location Identifier', 'N', 'AN', 1, 30),
    el('N407', 'Country Subdivision Code', 'S', 'ID', 1, 3),
  ]);
}

export function per(name: string, usage: 'R' | 'S', max: number, qualifiers: readonly string[]): SegmentSpec {
  return segment('PER', name, usage, max, [
    el('PER01', 'Contact Function Code', 'R', 'ID', 2, 2, qualifiers),
    el('PER02', 'Name', 'S', 'AN', 1, 60),
    el('PER03', 'Communication Number Qualifier', 'S', 'ID', 2, 2),
    el('PER04', 'Communication Number', 'S', 'AN', 1, 256),
    el('PER05', 'Communication Number Qualifier', 'S', 'ID', 2, 2),
    el('PER06', 'Communication Number', 'S', 'AN', 1, 256),
    el('PER07', 'Communication Number Qualifier', 'S', 'ID', 2, 2),
    el('PER08', 'Communication Number', 'S', 'AN', 1, 256),
  ], qualifiers);
}
