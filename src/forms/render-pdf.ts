// Prints laid-out claim forms to PDF with pdf-lib: Courier on the 10-pitch grid, with or without a drawn background.
import { PDFDocument, StandardFonts, rgb, setCharacterSpacing } from 'pdf-lib';
import type { Claim } from '../claims/index';
import type { FormBackground } from './boxes';
import { drawBackground } from './background';
import { PAGE_HEIGHT, PAGE_WIDTH, PITCH } from './grid';
import { CMS1500_BACKGROUND } from './cms1500-boxes';
import { layoutCms1500, type Cms1500Options } from './cms1500-layout';
import { UB04_BACKGROUND } from './ub04-boxes';
import { layoutUb04, type Ub04Options } from './ub04-layout';
import type { FormPage, LayoutResult, PdfResult } from './types';

export interface RenderOptions {
  /** Draw the form's boxes and captions, for plain paper. Leave off to print onto pre-printed red forms. */
  background?: boolean;
  /**
   * Courier size in points. 10 pt is the usual face; whatever the size, characters are spaced at 10 per
   * inch so each lands in its cell of the forms' 10-pitch grid.
   */
  fontSize?: number;
  /**
   * Points to shift the data (not the background) right and up: printers feed pre-printed forms a little
   * off, and billers line them up with a test print.
   */
  offset?: { x: number; y: number };
}

export async function renderCms1500Pdf(claim: Claim, options: RenderOptions & Cms1500Options = {}): Promise<PdfResult> {
  return render(layoutCms1500(claim, options), CMS1500_BACKGROUND, options, `CMS-1500 claim ${claim.patientControlNumber}`);
}

export async function renderUb04Pdf(claim: Claim, options: RenderOptions & Ub04Options = {}): Promise<PdfResult> {
  return render(layoutUb04(claim, options), UB04_BACKGROUND, options, `UB-04 claim ${claim.patientControlNumber}`);
}

async function render(layout: LayoutResult, bg: FormBackground, options: RenderOptions, title: string): Promise<PdfResult> {
  if (!layout.ok) return layout;
  const pdf = await renderPages(layout.pages, options.background ? bg : undefined, title, options);
  return { ok: true, pdf, pageCount: layout.pages.length, warnings: layout.warnings };
}

/** Renders already laid-out pages; exported for callers that adjust the fields (e.g. a printer offset). */
export async function renderPages(
  pages: FormPage[], bg: FormBackground | undefined, title: string, options: Pick<RenderOptions, 'fontSize' | 'offset'> = {},
): Promise<Uint8Array> {
  const fontSize = options.fontSize ?? 10;
  const offset = options.offset ?? { x: 0, y: 0 };
  // No automatic metadata: the same claim renders to the same bytes, whatever the clock says.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setProducer('OpenRCM');
  const courier = await doc.embedFont(StandardFonts.Courier);
  const fonts = bg ? { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) } : undefined;
  // Courier advances 0.6 em; the extra spacing brings every glyph to the 7.2 pt (1/10 inch) pitch.
  const spacing = PITCH - 0.6 * fontSize;
  for (const formPage of pages) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    if (bg && fonts) drawBackground(page, bg, fonts);
    page.setFont(courier);
    page.pushOperators(setCharacterSpacing(spacing));
    for (const f of formPage.fields) {
      page.drawText(f.text, { x: f.x + offset.x, y: f.y + offset.y, size: fontSize, color: rgb(0, 0, 0) });
    }
    page.pushOperators(setCharacterSpacing(0));
  }
  return doc.save();
}
