// The synthetic practice: a family-medicine group with its clinicians, office, payers and staff.
// Payer names and ids are invented; NPIs are valid by check digit but not real providers.
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import { completeNpi, type FeeSchedule, type Payer, type Provider, type Role, type ServiceFacility, type Tenant, type User } from '../practice/index';
import { HOUSE_CPT_CODES } from '../codesets/index';
import { deterministicUuid } from './ids';

export interface Practice {
  tenant: Tenant;
  billingProvider: Provider;
  clinicians: Provider[];
  referringProvider: Provider;
  facility: ServiceFacility;
  payers: Record<PayerKey, Payer>;
  users: User[];
  feeSchedule: FeeSchedule;
}

export type PayerKey = 'medicare' | 'medicaid' | 'bluehorizon' | 'summit' | 'granite' | 'selfpay';

const OFFICE = { line1: '1200 RIVERSIDE AVE', line2: 'SUITE 300', city: 'SPRINGFIELD', state: 'IL', postalCode: '627041234' };

export function generatePractice(seed: number): Practice {
  const id = (kind: string, n: number | string = 0) => deterministicUuid(seed, kind, n);
  const tenant: Tenant = { id: id('tenant'), name: 'Riverside Family Medicine', kind: 'practice' };
  const t = tenant.id;
  const npi = (n: number) => completeNpi(`1${String(100_000_00 + ((seed * 7919 + n * 104_729) % 89_999_999)).padStart(8, '0')}`);
  const billingProvider: Provider = {
    id: id('provider', 'group'), tenantId: t, entityType: 'organization', npi: npi(0),
    lastNameOrOrganization: 'RIVERSIDE FAMILY MEDICINE LLC', taxonomyCode: '261QP2300X', taxId: '371234567', taxIdType: 'EI',
    address: OFFICE, phone: '2175550100',
  };
  const people: [string, string, string, string][] = [
    ['NGUYEN', 'LINDA', 'MD', '207Q00000X'],
    ['OKAFOR', 'DANIEL', 'MD', '207R00000X'],
    ['BRENNAN', 'SARAH', 'DO', '207Q00000X'],
    ['PATEL', 'ARJUN', 'MD', '208000000X'],
    ['HOLM', 'ERIKA', 'NP', '363LF0000X'],
  ];
  const clinicians = people.map(([last, first, credential, taxonomy], i): Provider => ({
    id: id('provider', i + 1), tenantId: t, entityType: 'person', npi: npi(i + 1), lastNameOrOrganization: last, firstName: first,
    credential, taxonomyCode: taxonomy, address: OFFICE,
  }));
  const referringProvider: Provider = {
    id: id('provider', 'referring'), tenantId: t, entityType: 'person', npi: npi(99), lastNameOrOrganization: 'FITZGERALD',
    firstName: 'MARK', credential: 'MD', taxonomyCode: '207RC0000X',
  };
  const facility: ServiceFacility = {
    id: id('facility'), tenantId: t, name: 'RIVERSIDE FAMILY MEDICINE', npi: billingProvider.npi, placeOfService: '11', address: OFFICE,
  };
  return {
    tenant, billingProvider, clinicians, referringProvider, facility,
    payers: generatePayers(t, id),
    users: generateUsers(t, id),
    feeSchedule: {
      id: id('fee-schedule'), tenantId: t, name: 'Standard charges 2023', effectiveFrom: calendarDate('2022-10-01'),
      items: HOUSE_CPT_CODES.map((c) => ({
        codeSystem: /^\d{4}[0-9A-Z]$/.test(c.code) ? ('CPT' as const) : ('HCPCS' as const),
        code: c.code, modifier: '', amount: cents(c.feeCents),
      })),
    },
  };
}

function generatePayers(t: string, id: (kind: string, n?: number | string) => string): Record<PayerKey, Payer> {
  const payer = (key: PayerKey, p: Omit<Payer, 'id' | 'tenantId' | 'appealDays' | 'allowsMultipleEncountersPerClaim'> & Partial<Payer>): Payer => ({
    id: id('payer', key), tenantId: t, appealDays: 120, allowsMultipleEncountersPerClaim: false, ...p,
  });
  return {
    medicare: payer('medicare', {
      name: 'Medicare Part B', category: 'medicare', payerId: 'MCRB1', claimFilingIndicator: 'MB', timelyFilingDays: 365,
      address: { line1: 'PO BOX 3000', city: 'MECHANICSBURG', state: 'PA', postalCode: '17055' },
    }),
    medicaid: payer('medicaid', {
      name: 'Illinois Medicaid', category: 'medicaid', payerId: 'ILMCD', claimFilingIndicator: 'MC', timelyFilingDays: 180, appealDays: 60,
      address: { line1: 'PO BOX 19105', city: 'SPRINGFIELD', state: 'IL', postalCode: '62794' },
    }),
    bluehorizon: payer('bluehorizon', {
      name: 'Blue Horizon PPO', category: 'commercial', payerId: 'BHPPO', claimFilingIndicator: 'BL', timelyFilingDays: 180,
      allowsMultipleEncountersPerClaim: true, address: { line1: 'PO BOX 805107', city: 'CHICAGO', state: 'IL', postalCode: '60680' },
    }),
    summit: payer('summit', {
      name: 'Summit Health HMO', category: 'commercial', payerId: 'SMHMO', claimFilingIndicator: 'HM', timelyFilingDays: 90, appealDays: 60,
      address: { line1: 'PO BOX 14079', city: 'LEXINGTON', state: 'KY', postalCode: '40512' },
    }),
    granite: payer('granite', {
      name: 'Granite Mutual Insurance', category: 'commercial', payerId: 'GRNMU', claimFilingIndicator: 'CI', timelyFilingDays: 120,
      address: { line1: 'PO BOX 981106', city: 'EL PASO', state: 'TX', postalCode: '79998' },
    }),
    selfpay: payer('selfpay', { name: 'Self-pay', category: 'self_pay', claimFilingIndicator: '09', timelyFilingDays: 3650 }),
  };
}

function generateUsers(t: string, id: (kind: string, n?: number | string) => string): User[] {
  const staff: [string, string, Role[]][] = [
    ['ccoder', 'Carla Coder', ['coder']],
    ['bbiller', 'Ben Biller', ['biller']],
    ['aauditor', 'Ana Auditor', ['coding_auditor']],
    ['mmanager', 'Mia Manager', ['billing_manager']],
    ['admin', 'Practice Administrator', ['admin']],
    ['viewer', 'Read-only Viewer', ['read_only']],
  ];
  return staff.map(([username, displayName, roles]) => ({ id: id('user', username), tenantId: t, username, displayName, roles }));
}
