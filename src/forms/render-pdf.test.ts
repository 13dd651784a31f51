import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { calendarDate } from '../dates/index';
import { layoutCms1500, renderCms1500Pdf, renderUb04Pdf } from './index';
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

/** The Courier text shown on page n: each Tm position with the hex string drawn there. */
async function courierTexts(bytes: Uint8Array, n: number): Promise<{ x: number; y: number; text: string }[]> {
  const doc = await PDFDocument.load(bytes);
  const contents = doc.getPages()[n - 1]!.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  const ops = streams
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1'))
    .join('\n');
  // Data text is drawn in 10 pt; the background's captions are smaller.
  const shown = /\/Courier\S* 10 Tf\n[^]*?1 0 0 1 ([\d.-]+) ([\d.-]+) Tm\n<([0-9A-F]*)> Tj/g;
  return [...ops.matchAll(shown)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: Buffer.from(m[3]!, 'hex').toString('latin1') }));
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

  it('draws every laid-out field at its place, shifted by the printer offset', async () => {
    const claim = secondaryClaim();
    const layout = layoutCms1500(claim);
    if (!layout.ok) throw new Error('layout failed');
    const result = await renderCms1500Pdf(claim, { offset: { x: 3, y: -1.5 } });
    if (!result.ok) throw new Error('render failed');
    const drawn = await courierTexts(result.pdf, 1);
    const expected = layout.pages[0]!.fields.map((f) => ({ x: f.x + 3, y: f.y - 1.5, text: f.text }));
    expect(drawn.map((d) => ({ ...d, x: Math.round(d.x * 100) / 100, y: Math.round(d.y * 100) / 100 })))
      .toEqual(expected.map((e) => ({ ...e, x: Math.round(e.x * 100) / 100, y: Math.round(e.y * 100) / 100 })));
    expect(drawn.map((d) => d.text)).toContain('SIGNATURE ON FILE');
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
