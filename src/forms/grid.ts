// Both forms are designed for a 10-pitch printer: 10 characters per inch across, 6 lines per inch down,
// 66 lines on an 11 inch page. Every field is a run of grid cells, so positions are given as column and line.
import type { FormWarning, PlacedField } from './types';

export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;
/** One 10-pitch column: 1/10 inch. */
export const PITCH = 7.2;
/** One line at 6 lines per inch. */
export const LINE_HEIGHT = 12;
/** Text sits this far above the bottom of its line cell, clear of the box rule below it. */
const BASELINE_RISE = 3;
/** A 10 pt Courier glyph is 6 pt wide: centring it in the 7.2 pt cell leaves 0.6 pt each side. */
export const GLYPH_INSET = 0.6;

export interface FormGrid {
  /** Left edge of column 1, in points from the left of the page. */
  left: number;
  columns: number;
  lines: number;
}

export function columnLeft(grid: FormGrid, col: number): number {
  return grid.left + (col - 1) * PITCH;
}

/** Top of a line cell in PDF space (origin bottom-left). */
export function lineTopY(line: number): number {
  return PAGE_HEIGHT - (line - 1) * LINE_HEIGHT;
}

export function baselineY(line: number): number {
  return PAGE_HEIGHT - line * LINE_HEIGHT + BASELINE_RISE;
}

/** Inverse of the placement: the grid column a placed field starts in. */
export function columnOf(grid: FormGrid, x: number): number {
  return Math.round((x - GLYPH_INSET - grid.left) / PITCH) + 1;
}

export function lineOf(y: number): number {
  return Math.round((PAGE_HEIGHT + BASELINE_RISE - y) / LINE_HEIGHT);
}

export interface FieldSpec {
  item: string;
  col: number;
  line: number;
  /** Box width in characters. */
  width: number;
  /** Right-justify within the width (amounts, units). */
  align?: 'left' | 'right';
  /** 'truncate' only where the form manual allows shortening (names, addresses, free text). */
  overflow?: 'truncate' | 'report';
  row?: number;
  claimLine?: number;
}

/** Collects the fields of one form page, upper-casing, cleaning and fitting each text to its box. */
export class PageWriter {
  readonly fields: PlacedField[] = [];

  constructor(
    private readonly grid: FormGrid,
    private readonly pageNumber: number,
    private readonly warnings: FormWarning[],
  ) {}

  put(spec: FieldSpec, raw: string | undefined): void {
    if (raw === undefined) return;
    let text = this.clean(spec, raw.toUpperCase().trim());
    if (text === '') return;
    if (text.length > spec.width) text = this.fit(spec, text);
    const cols = Math.min(text.length, spec.width);
    const startCol = spec.align === 'right' ? spec.col + spec.width - cols : spec.col;
    const field: PlacedField = {
      item: spec.item,
      text,
      x: round(columnLeft(this.grid, startCol) + GLYPH_INSET),
      y: baselineY(spec.line),
      maxWidth: round(spec.width * PITCH),
    };
    if (spec.row !== undefined) field.line = spec.row;
    if (spec.claimLine !== undefined) field.claimLine = spec.claimLine;
    this.fields.push(field);
  }

  /**
   * A line whose head may be shortened but whose tail must print whole (city, then state and ZIP): when it
   * does not fit, the head is cut and the cut reported.
   */
  putShrinking(spec: FieldSpec, parts: { head: string; tail: string }): void {
    const whole = `${parts.head} ${parts.tail}`;
    if (whole.length <= spec.width) return this.put(spec, whole);
    const room = Math.max(0, spec.width - parts.tail.length - 1);
    const head = parts.head.slice(0, room).trimEnd();
    this.warn({
      code: 'FIELD_TRUNCATED', severity: 'info', item: spec.item, ...rowOf(spec),
      message: `Item ${spec.item}: "${whole.toUpperCase()}" is ${whole.length} characters; the box holds ${spec.width}, the city is shortened to "${head.toUpperCase()}".`,
    });
    this.put({ ...spec, overflow: 'report' }, `${head} ${parts.tail}`);
  }

  /** An X in a check box. */
  check(item: string, col: number, line: number, on: boolean): void {
    if (on) this.put({ item, col, line, width: 1 }, 'X');
  }

  warn(warning: Omit<FormWarning, 'page'>): void {
    this.warnings.push({ ...warning, page: this.pageNumber });
  }

  private clean(spec: FieldSpec, text: string): string {
    // Diacritics fold to their base letter; anything else outside printable ASCII cannot be printed in OCR type.
    const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const printable = folded.replace(/[^\x20-\x7E]/g, '?');
    if (printable !== folded) {
      this.warn({
        code: 'CHARACTER_REPLACED', severity: 'error', item: spec.item, ...rowOf(spec),
        message: `Item ${spec.item}: characters outside the printable set were replaced by "?" in "${printable}".`,
      });
    }
    return printable;
  }

  private fit(spec: FieldSpec, text: string): string {
    if (spec.overflow === 'truncate') {
      const cut = text.slice(0, spec.width).trimEnd();
      this.warn({
        code: 'FIELD_TRUNCATED', severity: 'info', item: spec.item, ...rowOf(spec),
        message: `Item ${spec.item}: "${text}" is ${text.length} characters; the box holds ${spec.width}, printed as "${cut}".`,
      });
      return cut;
    }
    this.warn({
      code: 'FIELD_TOO_LONG', severity: 'error', item: spec.item, ...rowOf(spec),
      message: `Item ${spec.item}: "${text}" is ${text.length} characters but the box holds ${spec.width}; it is printed whole and runs past the box. Shorten it or send the claim electronically.`,
    });
    return text;
  }
}

function rowOf(spec: FieldSpec): { line?: number } {
  return spec.row === undefined ? {} : { line: spec.row };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
