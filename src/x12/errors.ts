// Named failures of reading and writing X12. Expected problems inside a readable file are findings
// (X12Finding); these errors are for input that cannot be read as X12 at all, and for refusing to write.
import { AppError } from '../errors/index';

/** The input cannot be read as X12 at all (no ISA, unusable delimiters): exit 2 in the CLI. */
export class X12ReadError extends AppError {
  constructor(
    code: string,
    message: string,
    /** Byte offset in the input where the problem was found. */
    readonly byteOffset: number,
  ) {
    super('input', code, message, { column: byteOffset });
  }
}

/** The writer refuses data that would corrupt the interchange (a delimiter inside an element). */
export class X12WriteError extends AppError {
  constructor(code: string, message: string, location: { segmentPosition: number; segmentId: string; element: string }) {
    super('domain', code, message, location);
  }
}
