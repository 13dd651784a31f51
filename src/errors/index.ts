// Expected failures carry a stable code, a kind that decides the exit code / HTTP status,
// and a location a person can act on. Bugs are plain Errors and are never caught as these.

/**
 * - usage: the command line or request was malformed (exit 2)
 * - input: a file or connection could not be read at all (exit 2)
 * - domain: the input was read and found wanting: an invalid file, a failed edit (exit 1)
 * - forbidden: the actor's role does not allow it (exit 1)
 * - conflict: the stored state does not allow it, e.g. an illegal claim transition (exit 1)
 */
export type ErrorKind = 'usage' | 'input' | 'domain' | 'forbidden' | 'conflict';

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  segmentPosition?: number;
  segmentId?: string;
  loop?: string;
  element?: string;
  field?: string;
}

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly location: ErrorLocation = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export function usageError(code: string, message: string): AppError {
  return new AppError('usage', code, message);
}

export function inputError(code: string, message: string, location: ErrorLocation = {}, cause?: unknown): AppError {
  return new AppError('input', code, message, location, { cause });
}

export function domainError(code: string, message: string, location: ErrorLocation = {}): AppError {
  return new AppError('domain', code, message, location);
}

export function exitCodeFor(kind: ErrorKind): 1 | 2 {
  return kind === 'usage' || kind === 'input' ? 2 : 1;
}

/** "file:line: message" style, one line, for people. */
export function describeLocation(location: ErrorLocation): string {
  const parts: string[] = [];
  if (location.file) parts.push(location.line ? `${location.file}:${location.line}` : location.file);
  if (location.segmentPosition !== undefined) parts.push(`segment ${location.segmentPosition}`);
  if (location.segmentId) parts.push(location.segmentId);
  if (location.loop) parts.push(`loop ${location.loop}`);
  if (location.element) parts.push(`element ${location.element}`);
  if (location.field) parts.push(`field ${location.field}`);
  return parts.join(', ');
}
