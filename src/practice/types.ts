import type { Cents } from '../money/index';
import type { CalendarDate } from '../dates/index';
import type { ClaimFilingIndicatorCode, PostalAddress } from '../claims/index';

export type TenantKind = 'practice' | 'billing_client';

export interface Tenant {
  id: string;
  name: string;
  kind: TenantKind;
  billingCompany?: string;
}

export const ROLES = ['coder', 'biller', 'coding_auditor', 'billing_manager', 'admin', 'read_only'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  tenantId: string;
  username: string;
  displayName: string;
  roles: Role[];
}

export interface Provider {
  id: string;
  tenantId: string;
  entityType: 'person' | 'organization';
  npi: string;
  lastNameOrOrganization: string;
  firstName?: string;
  middleName?: string;
  credential?: string;
  taxonomyCode?: string;
  taxId?: string;
  taxIdType?: 'EI' | 'SY';
  address?: PostalAddress;
  phone?: string;
}

export interface ServiceFacility {
  id: string;
  tenantId: string;
  name: string;
  npi?: string;
  placeOfService: string;
  address: PostalAddress;
}

export type PayerCategory = 'medicare' | 'medicaid' | 'commercial' | 'self_pay' | 'workers_comp' | 'tricare' | 'other';

export interface Payer {
  id: string;
  tenantId: string;
  name: string;
  category: PayerCategory;
  /** Electronic payer id; none for self-pay. */
  payerId?: string;
  claimFilingIndicator: ClaimFilingIndicatorCode;
  timelyFilingDays: number;
  appealDays: number;
  allowsMultipleEncountersPerClaim: boolean;
  address?: PostalAddress;
}

export interface FeeSchedule {
  id: string;
  tenantId: string;
  name: string;
  /** undefined: the practice's standard charges. */
  payerId?: string;
  effectiveFrom: CalendarDate;
  effectiveTo?: CalendarDate;
  items: FeeScheduleItem[];
}

export interface FeeScheduleItem {
  codeSystem: 'CPT' | 'HCPCS';
  code: string;
  /** '' for the unmodified code. */
  modifier: string;
  amount: Cents;
}
