// The drawn form background, described on the same 10-pitch grid as the fields: boxes with their captions,
// check boxes and printed labels. The layouts place data inside these boxes; the renderer draws them.
import type { FormGrid } from './grid';

export interface FormBox {
  /** The item the box belongs to ('24D', 'FL42'); several boxes may share one item. */
  item: string;
  caption: string;
  col: number;
  cols: number;
  line: number;
  lines: number;
  /** The shaded (pink) areas of the forms: supplemental lines and non-NPI ids. */
  shaded?: boolean;
  /** Wrap the caption into this many columns at the box's left (single-line boxes whose data shares the line). */
  captionCols?: number;
}

export interface FormLabel {
  text: string;
  col: number;
  line: number;
  /** Points; the default is the caption size. */
  size?: number;
  bold?: boolean;
}

export interface FormCheckbox {
  col: number;
  line: number;
  /** Printed to the right of the box ('Self' and program names sit on their left on the real form). */
  label?: string;
  labelLeft?: boolean;
}

export interface FormBackground {
  name: string;
  grid: FormGrid;
  boxes: FormBox[];
  labels: FormLabel[];
  checkboxes: FormCheckbox[];
  /**
   * Horizontal bands drawn shaded across several boxes (the 1500's line 24 supplemental rows). An 'over'
   * band is drawn over the column rules, leaving one open strip (24A-G take 61 characters of supplemental text).
   */
  shadedBands: { col: number; cols: number; line: number; over?: boolean }[];
  /** Extra rules: horizontal at the top of a line, vertical at the left edge of a column (dashed: the cents and date dividers). */
  hRules: { col: number; cols: number; line: number }[];
  vRules: { col: number; line: number; lines: number; dashed?: boolean }[];
  /** Vertical side labels ('CARRIER', 'PATIENT AND INSURED INFORMATION'), drawn up the right margin. */
  sideLabels: { text: string; fromLine: number; toLine: number }[];
}

export function box(
  item: string, caption: string, col: number, cols: number, line: number, lines: number,
  extra: { shaded?: boolean; captionCols?: number } = {},
): FormBox {
  return { item, caption, col, cols, line, lines, ...extra };
}

/** The boxes of an item, for checking that a field falls inside one of them. */
export function boxesOf(background: FormBackground, item: string): FormBox[] {
  return background.boxes.filter((b) => b.item === item);
}
