import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import { decideStatement, NOTICE_MESSAGES, statementPdf, type PatientStatement, type StatementClaimInput } from './index';

const practice = { name: 'RIVERSIDE FAMILY PRACTICE', address: ['200 MAIN ST', 'HARTFORD, CT 06103'], phone: '860-555-0100' };

function statementOf(claimCount: number, lastStatement?: { statementDate: string; notice: number }): PatientStatement {
  const claims: StatementClaimInput[] = Array.from({ length: claimCount }, (_, i) => ({
    claimId: `c${i}`, patientControlNumber: `A100-${i + 1}`, serviceDate: calendarDate('2023-02-01'),
    lines: [
      { serviceDate: calendarDate('2023-02-01'), procedureCode: '99213', modifiers: ['25'], charge: cents(12_000) },
      { serviceDate: calendarDate('2023-02-01'), procedureCode: '36415', modifiers: [], charge: cents(2_500) },
    ],
    charges: cents(14_500), insurancePaid: cents(8_000), adjustments: cents(3_500), patientPaid: cents(1_000), payerBalance: cents(0), patientBalance: cents(2_000),
  }));
  const r = decideStatement({
    patientId: 'p1', accountNumber: 'A100', name: 'JOSÉ RIVERA', address: { line1: '12 ELM ST', line2: 'APT 3', city: 'HARTFORD', state: 'CT', postalCode: '06101' },
    claims, onAccount: cents(0), ...(lastStatement ? { lastStatement: { statementDate: calendarDate(lastStatement.statementDate), notice: lastStatement.notice } } : {}),
  }, calendarDate('2023-04-01'));
  if (!r.send) throw new Error(`no statement: ${r.reason}`);
  return r.statement;
}

/** Every string drawn on each page, in drawing order. */
async function textsByPage(bytes: Uint8Array): Promise<string[][]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    const ops = streams.filter((s): s is PDFRawStream => s instanceof PDFRawStream).map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1')).join('\n');
    return [...ops.matchAll(/<([0-9A-F]*)> Tj/g)].map((m) => Buffer.from(m[1]!, 'hex').toString('latin1'));
  });
}

describe('statementPdf', () => {
  it('prints the address for the window, each service with what insurance did, the amount due and the stub', async () => {
    const s = statementOf(2);
    const pages = await textsByPage(await statementPdf(s, practice));
    expect(pages).toHaveLength(1);
    const texts = pages[0]!;
    // The name's accented letter is not in the standard font: it prints as '?', not as a crash.
    expect(texts).toEqual(expect.arrayContaining(['RIVERSIDE FAMILY PRACTICE', 'STATEMENT', 'JOS? RIVERA', 'APT 3', 'HARTFORD, CT 06101', 'Billing questions: 860-555-0100']));
    expect(texts).toEqual(expect.arrayContaining(['A100-1', '99213-25', '36415', '$120.00', '$80.00', '$35.00', '$10.00', '$20.00']));
    // The amount due in the header, the totals and the stub, and aged 31-60 days (the visits were 59 days ago).
    expect(texts.filter((t) => t === '$40.00')).toHaveLength(4);
    expect(texts).toEqual(expect.arrayContaining(['2023-04-22', 'Amount enclosed', '$ ______________']));
    expect(texts.join(' ')).toContain(NOTICE_MESSAGES.statement);
  });

  it('continues the services on further pages and keeps the totals and stub on the last', async () => {
    const pages = await textsByPage(await statementPdf(statementOf(40), practice));
    expect(pages.length).toBeGreaterThan(1);
    const services = pages.flat().filter((t) => t === '99213-25');
    expect(services).toHaveLength(40);
    expect(pages.at(-1)).toEqual(expect.arrayContaining(['Amount enclosed', '$800.00']));
    expect(pages[0]).not.toContain('Amount enclosed');
    expect(pages[1]![0]).toBe('RIVERSIDE FAMILY PRACTICE, account A100, continued');
  });

  it('says past due and final notice as the notices rise', async () => {
    const second = (await textsByPage(await statementPdf(statementOf(1, { statementDate: '2023-03-01', notice: 1 }), practice))).flat();
    expect(second).toContain('PAST DUE NOTICE');
    const final = (await textsByPage(await statementPdf(statementOf(1, { statementDate: '2023-03-01', notice: 2 }), practice))).flat();
    expect(final).toContain('FINAL NOTICE');
    expect(final.join(' ')).toContain('call us within 10 days');
  });
});

describe('statementPdf page breaks', () => {
  it('puts the totals and stub alone on a second page when the rows fill the first past them', async () => {
    // 12 claims of 2 lines: 24 rows reach below where the totals start, but fit on the first page.
    const pages = await textsByPage(await statementPdf(statementOf(12), practice));
    expect(pages).toHaveLength(2);
    expect(pages[0]!.filter((t) => t === '99213-25')).toHaveLength(12);
    expect(pages[1]).not.toContain('Charges');
    expect(pages[1]).toEqual(expect.arrayContaining(['RIVERSIDE FAMILY PRACTICE, account A100, continued', 'Amount enclosed']));
  });
});
