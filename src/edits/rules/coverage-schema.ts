// Coverage (medical necessity) rules as data, in the style of a Local Coverage Determination: a procedure
// is covered only when the line points to one of the listed diagnoses, and optionally only so often.
import { z } from 'zod';

const code = z.string().regex(/^[0-9A-Z]{5}(-[0-9A-Z]{5})?$/, 'a HCPCS/CPT code such as 82306, or a range 82306-82310');
const diagnosis = z.string().regex(/^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{0,4})?(-[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{0,4})?)?$/, 'an ICD-10-CM code or prefix such as E55 or E55.9, or a range E08-E13');

export const coverageRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case letters, digits, dots and dashes'),
  title: z.string().min(1),
  /** The policy it follows, e.g. 'modelled on an LCD for vitamin D assays'. */
  source: z.string().optional(),
  procedureCodes: z.array(code).min(1),
  /** The line must point to at least one of these (prefixes and ranges allowed). */
  coveredDiagnoses: z.array(diagnosis).min(1).optional(),
  payerCategories: z.array(z.enum(['medicare', 'medicaid', 'commercial', 'other'])).optional(),
  /** At most maxServices of these procedures in any window of perDays days (this claim and earlier ones). */
  frequency: z.strictObject({ maxServices: z.number().int().min(1), perDays: z.number().int().min(1) }).optional(),
  message: z.string().min(1),
  suggestedFix: z.string().min(1),
}).refine((r) => r.coveredDiagnoses !== undefined || r.frequency !== undefined, { error: 'a coverage rule needs coveredDiagnoses or frequency' });

export type CoverageRule = z.infer<typeof coverageRuleSchema>;

export const coverageFileSchema = z.strictObject({
  version: z.literal(1),
  rules: z.array(coverageRuleSchema),
});
