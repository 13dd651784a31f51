// NM1 Individual or Organizational Name, as the typed models hold it. One definition for the 835, the
// inquiry transactions (270/271/276/277) and the 277CA, whose NM1 loops carry the same elements.

/** NM1 Individual or Organizational Name. */
export interface EntityName {
  /**
   * NM101 Entity Identifier Code; each loop's spec lists the codes its guide allows (PR payer, 1P provider,
   * 41 information receiver or submitter, 85 billing provider, IL insured, 03 dependent, QC patient...).
   */
  entityIdentifierCode: string;
  /** NM102 Entity Type Qualifier: 1 person, 2 non-person entity. */
  entityTypeQualifier: string;
  /** NM103 Name Last or Organization Name. */
  lastOrOrganizationName?: string;
  /** NM104 Name First. */
  firstName?: string;
  /** NM105 Name Middle. */
  middleName?: string;
  /** NM107 Name Suffix. */
  suffix?: string;
  /** NM108 Identification Code Qualifier (PI payer id, XX NPI, MI member id, SV service provider number, 46 ETIN...). */
  identificationCodeQualifier?: string;
  /** NM109 Identification Code. */
  identificationCode?: string;
}
