import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { calendarDate } from '../dates/index';
import { renderCms1500Pdf, renderUb04Pdf } from './index';
import { institutionalOutpatientClaim, medicareProfessionalClaim, secondaryClaim } from './fixtures/claims';

async function pagesOfPdf(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((p) => p.getSize());
}

/** The fonts the PDF embeds: data in Courier, the drawn background's captions in Helvetica. */
async function baseFonts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const names = doc.context.enumerateIndirectObjects()
    .map(([, obj]) => (obj instanceof PDFDict ? obj.get(PDFName.of('BaseFont'))?.toString() : undefined))
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)].sort();
}

function header(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.slice(0, 5));
}

describe('PDF rendering', () => {
  it('renders the 8-line Medicare claim as two US Letter CMS-1500 pages', async () => {
    const result = await renderCms1500Pdf(medicareProfessionalClaim(), { background: true, signatureDate: calendarDate('2026-11-02') });
    if (!result.ok) throw new Error(result.error.message);
    expect(header(result.pdf)).toBe('%PDF-');
    expect(result.pageCount).toBe(2);
    expect(await pagesOfPdf(result.pdf)).toEqual([{ width: 612, height: 792 }, { width: 612, height: 792 }]);
  });

  it('leaves the background off for pre-printed forms', async () => {
    const claim = secondaryClaim();
    const plain = await renderCms1500Pdf(claim, { background: false });
    const drawn = await renderCms1500Pdf(claim, { background: true });
    if (!plain.ok || !drawn.ok) throw new Error('render failed');
    expect(await pagesOfPdf(plain.pdf)).toHaveLength(1);
    // The drawn background adds hundreds of boxes, rules and captions to the page.
    expect(drawn.pdf.length).toBeGreaterThan(plain.pdf.length * 2);
    expect(await baseFonts(plain.pdf)).toEqual(['/Courier']);
    expect(await baseFonts(drawn.pdf)).toEqual(['/Courier', '/Helvetica', '/Helvetica-Bold']);
  });

  it('renders the same claim to the same bytes', async () => {
    const a = await renderUb04Pdf(institutionalOutpatientClaim(), { background: true });
    const b = await renderUb04Pdf(institutionalOutpatientClaim(), { background: true });
    if (!a.ok || !b.ok) throw new Error('render failed');
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
  });

  it('renders the UB-04 on one US Letter page and passes the layout warnings on', async () => {
    const result = await renderUb04Pdf(institutionalOutpatientClaim(), { background: true, creationDate: calendarDate('2026-11-02') });
    if (!result.ok) throw new Error(result.error.message);
    expect(header(result.pdf)).toBe('%PDF-');
    expect(await pagesOfPdf(result.pdf)).toEqual([{ width: 612, height: 792 }]);
    expect(result.warnings.map((w) => w.item)).toEqual(['FL1', 'FL2']);
  });

  it('refuses the wrong form for the claim kind instead of printing it', async () => {
    const onUb = await renderUb04Pdf(medicareProfessionalClaim());
    const on1500 = await renderCms1500Pdf(institutionalOutpatientClaim());
    expect(!onUb.ok && onUb.error.code).toBe('WRONG_CLAIM_KIND');
    expect(!on1500.ok && on1500.error.code).toBe('WRONG_CLAIM_KIND');
  });
});
