// Paper claim forms: the NUCC 1500 (02/12) for professional claims and the UB-04 (CMS-1450) for
// institutional claims, laid out as placed text and rendered to PDF with or without a drawn background.
export { layoutCms1500, type Cms1500Options } from './cms1500-layout';
export { layoutUb04, type Ub04Options } from './ub04-layout';
export { renderCms1500Pdf, renderUb04Pdf, renderPages, type RenderOptions } from './render-pdf';
export { CMS1500_BACKGROUND, CMS1500_GRID } from './cms1500-boxes';
export { UB04_BACKGROUND, UB04_GRID } from './ub04-boxes';
export { checkClaimForForm } from './validate';
export { PAGE_WIDTH, PAGE_HEIGHT, PITCH, LINE_HEIGHT, columnOf, lineOf, type FormGrid } from './grid';
export type { FormBackground, FormBox } from './boxes';
export type { FormPage, PlacedField, FormWarning, FormWarningCode, FormError, FormErrorCode, LayoutResult, PdfResult } from './types';
export { printClaimFormFile, asAppError, type PrintOptions, type PrintResult } from './print-form-file';
// Printing conventions other printed documents share (patient statements).
export { zipCode, phoneParts } from './text';
