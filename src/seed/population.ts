// Patients with realistic demographics and insurance: Medicare for the over-65s (some with Medicaid or a
// supplement as secondary), employer plans, Medicaid and self-pay below 65, children on a parent's plan.
import type { Faker } from '@faker-js/faker';
import { addDays, calendarDate, type CalendarDate } from '../dates/index';
import { cents } from '../money/index';
import type { Coverage, Patient, Subscriber } from '../patients/index';
import { deterministicUuid } from './ids';
import type { Practice } from './practice';

export interface Person {
  patient: Patient;
  coverages: Coverage[];
  /** New to the practice during the seeded year: the first visit is a new-patient visit. */
  newToPractice: boolean;
}

/** The date ages are counted on when drawing birth dates: the middle of FY2023. */
const REFERENCE_DATE = calendarDate('2023-04-01');
const COVERAGE_START = calendarDate('2019-01-01');

const AGE_BANDS: readonly [min: number, max: number, weight: number][] = [
  [0, 1, 4], [2, 11, 8], [12, 17, 7], [18, 34, 15], [35, 49, 16], [50, 64, 20], [65, 79, 22], [80, 95, 8],
];

function drawAge(f: Faker): number {
  const total = AGE_BANDS.reduce((s, b) => s + b[2], 0);
  let r = f.number.int({ min: 0, max: total - 1 });
  for (const [min, max, w] of AGE_BANDS) {
    if (r < w) return f.number.int({ min, max });
    r -= w;
  }
  return 40;
}

/** Medicare Beneficiary Identifier shape: 11 characters, no S L O I B Z. */
function mbi(f: Faker): string {
  const letters = 'ACDEFGHJKMNPQRTUVWXY';
  const alnum = `0123456789${letters}`;
  const L = () => letters.charAt(f.number.int({ min: 0, max: letters.length - 1 }));
  const A = () => alnum.charAt(f.number.int({ min: 0, max: alnum.length - 1 }));
  const D = () => String(f.number.int({ min: 0, max: 9 }));
  return `${f.number.int({ min: 1, max: 9 })}${L()}${A()}${D()}${L()}${A()}${D()}${L()}${L()}${D()}${D()}`;
}

export function generatePerson(f: Faker, seed: number, index: number, practice: Practice): Person {
  const age = drawAge(f);
  const sex = f.helpers.weightedArrayElement([{ value: 'F' as const, weight: 53 }, { value: 'M' as const, weight: 47 }]);
  const birthDate = addDays(REFERENCE_DATE, -(age * 365 + f.number.int({ min: 0, max: 364 })));
  const lastName = f.person.lastName().toUpperCase();
  const address = {
    line1: f.location.streetAddress().toUpperCase(),
    city: f.location.city().toUpperCase(),
    state: 'IL',
    postalCode: `62${f.string.numeric(3)}${f.string.numeric(4)}`,
  };
  const patient: Patient = {
    id: deterministicUuid(seed, 'patient', index),
    tenantId: practice.tenant.id,
    accountNumber: `A${String(100_000 + index)}`,
    lastName,
    firstName: f.person.firstName(sex === 'F' ? 'female' : 'male').toUpperCase(),
    middleName: f.datatype.boolean(0.3) ? f.string.alpha({ length: 1, casing: 'upper' }) : undefined,
    birthDate,
    sex,
    address,
    phone: `217555${f.string.numeric(4)}`,
    email: f.datatype.boolean(0.6) ? f.internet.email().toLowerCase() : undefined,
  };
  return { patient, coverages: generateCoverages(f, seed, index, patient, age, practice), newToPractice: f.datatype.boolean(0.15) };
}

function generateCoverages(f: Faker, seed: number, index: number, patient: Patient, age: number, practice: Practice): Coverage[] {
  const p = practice.payers;
  const self: Subscriber = { lastName: patient.lastName, firstName: patient.firstName, birthDate: patient.birthDate, sex: patient.sex, address: patient.address };
  const coverage = (n: number, payerKey: keyof Practice['payers'], priority: 1 | 2, extra: Partial<Coverage> = {}): Coverage => ({
    id: deterministicUuid(seed, 'coverage', `${index}.${n}`),
    tenantId: practice.tenant.id,
    patientId: patient.id,
    payerId: p[payerKey].id,
    priority,
    memberId: f.string.alphanumeric({ length: 11, casing: 'upper' }),
    groupNumber: undefined,
    relationship: '18',
    subscriber: self,
    effectiveFrom: COVERAGE_START,
    ...extra,
  });
  const endsMidYear = (): Partial<Coverage> => (f.datatype.boolean(0.03) ? { effectiveTo: calendarDate('2023-03-31') } : {});
  if (age >= 65) {
    const turned65 = addDays(patient.birthDate, 65 * 365 + 17);
    const medicare = coverage(1, 'medicare', 1, { memberId: mbi(f), effectiveFrom: maxDate(COVERAGE_START, turned65) });
    const secondary = f.helpers.weightedArrayElement([
      { value: 'medicaid' as const, weight: 20 }, { value: 'granite' as const, weight: 25 }, { value: null, weight: 55 },
    ]);
    return secondary ? [medicare, coverage(2, secondary, 2, { memberId: f.string.alphanumeric({ length: 9, casing: 'upper' }) })] : [medicare];
  }
  const plan = f.helpers.weightedArrayElement([
    { value: 'bluehorizon' as const, weight: 30 }, { value: 'summit' as const, weight: 18 }, { value: 'granite' as const, weight: 17 },
    { value: 'medicaid' as const, weight: 22 }, { value: null, weight: 13 },
  ]);
  if (!plan) return [];
  const employer = plan !== 'medicaid';
  const group = employer ? { groupNumber: `G${f.string.numeric(6)}`, copay: cents(f.helpers.arrayElement([2000, 2500, 3000, 4000])) } : {};
  const dependent = age < 18 && employer ? parentSubscriber(f, patient) : undefined;
  const primary = coverage(1, plan, 1, { ...group, ...endsMidYear(), ...(dependent ? { relationship: '19', subscriber: dependent } : {}) });
  if (employer && f.datatype.boolean(0.08)) {
    const spousePlan = plan === 'bluehorizon' ? 'granite' : 'bluehorizon';
    const spouse: Subscriber = {
      lastName: patient.lastName, firstName: f.person.firstName().toUpperCase(),
      birthDate: addDays(patient.birthDate, f.number.int({ min: -1500, max: 1500 })), sex: patient.sex === 'F' ? 'M' : 'F', address: patient.address,
    };
    return [primary, coverage(2, spousePlan, 2, { groupNumber: `G${f.string.numeric(6)}`, relationship: dependent ? '19' : '01', subscriber: spouse })];
  }
  return [primary];
}

function parentSubscriber(f: Faker, child: Patient): Subscriber {
  const sex = f.helpers.arrayElement(['F', 'M'] as const);
  return {
    lastName: child.lastName,
    firstName: f.person.firstName(sex === 'F' ? 'female' : 'male').toUpperCase(),
    birthDate: addDays(child.birthDate, -f.number.int({ min: 22 * 365, max: 42 * 365 })),
    sex,
    address: child.address,
  };
}

function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}
