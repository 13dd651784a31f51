// Which root cause each CARC points to, and the RARCs that say more when the CARC is generic
// (16, 96, 125, A1... carry the real reason in a remark code). Codes only: the wording of each code is
// read from the published code list at run time (code-list.ts).
import type { CodingIssue, DenialRootCause } from './root-causes';

export interface CodeRule {
  rootCause: DenialRootCause;
  codingIssue?: CodingIssue;
}

const E: CodeRule = { rootCause: 'eligibility_registration' };
const AUTH: CodeRule = { rootCause: 'authorization' };
const DOC: CodeRule = { rootCause: 'documentation' };
const DUP: CodeRule = { rootCause: 'duplicate' };
const CONTRACT: CodeRule = { rootCause: 'contractual' };
const PATIENT: CodeRule = { rootCause: 'patient_responsibility' };
const OTHER: CodeRule = { rootCause: 'other' };
const coding = (codingIssue: CodingIssue): CodeRule => ({ rootCause: 'coding', codingIssue });
const BUNDLE = coding('bundling');
const MODIFIER = coding('modifier');
const DIAGNOSIS = coding('diagnosis');
const PROCEDURE = coding('procedure_code');
const NECESSITY = coding('medical_necessity');

/** CARC → root cause. */
export const CARC_RULES: Readonly<Record<string, CodeRule>> = {
  // cost sharing and accepted reductions: not denials
  '1': PATIENT, '2': PATIENT, '3': PATIENT, '66': PATIENT, '122': PATIENT,
  '23': CONTRACT, '24': CONTRACT, '42': CONTRACT, '44': CONTRACT, '45': CONTRACT, '59': CONTRACT, '94': CONTRACT,
  '104': CONTRACT, '131': CONTRACT, '137': CONTRACT, '144': CONTRACT, '172': CONTRACT, '223': CONTRACT, '237': CONTRACT, '253': CONTRACT,
  // coding
  '4': MODIFIER, '54': MODIFIER, '182': MODIFIER, '203': MODIFIER,
  '5': PROCEDURE, '6': PROCEDURE, '7': PROCEDURE, '8': PROCEDURE, '58': PROCEDURE, '181': PROCEDURE, '189': PROCEDURE,
  '199': PROCEDURE, '246': PROCEDURE, 'B16': PROCEDURE,
  '9': DIAGNOSIS, '10': DIAGNOSIS, '11': DIAGNOSIS, '12': DIAGNOSIS, '49': DIAGNOSIS, '146': DIAGNOSIS, '167': DIAGNOSIS, 'B22': DIAGNOSIS,
  '97': BUNDLE, '60': BUNDLE, '107': BUNDLE, '231': BUNDLE, '234': BUNDLE, '236': BUNDLE, 'B15': BUNDLE,
  '40': NECESSITY, '50': NECESSITY, '55': NECESSITY, '56': NECESSITY, '114': NECESSITY, '117': NECESSITY, '150': NECESSITY,
  '151': NECESSITY, '152': NECESSITY, '186': NECESSITY, '272': NECESSITY, '273': NECESSITY, 'B5': NECESSITY,
  // eligibility, coordination of benefits, registration and provider enrollment
  '13': E, '14': E, '19': E, '20': E, '21': E, '22': E, '26': E, '27': E, '31': E, '32': E, '33': E, '34': E, '35': E,
  '53': E, '109': E, '111': E, '119': E, '128': E, '129': E, '136': E, '140': E, '149': E, '160': E, '166': E, '170': E,
  '171': E, '177': E, '183': E, '184': E, '185': E, '200': E, '201': E, '204': E, '206': E, '207': E, '208': E, '239': E,
  '256': E, '270': E, '276': E, 'B1': E, 'B7': E, 'B9': E, 'B11': E, 'B23': E,
  // authorization and referral
  '15': AUTH, '39': AUTH, '62': AUTH, '165': AUTH, '197': AUTH, '198': AUTH, '210': AUTH, '222': AUTH, '242': AUTH, '243': AUTH, '288': AUTH,
  // timely filing
  '29': { rootCause: 'timely_filing' },
  // duplicates
  '18': DUP, 'B13': DUP, 'B20': DUP,
  // documentation and requested information
  '17': DOC, '112': DOC, '116': DOC, '163': DOC, '164': DOC, '173': DOC, '174': DOC, '226': DOC, '227': DOC, '228': DOC,
  '251': DOC, '252': DOC, 'B12': DOC,
  // generic: the remark codes tell
  '16': OTHER, '95': OTHER, '96': OTHER, '100': OTHER, '110': OTHER, '115': OTHER, '125': OTHER, '133': OTHER, '169': OTHER,
  '193': OTHER, '213': OTHER, 'A1': OTHER,
};

/** RARC → root cause, used when the CARC is generic (maps to other) or to sharpen a coding cause. */
export const RARC_RULES: Readonly<Record<string, CodeRule>> = {
  M51: PROCEDURE, M20: PROCEDURE, N56: PROCEDURE, N657: PROCEDURE, M119: PROCEDURE, N350: PROCEDURE, N203: PROCEDURE, N180: PROCEDURE,
  M76: DIAGNOSIS, M81: DIAGNOSIS, MA63: DIAGNOSIS, M64: DIAGNOSIS,
  N822: MODIFIER, N519: MODIFIER,
  M15: BUNDLE, M80: BUNDLE, N19: BUNDLE, N20: BUNDLE, N70: BUNDLE,
  N115: NECESSITY, N386: NECESSITY, M25: NECESSITY, N362: NECESSITY, N640: NECESSITY,
  N286: E, N290: E, N265: E, N575: E, N382: E, MA27: E, MA61: E, MA04: E, N30: E, N130: E, N95: E, MA120: E, N479: E,
  N54: AUTH, M62: AUTH,
  M127: DOC, N29: DOC, N705: DOC, N706: DOC, N4: DOC,
  M86: DUP,
};
