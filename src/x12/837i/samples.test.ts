// Every 837I sample parses to a typed object, reports exactly the findings the file really has, and
// survives parse -> generate -> parse unchanged.
import { describe837Samples } from '../837-samples.testkit';
import { generate837I, parse837I, validate837I } from './index';

/**
 * The findings each sample really has ("position element code"): CLM06 is not used in the 837I (the
 * samples send Y), statement dates DTP*434 must be RD8, and two files use '>' inside composites while
 * their ISA16 declares ':' (wrong component separator in CLM05, HI, SV202).
 */
const EXPECTED: Record<string, string[]> = {
  'institutional-claim.837i': ['10 NM109 837.npi.invalid', '22 CLM06 x12.element.not_used', '23 DTP02 x12.element.invalid_code'],
  'out-of-network-repriced-claim.837i': ['20 CLM05 x12.element.wrong_component_separator', '20 CLM06 x12.element.not_used', '27 HI01 x12.element.wrong_component_separator', '29 NM109 837.npi.invalid', '31 SV202 x12.element.wrong_component_separator'],
  'ppo-repriced-claim.837i': ['9 NM109 837.npi.invalid', '26 CLM05 x12.element.wrong_component_separator', '26 CLM06 x12.element.not_used', '33 HI01 x12.element.wrong_component_separator', '34 HI01 x12.element.wrong_component_separator', '35 HI01 x12.element.wrong_component_separator', '37 NM109 837.npi.invalid', '43 SV202 x12.element.wrong_component_separator', '47 SV202 x12.element.wrong_component_separator'],
  'two-claims-single-provider.837i': ['10 NM109 837.npi.invalid', '21 CLM06 x12.element.not_used', '41 CLM06 x12.element.not_used', '45 NM109 837.npi.invalid'],
};

describe837Samples({
  kind: '837I',
  folder: '837_005010X223A3',
  sampleGuide: 'X223A3',
  writtenGuide: '005010X223A2',
  expected: EXPECTED,
  parse: parse837I,
  validate: validate837I,
  generate: generate837I,
});
