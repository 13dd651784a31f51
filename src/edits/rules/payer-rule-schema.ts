// Payer-specific rules as data, so a billing manager can add one without code. A rule fires on a claim
// line when every condition given holds (inside one list, any item matches); it then holds the claim
// (error) or warns.
import { z } from 'zod';

const procedure = z.string().regex(/^[0-9A-Z]{5}(-[0-9A-Z]{5})?$/, 'a HCPCS/CPT code such as 99213, or a range 99202-99215');
const modifier = z.string().regex(/^[0-9A-Z]{2}$/, 'a two-character modifier such as 25 or XS');
const pos = z.string().regex(/^\d{2}$/, 'a two-digit place of service such as 11');
const diagnosis = z.string().regex(/^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{0,4})?(-[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{0,4})?)?$/, 'an ICD-10-CM code or prefix such as E11 or Z00.00');

export const payerRuleConditionSchema = z.strictObject({
  payerIds: z.array(z.string().min(1)).min(1).optional(),
  payerCategories: z.array(z.enum(['medicare', 'medicaid', 'commercial', 'other'])).min(1).optional(),
  procedureCodes: z.array(procedure).min(1).optional(),
  /** The line carries at least one of these modifiers. */
  modifiersPresent: z.array(modifier).min(1).optional(),
  /** The line carries none of these modifiers. */
  modifiersAbsent: z.array(modifier).min(1).optional(),
  placesOfService: z.array(pos).min(1).optional(),
  /** The line points to at least one of these diagnoses (prefixes and ranges allowed). */
  diagnoses: z.array(diagnosis).min(1).optional(),
  unitsAbove: z.number().int().min(0).optional(),
}).refine((w) => Object.keys(w).length > 0, { error: 'a rule needs at least one condition under "when"' });

export const payerRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case letters, digits, dots and dashes'),
  description: z.string().optional(),
  when: payerRuleConditionSchema,
  action: z.enum(['hold', 'warn']),
  message: z.string().min(1),
  suggestedFix: z.string().min(1),
});

export type PayerRule = z.infer<typeof payerRuleSchema>;

export const payerRulesFileSchema = z.strictObject({
  version: z.literal(1),
  rules: z.array(payerRuleSchema),
}).refine((f) => new Set(f.rules.map((r) => r.id)).size === f.rules.length, { error: 'two rules have the same id', path: ['rules'] });
