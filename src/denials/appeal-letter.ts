// An appeal letter from the claim, the denial and a template. Pure: text in, text (and PDF bytes) out.
// The template is ours, plain and editable; {{placeholders}} are filled from the letter's fields.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { CalendarDate } from '../dates/index';
import { formatUsd, type Cents } from '../money/index';

export interface AppealLetterInput {
  today: CalendarDate;
  practice: { name: string; address: string; npi?: string };
  payer: { name: string; address?: string };
  patient: { name: string; birthDate: CalendarDate; memberId: string };
  claim: { patientControlNumber: string; payerClaimControlNumber?: string; serviceDate: CalendarDate; totalCharge: Cents };
  denial: { lines: { procedureCode?: string; carc: string; rarcs: string[]; amount: Cents }[]; rootCause: string; explanation: string };
  appealBy?: CalendarDate;
}

export const DEFAULT_APPEAL_TEMPLATE = `{{practiceName}}
{{practiceAddress}}

{{today}}

{{payerName}}
Attn: Appeals / Provider Disputes
{{payerAddress}}

Re: Request for reconsideration
Patient: {{patientName}} (DOB {{patientBirthDate}}), member ID {{memberId}}
Claim: {{patientControlNumber}}, payer claim number {{payerClaimNumber}}, date of service {{serviceDate}}
Billed: {{totalCharge}}; amount in dispute: {{disputed}}

We ask you to reconsider the adjudication of this claim. The remittance advice reported:
{{denialLines}}

{{explanation}}

The services were medically necessary, rendered as documented, and billed with the codes that describe
them. The supporting documentation is enclosed. Please reprocess the claim and pay the disputed amount.
{{deadline}}
Sincerely,

Billing Office, {{practiceName}}{{npi}}
`;

export function appealLetterText(input: AppealLetterInput, template = DEFAULT_APPEAL_TEMPLATE): string {
  const disputed = input.denial.lines.reduce((a, l) => a + l.amount, 0) as Cents;
  const fields: Record<string, string> = {
    practiceName: input.practice.name, practiceAddress: input.practice.address, today: input.today, payerName: input.payer.name,
    payerAddress: input.payer.address ?? '', patientName: input.patient.name, patientBirthDate: input.patient.birthDate, memberId: input.patient.memberId,
    patientControlNumber: input.claim.patientControlNumber, payerClaimNumber: input.claim.payerClaimControlNumber ?? 'not assigned',
    serviceDate: input.claim.serviceDate, totalCharge: formatUsd(input.claim.totalCharge), disputed: formatUsd(disputed),
    denialLines: input.denial.lines.map((l) => `  - ${l.procedureCode ?? 'claim'}: CARC ${l.carc}${l.rarcs.length ? `, RARC ${l.rarcs.join(', ')}` : ''}, ${formatUsd(l.amount)}`).join('\n'),
    explanation: input.denial.explanation, deadline: input.appealBy ? `This appeal is filed within your appeal limit (by ${input.appealBy}).\n` : '',
    npi: input.practice.npi ? `, NPI ${input.practice.npi}` : '',
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => fields[k] ?? '');
}

/** The letter on US Letter pages in Helvetica 11pt, wrapped at the margins. */
export async function appealLetterPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = 11;
  const lineHeight = 15;
  const width = 612 - 72 * 2;
  const lines = text.split('\n').flatMap((l) => wrap(l, (s) => font.widthOfTextAtSize(s, size), width));
  let page = doc.addPage([612, 792]);
  let y = 792 - 72;
  for (const line of lines) {
    if (y < 72) {
      page = doc.addPage([612, 792]);
      y = 792 - 72;
    }
    page.drawText(line, { x: 72, y, size, font });
    y -= lineHeight;
  }
  return doc.save();
}

function wrap(line: string, measure: (s: string) => number, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const word of line.split(' ')) {
    const next = cur ? `${cur} ${word}` : word;
    if (measure(next) > width && cur) {
      out.push(cur);
      cur = word;
    } else cur = next;
  }
  out.push(cur);
  return out;
}
