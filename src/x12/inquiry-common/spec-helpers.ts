// Builders for the segment specs the four inquiry guides (270/271 X279A1, 276/277 X212) share.
// Each builder takes the code values that differ per loop, so every loop's spec still states
// exactly the qualifiers its guide allows.
import type { ElementSpec, ElementType, SegmentSpec, Usage } from '../spec';

export function el(
  ref: string,
  name: string,
  usage: Usage,
  type: ElementType,
  min: number,
  max: number,
  codes?: readonly string[],
): ElementSpec {
  return codes ? { ref, name, usage, type, min, max, codes } : { ref, name, usage, type, min, max };
}

/** A composite element; its length bounds are the whole composite as written. */
export function composite(ref: string, name: string, usage: Usage, components: readonly ElementSpec[]): ElementSpec {
  const max = components.reduce((n, c) => n + c.max + 1, 0);
  return { ref, name, usage, type: 'AN', min: 1, max, components };
}

interface SegmentOptions {
  usage?: 'R' | 'S';
  max?: number;
  /** Element number whose value selects this segment among same-id segments of a loop. */
  qualifierElement?: number;
  qualifierValues?: readonly string[];
}

export function seg(id: string, name: string, elements: readonly ElementSpec[], options: SegmentOptions = {}): SegmentSpec {
  const spec: SegmentSpec = { id, name, usage: options.usage ?? 'R', max: options.max ?? 1, elements };
  if (options.qualifierValues) {
    return { ...spec, qualifier: { element: options.qualifierElement ?? 1, values: options.qualifierValues } };
  }
  return spec;
}

/** HL, selected by its level code (HL03). */
export function hlSpec(name: string, levelCode: string, childCodeUsage: Usage, parentUsage: Usage = 'R'): SegmentSpec {
  return seg(
    'HL',
    name,
    [
      el('HL01', 'Hierarchical ID Number', 'R', 'AN', 1, 12),
      el('HL02', 'Hierarchical Parent ID Number', parentUsage, 'AN', 1, 12),
      el('HL03', 'Hierarchical Level Code', 'R', 'ID', 1, 2, [levelCode]),
      el('HL04', 'Hierarchical Child Code', childCodeUsage, 'ID', 1, 1, ['0', '1']),
    ],
    { qualifierElement: 3, qualifierValues: [levelCode] },
  );
}

export interface Nm1Options {
  entityCodes: readonly string[];
  entityTypes?: readonly string[];
  idQualifiers?: readonly string[];
  idUsage?: Usage;
  firstNameUsage?: Usage;
  lastNameUsage?: Usage;
}

export function nm1Spec(name: string, o: Nm1Options): SegmentSpec {
  const idUsage = o.idUsage ?? 'S';
  return seg(
    'NM1',
    name,
    [
      el('NM101', 'Entity Identifier Code', 'R', 'ID', 2, 3, o.entityCodes),
      el('NM102', 'Entity Type Qualifier', 'R', 'ID', 1, 1, o.entityTypes ?? ['1', '2']),
      el('NM103', 'Name Last or Organization Name', o.lastNameUsage ?? 'S', 'AN', 1, 60),
      el('NM104', 'Name First', o.firstNameUsage ?? 'S', 'AN', 1, 35),
      el('NM105', 'Name Middle', 'S', 'AN', 1, 25),
      el('NM106', 'Name Prefix', 'N', 'AN', 1, 10),
      el('NM107', 'Name Suffix', 'S', 'AN', 1, 10),
      el('NM108', 'Identification Code Qualifier', idUsage, 'ID', 1, 2, o.idQualifiers),
      el('NM109', 'Identification Code', idUsage, 'AN', 2, 80),
    ],
    { qualifierValues: o.entityCodes },
  );
}

export function refSpec(name: string, qualifiers: readonly string[], max = 1, usage: 'R' | 'S' = 'S'): SegmentSpec {
  return seg(
    'REF',
    name,
    [
      el('REF01', 'Reference Identification Qualifier', 'R', 'ID', 2, 3, qualifiers),
      el('REF02', 'Reference Identification', 'R', 'AN', 1, 50),
      el('REF03', 'Description', 'S', 'AN', 1, 80),
    ],
    { usage, max, qualifierValues: qualifiers },
  );
}

export function n3Spec(name: string): SegmentSpec {
  return seg(
    'N3',
    name,
    [el('N301', 'Address Information', 'R', 'AN', 1, 55), el('N302', 'Address Information', 'S', 'AN', 1, 55)],
    { usage: 'S' },
  );
}

export function n4Spec(name: string): SegmentSpec {
  return seg(
    'N4',
    name,
    [
      el('N401', 'City Name', 'R', 'AN', 2, 30),
      el('N402', 'State or Province Code', 'S', 'ID', 2, 2),
      el('N403', 'Postal Code', 'S', 'ID', 3, 15),
      el('N404', 'Country Code', 'S', 'ID', 2, 3),
      el('N407', 'Country Subdivision Code', 'S', 'ID', 1, 3),
    ],
    { usage: 'S' },
  );
}

export function dtpSpec(name: string, qualifiers: readonly string[], max = 1, usage: 'R' | 'S' = 'S'): SegmentSpec {
  return seg(
    'DTP',
    name,
    [
      el('DTP01', 'Date/Time Qualifier', 'R', 'ID', 3, 3, qualifiers),
      el('DTP02', 'Date Time Period Format Qualifier', 'R', 'ID', 2, 3, ['D8', 'RD8']),
      el('DTP03', 'Date Time Period', 'R', 'AN', 1, 35),
    ],
    { usage, max, qualifierValues: qualifiers },
  );
}

export function trnSpec(name: string, traceTypes: readonly string[], max = 1, usage: 'R' | 'S' = 'S'): SegmentSpec {
  return seg(
    'TRN',
    name,
    [
      el('TRN01', 'Trace Type Code', 'R', 'ID', 1, 2, traceTypes),
      el('TRN02', 'Reference Identification', 'R', 'AN', 1, 50),
      el('TRN03', 'Originating Company Identifier', 'S', 'AN', 10, 10),
      el('TRN04', 'Reference Identification', 'S', 'AN', 1, 50),
    ],
    { usage, max },
  );
}

export function dmgSpec(name: string, usage: 'R' | 'S' = 'S'): SegmentSpec {
  return seg(
    'DMG',
    name,
    [
      el('DMG01', 'Date Time Period Format Qualifier', 'R', 'ID', 2, 3, ['D8']),
      el('DMG02', 'Date Time Period', 'R', 'AN', 1, 35),
      el('DMG03', 'Gender Code', 'S', 'ID', 1, 1, ['F', 'M', 'U']),
    ],
    { usage },
  );
}

export function perSpec(name: string, functionCodes: readonly string[], max: number): SegmentSpec {
  const numberQualifiers = ['ED', 'EM', 'EX', 'FX', 'TE', 'UR'];
  return seg(
    'PER',
    name,
    [
      el('PER01', 'Contact Function Code', 'R', 'ID', 2, 2, functionCodes),
      el('PER02', 'Name', 'S', 'AN', 1, 60),
      el('PER03', 'Communication Number Qualifier', 'S', 'ID', 2, 2, numberQualifiers),
      el('PER04', 'Communication Number', 'S', 'AN', 1, 256),
      el('PER05', 'Communication Number Qualifier', 'S', 'ID', 2, 2, numberQualifiers),
      el('PER06', 'Communication Number', 'S', 'AN', 1, 256),
      el('PER07', 'Communication Number Qualifier', 'S', 'ID', 2, 2, numberQualifiers),
      el('PER08', 'Communication Number', 'S', 'AN', 1, 256),
    ],
    { usage: 'S', max },
  );
}

export function prvSpec(name: string, providerCodes: readonly string[]): SegmentSpec {
  return seg(
    'PRV',
    name,
    [
      el('PRV01', 'Provider Code', 'R', 'ID', 1, 3, providerCodes),
      el('PRV02', 'Reference Identification Qualifier', 'R', 'ID', 2, 3, ['PXC']),
      el('PRV03', 'Reference Identification', 'R', 'AN', 1, 50),
    ],
    { usage: 'S' },
  );
}

export function bhtSpec(structureCode: string, purposeCodes: readonly string[], typeCodes?: readonly string[]): SegmentSpec {
  return seg('BHT', 'Beginning of Hierarchical Transaction', [
    el('BHT01', 'Hierarchical Structure Code', 'R', 'ID', 4, 4, [structureCode]),
    el('BHT02', 'Transaction Set Purpose Code', 'R', 'ID', 2, 2, purposeCodes),
    el('BHT03', 'Reference Identification', 'R', 'AN', 1, 50),
    el('BHT04', 'Date', 'R', 'DT', 8, 8),
    el('BHT05', 'Time', 'R', 'TM', 4, 8),
    el('BHT06', 'Transaction Type Code', typeCodes ? 'S' : 'N', 'ID', 2, 2, typeCodes),
  ]);
}
