// The parties of an eligibility or claim status request, as the billing side knows them, with the
// zod schemas that check them at the boundary before a request is built.
import { z } from 'zod';
import { AppError, parseCalendarDate } from '../deps';
import type { CalendarDate } from '../deps';

const text = (max: number) => z.string().trim().min(1).max(max);
const calendarDate = z.string().refine((s) => parseCalendarDate(s) !== undefined, 'a real date as YYYY-MM-DD');

export const providerSchema = z.object({
  /** Organization name, or the last name of an individual provider. */
  name: text(60),
  /** First name when the provider is a person. */
  firstName: text(35).optional(),
  npi: z.string().regex(/^\d{10}$/, 'an NPI is 10 digits'),
  /** Provider taxonomy code, sent as PRV*PE*PXC in the 270. */
  taxonomyCode: z.string().regex(/^[0-9A-Z]{9}X$/, 'a taxonomy code is 10 characters ending in X').optional(),
});

export const payerSchema = z.object({
  name: text(60),
  /** Payer identifier (NM108 PI). */
  payerId: text(80),
});

export const subscriberSchema = z.object({
  memberId: text(80),
  lastName: text(60),
  firstName: text(35).optional(),
  middleName: text(25).optional(),
  suffix: text(10).optional(),
  birthDate: calendarDate.optional(),
  gender: z.enum(['F', 'M', 'U']).optional(),
});

export const patientSchema = z.object({
  lastName: text(60),
  firstName: text(35),
  middleName: text(25).optional(),
  birthDate: calendarDate,
  gender: z.enum(['F', 'M', 'U']).optional(),
  /** INS02 Individual Relationship Code to the subscriber: 01 spouse, 19 child, 34 other adult... */
  relationshipCode: z.string().regex(/^[0-9A-Z]{2}$/).optional(),
});

export type Provider = z.infer<typeof providerSchema>;
export type Payer = z.infer<typeof payerSchema>;
export type Subscriber = Omit<z.infer<typeof subscriberSchema>, 'birthDate'> & { birthDate?: CalendarDate };
export type Patient = Omit<z.infer<typeof patientSchema>, 'birthDate'> & { birthDate: CalendarDate };

/** When the request is built: BHT04/BHT05. Passed in, never read from the clock. */
export interface CreatedAt {
  date: CalendarDate;
  /** HHMM or HHMMSS. */
  time: string;
}

export const createdAtSchema = z.object({ date: calendarDate, time: z.string().regex(/^\d{4}(\d{2})?$/, 'HHMM or HHMMSS') });

/** Checks a request's input against its schema; problems become one named error listing each field. */
export function checkRequest(code: string, what: string, schema: z.ZodType, input: unknown): void {
  const result = schema.safeParse(input);
  if (result.success) return;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`);
  throw new AppError('domain', code, `Cannot build the ${what}: ${issues.join('; ')}.`, { field: result.error.issues[0]?.path.join('.') });
}
