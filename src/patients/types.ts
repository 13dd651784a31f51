import type { CalendarDate } from '../dates/index';
import type { AdministrativeSex, IndividualRelationshipCode, PostalAddress } from '../claims/index';
import type { Cents } from '../money/index';

export interface Patient {
  id: string;
  tenantId: string;
  accountNumber: string;
  lastName: string;
  firstName: string;
  middleName?: string;
  birthDate: CalendarDate;
  sex: AdministrativeSex;
  address: PostalAddress;
  phone?: string;
  email?: string;
}

/** 1 primary, 2 secondary, 3 tertiary: the order of benefits. */
export type CoveragePriority = 1 | 2 | 3;

export interface Subscriber {
  lastName: string;
  firstName: string;
  birthDate: CalendarDate;
  sex: AdministrativeSex;
  address: PostalAddress;
}

export interface Coverage {
  id: string;
  tenantId: string;
  patientId: string;
  payerId: string;
  priority: CoveragePriority;
  memberId: string;
  groupNumber?: string;
  planName?: string;
  /** The patient's relationship to the subscriber: 18 self, 01 spouse, 19 child, G8 other. */
  relationship: IndividualRelationshipCode;
  subscriber: Subscriber;
  copay?: Cents;
  effectiveFrom: CalendarDate;
  effectiveTo?: CalendarDate;
}
