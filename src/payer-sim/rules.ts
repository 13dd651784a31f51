// The simulated payer's adjudication rules: a JSON file validated here, with a default set that
// behaves like a commercial PPO. Amounts are cents, rates basis points (2000 = 20%).
import { z } from 'zod';

const cents = z.number().int().nonnegative();
const basisPoints = z.number().int().min(0).max(10_000);

export const planSchema = z.object({
  /** Annual individual deductible. */
  deductible: cents.default(50_000),
  /** Patient's share of the allowed amount after the deductible. */
  coinsuranceBasisPoints: basisPoints.default(2000),
  /** Per-visit copay, taken on the first evaluation and management line of a claim. */
  copay: cents.default(2500),
  /** Annual individual out-of-pocket maximum. */
  outOfPocketMax: cents.default(400_000),
  /** First month of the plan year (1 = calendar year). */
  planYearStartMonth: z.number().int().min(1).max(12).default(1),
});
export type Plan = z.infer<typeof planSchema>;

export const rulesSchema = z.object({
  /** Receiver ids the simulator answers as (ISA06 of its responses) and payer name in its 835. */
  payerName: z.string().default('OPENRCM TEST PAYER'),
  senderId: z.string().max(15).default('PAYERSIM'),
  payerAddress: z.object({ line1: z.string(), city: z.string(), state: z.string().length(2), postalCode: z.string() })
    .default({ line1: '100 CLAIMS WAY', city: 'SALEM', state: 'OR', postalCode: '97301' }),
  /** PFS conversion factor in dollars per RVU (CY2024 from July: 33.2875). */
  conversionFactor: z.number().positive().default(33.2875),
  /** Allowed as a share of charge for codes not on the fee schedule. */
  unlistedAllowedBasisPoints: basisPoints.default(6000),
  /** Allowed reduction when the rendering/billing NPI is not in network. */
  outOfNetworkReductionBasisPoints: basisPoints.default(3000),
  /** Billing NPIs in network; empty means every provider is. */
  inNetworkNpis: z.array(z.string()).default([]),
  timelyFilingDays: z.number().int().positive().default(365),
  defaultPlan: planSchema.default(planSchema.parse({})),
  /** NCCI procedure-to-procedure pairs: column 2 is bundled into column 1 unless a modifier is allowed and present. */
  ncciPairs: z.array(z.object({ column1: z.string(), column2: z.string(), modifierAllowed: z.boolean().default(true) })).default([
    { column1: '99213', column2: '36415', modifierAllowed: false },
    { column1: '99214', column2: '36415', modifierAllowed: false },
    { column1: '20610', column2: '20605', modifierAllowed: true },
    { column1: '93000', column2: '93010', modifierAllowed: false },
  ]),
  /** Diagnosis (ICD-10-CM without dot, prefix match) and procedure pairs the plan does not cover. */
  nonCoveredPairs: z.array(z.object({ diagnosisPrefix: z.string(), procedureCode: z.string() })).default([
    { diagnosisPrefix: 'Z00', procedureCode: '97110' },
    { diagnosisPrefix: 'Z41', procedureCode: '15823' },
  ]),
  /** Procedures that need REF*G1 prior authorization. */
  priorAuthorizationRequired: z.array(z.string()).default(['70551', '72148', '73721', '27447']),
  /** Training: deny this share of otherwise payable claims, by CARC, deterministically from the seed. */
  randomDenial: z.object({
    rate: z.number().min(0).max(1).default(0),
    seed: z.number().int().default(1),
    carcCodes: z.array(z.string()).min(1).default(['16', '11', '96']),
  }).default({ rate: 0, seed: 1, carcCodes: ['16', '11', '96'] }),
  /** How long after the 277CA the 835 becomes available. */
  remitDelayMs: z.number().int().nonnegative().default(0),
});
export type PayerRules = z.infer<typeof rulesSchema>;

export const DEFAULT_RULES: PayerRules = rulesSchema.parse({});

export const memberSchema = z.object({
  payerId: z.string(),
  memberId: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  planName: z.string().default('SIM PPO'),
  groupNumber: z.string().optional(),
  coverageBegin: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  coverageEnd: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  plan: planSchema.partial().optional(),
});
export type Member = z.infer<typeof memberSchema>;
export const rosterSchema = z.object({ members: z.array(memberSchema) });
export type Roster = z.infer<typeof rosterSchema>;

/** Rules from parsed JSON; a named error with every problem when the file does not fit. */
export function parseRules(json: unknown): { ok: true; rules: PayerRules } | { ok: false; problems: string[] } {
  const r = rulesSchema.safeParse(json);
  if (r.success) return { ok: true, rules: r.data };
  return { ok: false, problems: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}

export function parseRoster(json: unknown): { ok: true; roster: Roster } | { ok: false; problems: string[] } {
  const r = rosterSchema.safeParse(json);
  if (r.success) return { ok: true, roster: r.data };
  return { ok: false, problems: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}
