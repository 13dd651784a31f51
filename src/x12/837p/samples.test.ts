// Every 837P sample parses to a typed object, reports exactly the findings the file really has, and
// survives parse -> generate -> parse unchanged.
import { describe837Samples } from '../837-samples.testkit';
import { generate837P, parse837P, validate837P } from './index';

/**
 * The findings each sample really has ("position element code"). The TR3-style examples use made-up
 * NPIs that fail the check digit (837.npi.invalid). Most come from files that use '>'
 * inside composites while their ISA16 declares ':' (wrong component separator in CLM05, HI, SV101), from
 * 4010-era content (AMT*F2 in 2320) or from an incomplete COB loop (2320 without 2330B).
 */
const EXPECTED: Record<string, string[]> = {
  'demo.ambulance.example5.837': ['10 NM109 837.npi.invalid', '23 CLM05-2 x12.element.required_missing'],
  'demo.autoaccident.837': ['9 NM109 837.npi.invalid', '29 NM109 837.npi.invalid', '31 NM109 837.npi.invalid'],
  'demo.cob.2ndary.example4.837': ['9 NM109 837.npi.invalid', '21 CLM05 x12.element.wrong_component_separator', '26 HI01 x12.element.wrong_component_separator', '28 SV107 837P.line.pointer', '28 SV101 x12.element.wrong_component_separator'],
  'demo.cob.example3.A.837': ['9 NM109 837.npi.invalid', '33 NM109 837.npi.invalid', '36 NM109 837.npi.invalid', '44 NM1 x12.loop.required_missing'],
  'demo.cob.example3.B.837': ['9 NM109 837.npi.invalid', '33 NM109 837.npi.invalid', '36 NM109 837.npi.invalid'],
  'demo.cob.example3.C.837': ['9 NM109 837.npi.invalid', '33 NM109 837.npi.invalid', '36 NM109 837.npi.invalid'],
  'demo.cob.example4.837': ['9 NM109 837.npi.invalid', '26 NM109 837.npi.invalid', '31 AMT x12.segment.over_max_use', '31 AMT01 x12.element.invalid_code'],
  'demo.drug.example10.1.837': [],
  'demo.drug.example10.2.837': [],
  'demo.drug.example10.3.837': [],
  'demo.example1.837': [],
  'demo.example11.837': ['9 NM109 837.npi.invalid', '21 CLM05 x12.element.wrong_component_separator', '24 HI01 x12.element.wrong_component_separator', '24 HI02 x12.element.wrong_component_separator', '26 NM109 837.npi.invalid', '32 SV107 837P.line.pointer', '32 SV101 x12.element.wrong_component_separator', '32 SV107 x12.element.wrong_component_separator', '36 SV107 837P.line.pointer', '36 SV101 x12.element.wrong_component_separator'],
  'demo.example12.837': ['26 CLM05 x12.element.wrong_component_separator', '29 HI01 x12.element.wrong_component_separator', '31 NM109 837.npi.invalid', '39 SV107 837P.line.pointer', '39 SV101 x12.element.wrong_component_separator'],
  'demo.example2.837': ['10 NM109 837.npi.invalid', '28 NM109 837.npi.invalid'],
  'demo.example6.837': ['9 NM109 837.npi.invalid', '21 CLM05 x12.element.wrong_component_separator', '26 HI01 x12.element.wrong_component_separator', '28 SV107 837P.line.pointer', '28 SV101 x12.element.wrong_component_separator'],
  'demo.example7.837': ['9 NM109 837.npi.invalid', '30 NM109 837.npi.invalid', '53 NM109 837.npi.invalid'],
  'demo.example8.837': ['9 NM109 837.npi.invalid', '32 NM109 837.npi.invalid'],
  'demo.example9.837': ['9 NM109 837.npi.invalid', '20 CLM05 x12.element.wrong_component_separator', '21 HI01 x12.element.wrong_component_separator', '22 NM109 837.npi.invalid', '25 NM109 837.npi.invalid', '29 SV107 837P.line.pointer', '29 SV101 x12.element.wrong_component_separator', '29 SV107-1 x12.element.not_numeric'],
};

describe837Samples({
  kind: '837P',
  folder: '837_005010X222A2',
  sampleGuide: 'X222A2',
  writtenGuide: '005010X222A1',
  expected: EXPECTED,
  parse: parse837P,
  validate: validate837P,
  generate: generate837P,
});
