// Delimiters come from each ISA: the element separator is the character after "ISA", ISA11 (offset 82)
// is the repetition separator in 00501, ISA16 (offset 104) the component separator, offset 105 the
// segment terminator. Every interchange in a file may use different ones.
import type { Delimiters, X12Finding } from './segment';
import { X12ReadError } from './errors';

export const ISA_LENGTH = 106;

export interface IsaDelimiters {
  delimiters: Delimiters;
  /** Index just after the ISA segment terminator. */
  end: number;
  findings: X12Finding[];
}

const ALNUM = /[A-Za-z0-9 ]/;

/**
 * Reads the delimiters of the ISA starting at `at` (text[at..at+3] === 'ISA'). Returns undefined when the
 * text ends before the ISA does (a stream then waits for more); throws X12ReadError when unusable.
 */
export function readIsaDelimiters(text: string, at: number, position: number, final: boolean): IsaDelimiters | undefined {
  const element = text[at + 3];
  if (element === undefined) return final ? fail(at, 'the file ends inside the ISA segment') : undefined;
  const findings: X12Finding[] = [];
  let repetition: string;
  let component: string;
  let segment: string;
  let end: number;
  if (text.length >= at + ISA_LENGTH && text[at + 103] === element) {
    repetition = text[at + 82]!;
    component = text[at + 104]!;
    segment = text[at + 105]!;
    end = at + ISA_LENGTH;
  } else {
    // Not fixed-width: find the 16th element separator; ISA16 is the one character after it.
    let p = at + 3;
    const seps: number[] = [];
    while (seps.length < 16 && p < text.length && p < at + 400) {
      if (text[p] === element) seps.push(p);
      p++;
    }
    const last = seps[15];
    if (last === undefined || last + 2 >= text.length) {
      if (!final && text.length < at + 400) return undefined;
      return fail(at, 'the ISA segment does not have its 16 elements');
    }
    repetition = text.slice(seps[10]! + 1, seps[11]).length === 1 ? text[seps[10]! + 1]! : '';
    component = text[last + 1]!;
    segment = text[last + 2]!;
    end = last + 3;
    findings.push({
      severity: 'error',
      code: 'x12.isa.not_fixed_width',
      segmentPosition: position,
      segmentId: 'ISA',
      message: 'The ISA segment is not the fixed 106 characters; its fields must be padded to their fixed widths.',
      ik304: '8',
    });
  }
  // In 00401 ISA11 was the standards identifier 'U', not a separator.
  if (ALNUM.test(repetition)) repetition = '';
  if (element === segment || ALNUM.test(element) || ALNUM.test(segment)) {
    return fail(at, `the ISA declares unusable delimiters (element '${element}', segment terminator '${segment}')`);
  }
  const all = [element, component, segment, ...(repetition ? [repetition] : [])];
  if (new Set(all).size !== all.length || ALNUM.test(component)) {
    findings.push({
      severity: 'error',
      code: 'x12.isa.delimiters_clash',
      segmentPosition: position,
      segmentId: 'ISA',
      element: 'ISA16',
      message: `The ISA delimiters must all differ and not be letters or digits (element '${element}', component '${component}', repetition '${repetition}', segment '${segment}').`,
      ik304: '8',
    });
  }
  return { delimiters: { element, component, repetition, segment }, end, findings };
}

function fail(at: number, why: string): never {
  throw new X12ReadError('x12.isa.unreadable', `Cannot read the X12 delimiters at byte ${at}: ${why}.`, at);
}
