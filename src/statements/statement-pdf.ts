// A patient statement on US Letter: the practice at the top, the patient's address where a #10 window
// envelope shows it, what is due and by when, each claim's services with what insurance paid and adjusted
// and what the patient owes, the aging, a message for the notice level, and a stub to send back with the
// payment. Helvetica, amounts right-aligned; more claims than fit go on to further pages.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatUsd, type Cents } from '../money/index';
import { AGING_BUCKETS } from '../reports/index';
import type { NoticeKind, PatientStatement } from './statement';

export interface StatementPractice {
  name: string;
  address: string[];
  phone?: string;
}

const WIDTH = 612;
const HEIGHT = 792;
const MARGIN = 54;
const BODY = 9;
const ROW = 12;
/** Where the table's rows must stop on a page that also carries the totals and the stub. */
const LAST_PAGE_FLOOR = 330;
const PAGE_FLOOR = 80;

export const NOTICE_MESSAGES: Record<NoticeKind, string> = {
  statement: 'Your insurance has processed these visits. The amount below is your share. Please pay by the due date.',
  past_due: 'PAST DUE: we have not received your payment. Please pay the amount due now, or call us to set up a payment plan.',
  final_notice: 'FINAL NOTICE: your account is seriously past due. Please pay in full or call us within 10 days to arrange payment.',
};

/** Columns of the service table: heading, x (left edge, or right edge for amounts), right-aligned. */
const COLUMNS = [
  { heading: 'Date', x: MARGIN, right: false },
  { heading: 'Claim', x: MARGIN + 58, right: false },
  { heading: 'Service', x: MARGIN + 150, right: false },
  { heading: 'Charges', x: MARGIN + 275, right: true },
  { heading: 'Ins. paid', x: MARGIN + 330, right: true },
  { heading: 'Adjusted', x: MARGIN + 385, right: true },
  { heading: 'You paid', x: MARGIN + 440, right: true },
  { heading: 'You owe', x: WIDTH - MARGIN, right: true },
] as const;

type Row = readonly [string, string, string, string, string, string, string, string];

export async function statementPdf(statement: PatientStatement, practice: StatementPractice): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Statement ${statement.accountNumber} ${statement.statementDate}`);
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const rows = tableRows(statement);
  let page = doc.addPage([WIDTH, HEIGHT]);
  let y = header(page, fonts, statement, practice);
  // The rows that are left go on this page with the totals and the stub when they fit above them; else the
  // page fills to its foot, and the rows (or, when none is left, the totals and the stub) go on the next.
  const draw = (from: number, to: number) => {
    for (const row of rows.slice(from, to)) {
      COLUMNS.forEach((c, k) => text(page, fonts.regular, row[k]!, c.x, y, BODY, c.right));
      y -= ROW;
    }
  };
  for (let i = 0; ; ) {
    if (rows.length - i <= Math.floor((y - LAST_PAGE_FLOOR) / ROW) + 1) {
      draw(i, rows.length);
      break;
    }
    const n = Math.min(rows.length - i, Math.floor((y - PAGE_FLOOR) / ROW) + 1);
    draw(i, i + n);
    i += n;
    page = doc.addPage([WIDTH, HEIGHT]);
    text(page, fonts.regular, `${practice.name}, account ${statement.accountNumber}, continued`, MARGIN, HEIGHT - MARGIN, BODY);
    if (i === rows.length) break;
    y = tableHeading(page, fonts.bold, HEIGHT - MARGIN - 24);
  }
  footer(page, fonts, statement, practice);
  return doc.save();
}

/** One row per service line; the claim's money goes on its last line. */
function tableRows(s: PatientStatement): Row[] {
  const rows: Row[] = [];
  for (const c of s.claims) {
    c.lines.forEach((l, i) => {
      const last = i === c.lines.length - 1;
      const service = [l.procedureCode, ...l.modifiers].join('-');
      rows.push([l.serviceDate, i === 0 ? c.patientControlNumber : '', service, formatUsd(l.charge), last ? formatUsd(c.insurancePaid) : '', last ? formatUsd(c.adjustments) : '', last ? formatUsd(c.patientPaid) : '', last ? formatUsd(c.due) : '']);
    });
    if (c.lines.length === 0) rows.push([c.serviceDate, c.patientControlNumber, '', formatUsd(c.charges), formatUsd(c.insurancePaid), formatUsd(c.adjustments), formatUsd(c.patientPaid), formatUsd(c.due)]);
  }
  return rows;
}

function header(page: PDFPage, f: Fonts, s: PatientStatement, practice: StatementPractice): number {
  let y = HEIGHT - MARGIN;
  text(page, f.bold, practice.name, MARGIN, y, 13);
  for (const line of [...practice.address, practice.phone ? `Billing questions: ${practice.phone}` : '']) {
    if (!line) continue;
    y -= 12;
    text(page, f.regular, line, MARGIN, y, BODY);
  }
  const title = s.noticeKind === 'statement' ? 'STATEMENT' : s.noticeKind === 'past_due' ? 'PAST DUE NOTICE' : 'FINAL NOTICE';
  text(page, f.bold, title, WIDTH - MARGIN, HEIGHT - MARGIN, 14, true);
  const facts: [string, string][] = [['Account', s.accountNumber], ['Statement date', s.statementDate], ['Due date', s.dueDate], ['Amount due', formatUsd(s.amountDue)]];
  facts.forEach(([k, v], i) => {
    const at = HEIGHT - MARGIN - 20 - i * 13;
    text(page, f.regular, k, WIDTH - MARGIN - 120, at, BODY, true);
    text(page, i === 3 ? f.bold : f.regular, v, WIDTH - MARGIN, at, i === 3 ? 11 : BODY, true);
  });
  // The address block sits where a #10 double-window envelope shows it.
  let a = HEIGHT - 162;
  for (const line of addressLines(s)) {
    text(page, f.regular, line, MARGIN + 18, a, 10);
    a -= 12;
  }
  return tableHeading(page, f.bold, HEIGHT - 250);
}

function tableHeading(page: PDFPage, bold: PDFFont, y: number): number {
  for (const c of COLUMNS) text(page, bold, c.heading, c.x, y, BODY, c.right);
  page.drawLine({ start: { x: MARGIN, y: y - 4 }, end: { x: WIDTH - MARGIN, y: y - 4 }, thickness: 0.5 });
  return y - 16;
}

function footer(page: PDFPage, f: Fonts, s: PatientStatement, practice: StatementPractice): void {
  let y = LAST_PAGE_FLOOR - 10;
  const totals: [string, Cents][] = [];
  if (s.credit !== 0) totals.push(['Credit on your account', s.credit]);
  if (s.plan) totals.push(['Balance', s.balance], ['Left on your payment plan', s.plan.remaining]);
  totals.push([s.plan ? 'Due this month' : 'Amount due', s.amountDue]);
  for (const [label, amount] of totals) {
    text(page, f.bold, label, WIDTH - MARGIN - 90, y, BODY, true);
    text(page, f.bold, formatUsd(amount), WIDTH - MARGIN, y, BODY, true);
    y -= 13;
  }
  if (s.pendingInsurance > 0) {
    y = paragraph(page, f.regular, `Not yet due: ${formatUsd(s.pendingInsurance)} on visits your insurance is still processing; we will bill you once it has paid.`, y);
  }
  y -= 4;
  AGING_BUCKETS.forEach((b, i) => {
    const x = MARGIN + i * 90;
    text(page, f.regular, b === '0-30' ? 'Current' : `${b} days`, x, y, 8);
    text(page, f.regular, formatUsd(s.aging[b]), x, y - 11, BODY);
  });
  y -= 30;
  paragraph(page, f.bold, s.plan ? planMessage(s.plan) : NOTICE_MESSAGES[s.noticeKind], y);
  // The stub: cut off and mailed back with the payment.
  const stub = 150;
  page.drawLine({ start: { x: MARGIN, y: stub }, end: { x: WIDTH - MARGIN, y: stub }, thickness: 0.5, dashArray: [4, 3], color: rgb(0.4, 0.4, 0.4) });
  text(page, f.regular, 'Please detach and return this part with your payment. Make checks payable to:', MARGIN, stub - 14, 8);
  [practice.name, ...practice.address].forEach((line, i) => text(page, f.regular, line, MARGIN, stub - 30 - i * 11, BODY));
  const stubFacts: [string, string][] = [['Account', s.accountNumber], ['Patient', s.name], ['Due date', s.dueDate], ['Amount due', formatUsd(s.amountDue)], ['Amount enclosed', '$ ______________']];
  stubFacts.forEach(([k, v], i) => {
    const at = stub - 30 - i * 13;
    text(page, f.regular, k, WIDTH - MARGIN - 130, at, BODY, true);
    text(page, i === 3 ? f.bold : f.regular, v, WIDTH - MARGIN, at, BODY, true);
  });
}

function planMessage(plan: NonNullable<PatientStatement['plan']>): string {
  const terms = `You are on a payment plan of ${formatUsd(plan.installment)} a month.`;
  return plan.state === 'past_due'
    ? `${terms} PAST DUE: ${formatUsd(plan.pastDue)} of your installments is unpaid. Please pay the amount due now to keep your plan.`
    : `${terms} Please pay this month's installment by the due date.`;
}

type Fonts = { regular: PDFFont; bold: PDFFont };

function addressLines(s: PatientStatement): string[] {
  const a = s.address;
  return [s.name, a.line1, ...(a.line2 ? [a.line2] : []), `${a.city}, ${a.state} ${a.postalCode}`];
}

/** Text wrapped between the margins from y; returns the y below it. */
function paragraph(page: PDFPage, font: PDFFont, value: string, y: number): number {
  let line = '';
  for (const word of value.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, BODY) > WIDTH - 2 * MARGIN) {
      text(page, font, line, MARGIN, y, BODY);
      y -= ROW;
      line = word;
    } else line = next;
  }
  text(page, font, line, MARGIN, y, BODY);
  return y - ROW - 1;
}

/** Draws text at x (its right edge when `right`), dropping what the standard fonts cannot encode. */
function text(page: PDFPage, font: PDFFont, value: string, x: number, y: number, size: number, right = false): void {
  const printable = value.replace(/[^\x20-\x7e]/g, '?');
  page.drawText(printable, { x: right ? x - font.widthOfTextAtSize(printable, size) : x, y, size, font });
}
