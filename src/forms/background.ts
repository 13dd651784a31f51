// Draws a form background (boxes, captions, check boxes) so a printout is readable on plain paper.
// It approximates the printed OCR red forms, which OpenRCM cannot ship; data text never depends on it.
import { degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { FormBackground, FormBox } from './boxes';
import { LINE_HEIGHT, PITCH, baselineY, columnLeft, lineTopY } from './grid';

const INK = rgb(0.82, 0.12, 0.16);
const SHADE = rgb(1, 0.9, 0.9);
const CAPTION_SIZE = 5;

export interface BackgroundFonts {
  regular: PDFFont;
  bold: PDFFont;
}

export function drawBackground(page: PDFPage, bg: FormBackground, fonts: BackgroundFonts): void {
  const g = bg.grid;
  // One font resource for the captions: text drawn without a font option reuses the page's current font,
  // where passing a font adds a resource entry per call.
  page.setFont(fonts.regular);
  const rect = (col: number, cols: number, line: number, lines: number) => ({
    x: columnLeft(g, col), y: lineTopY(line + lines), width: cols * PITCH, height: lines * LINE_HEIGHT,
  });
  for (const band of bg.shadedBands.filter((b) => !b.over)) page.drawRectangle({ ...rect(band.col, band.cols, band.line, 1), color: SHADE });
  for (const b of bg.boxes) {
    page.drawRectangle({ ...rect(b.col, b.cols, b.line, b.lines), borderColor: INK, borderWidth: 0.6, ...(b.shaded ? { color: SHADE } : {}) });
  }
  for (const r of bg.hRules) {
    const y = lineTopY(r.line);
    page.drawLine({ start: { x: columnLeft(g, r.col), y }, end: { x: columnLeft(g, r.col + r.cols), y }, thickness: 0.6, color: INK });
  }
  for (const r of bg.vRules) {
    const x = columnLeft(g, r.col);
    page.drawLine({
      start: { x, y: lineTopY(r.line) }, end: { x, y: lineTopY(r.line + r.lines) }, thickness: 0.5, color: INK,
      ...(r.dashed ? { dashArray: [1.2, 1.2] } : {}),
    });
  }
  for (const band of bg.shadedBands.filter((b) => b.over)) {
    const r = rect(band.col, band.cols, band.line, 1);
    page.drawRectangle({ x: r.x + 0.4, y: r.y + 0.3, width: r.width - 0.6, height: r.height - 0.6, color: SHADE });
  }
  for (const b of bg.boxes) drawCaption(page, g.left, b, fonts.regular);
  for (const l of bg.labels) {
    const size = l.size ?? CAPTION_SIZE + 0.5;
    page.drawText(l.text, { x: columnLeft(g, l.col) + 0.6, y: baselineY(l.line), size, color: INK, ...(l.bold ? { font: fonts.bold } : {}) });
  }
  for (const c of bg.checkboxes) {
    const x = columnLeft(g, c.col) + 0.2;
    const y = baselineY(c.line) - 1.6;
    page.drawRectangle({ x, y, width: 6.8, height: 8.2, borderColor: INK, borderWidth: 0.6 });
    if (!c.label) continue;
    const width = fonts.regular.widthOfTextAtSize(c.label, CAPTION_SIZE + 0.5);
    page.drawText(c.label, { x: c.labelLeft ? x - width - 1.5 : x + 8.6, y: y + 1.5, size: CAPTION_SIZE + 0.5, color: INK });
  }
  for (const s of bg.sideLabels) {
    const width = fonts.bold.widthOfTextAtSize(s.text, 6);
    const mid = (lineTopY(s.fromLine) + lineTopY(s.toLine + 1)) / 2;
    page.drawText(s.text, { x: columnLeft(g, g.columns + 1) + 7, y: mid - width / 2, size: 6, font: fonts.bold, color: INK, rotate: degrees(90) });
  }
}

/** Captions sit in the top of the box's first line, wrapped to the box width when they are long. */
function drawCaption(page: PDFPage, left: number, b: FormBox, font: PDFFont): void {
  // Inline captions share their line with data: a smaller size keeps them to two rows in the cell.
  const size = b.captionCols ? 4 : CAPTION_SIZE;
  const maxWidth = (b.captionCols ?? b.cols) * PITCH - 1.5;
  const rows = wrap(b.caption, font, size, maxWidth);
  const x = left + (b.col - 1) * PITCH + 1;
  rows.forEach((row, i) => {
    page.drawText(row, { x, y: lineTopY(b.line) - size + 0.2 - i * (size + 0.6), size, color: INK });
  });
}

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const rows: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && font.widthOfTextAtSize(next, size) > maxWidth) {
      rows.push(current);
      current = word;
    } else current = next;
  }
  if (current !== '') rows.push(current);
  return rows;
}
