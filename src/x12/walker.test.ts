import { describe, expect, it } from 'vitest';
import { DEFAULT_DELIMITERS, LoopWalker, tokenize, validateTransaction, walkLoops, type LoopNode, type SegmentSpec, type TransactionSpec } from './index';

// A small HL-based guide in the shape of the 837: billing provider > subscriber > claim > line.
const el = (ref: string, type: 'AN' | 'ID' | 'R' | 'DT', min: number, max: number, usage: 'R' | 'S' | 'N' = 'R', codes?: string[]) => ({ ref, name: ref, usage, type, min, max, ...(codes ? { codes } : {}) });
const hl = (level: string): SegmentSpec => ({ id: 'HL', name: 'Hierarchical Level', usage: 'R', max: 1, qualifier: { element: 3, values: [level] }, elements: [el('HL01', 'AN', 1, 12), el('HL02', 'AN', 1, 12, 'S'), el('HL03', 'ID', 1, 2), el('HL04', 'ID', 1, 1, 'S', ['0', '1'])] });
const nm1 = (q: string, name: string): SegmentSpec => ({ id: 'NM1', name, usage: 'R', max: 1, qualifier: { element: 1, values: [q] }, elements: [el('NM101', 'ID', 2, 3, 'R', [q]), el('NM102', 'ID', 1, 1, 'R', ['1', '2']), el('NM103', 'AN', 1, 60)] });
const SPEC: TransactionSpec = {
  transactionSetId: '837', guide: 'TEST', acceptedGuides: [], functionalIdentifier: 'HC',
  header: [{ id: 'BHT', name: 'Beginning of Hierarchical Transaction', usage: 'R', max: 1, elements: [el('BHT01', 'ID', 4, 4, 'R', ['0019'])] }],
  loops: [{
    id: '2000A', name: 'Billing Provider', usage: 'R', max: Infinity,
    segments: [hl('20')],
    loops: [
      { id: '2010AA', name: 'Billing Provider Name', usage: 'R', max: 1, segments: [nm1('85', 'Billing Provider Name')], loops: [] },
      {
        id: '2000B', name: 'Subscriber', usage: 'R', max: Infinity,
        segments: [hl('22'), { id: 'SBR', name: 'Subscriber Information', usage: 'R', max: 1, elements: [el('SBR01', 'ID', 1, 1, 'R', ['P', 'S', 'T'])] }],
        loops: [{
          id: '2300', name: 'Claim', usage: 'S', max: 2,
          segments: [
            { id: 'CLM', name: 'Claim Information', usage: 'R', max: 1, elements: [el('CLM01', 'AN', 1, 38), el('CLM02', 'R', 1, 18)] },
            { id: 'DTP', name: 'Onset', usage: 'S', max: 1, qualifier: { element: 1, values: ['431'] }, elements: [el('DTP01', 'ID', 3, 3), el('DTP02', 'ID', 2, 3, 'R', ['D8']), el('DTP03', 'DT', 8, 8)] },
          ],
          loops: [{ id: '2400', name: 'Service Line', usage: 'R', max: 50, segments: [{ id: 'LX', name: 'Service Line Number', usage: 'R', max: 1, elements: [el('LX01', 'AN', 1, 6)] }], loops: [] }],
        }],
      },
    ],
  }],
};

function walk(body: string, validate = false) {
  const segments = tokenize(`ST*837*0001~${body}SE*0*0001~`, { delimiters: DEFAULT_DELIMITERS }).segments;
  return validate ? validateTransaction(SPEC, segments, DEFAULT_DELIMITERS) : walkLoops(SPEC, segments);
}

function shape(nodes: LoopNode[]): unknown[] {
  return nodes.map((n) => [n.id, n.segments.map((s) => s.id).join(','), ...(n.loops.length ? [shape(n.loops)] : [])]);
}

const GOOD = 'BHT*0019~HL*1**20*1~NM1*85*2*CLINIC~HL*2*1*22*0~SBR*P~CLM*A1*100~DTP*431*D8*20240101~LX*1~LX*2~CLM*A2*50~LX*1~';

describe('walkLoops', () => {
  it('groups segments into the guide loops by trigger segment, qualifier and HL03', () => {
    const r = walk(GOOD);
    expect(r.header.map((s) => s.id)).toEqual(['ST', 'BHT']);
    expect(shape(r.loops)).toEqual([
      ['2000A', 'HL', [['2010AA', 'NM1'], ['2000B', 'HL,SBR', [['2300', 'CLM,DTP', [['2400', 'LX'], ['2400', 'LX']]], ['2300', 'CLM', [['2400', 'LX']]]]]]],
    ]);
    expect(r.trailer.map((s) => s.id)).toEqual(['SE']);
    expect(r.findings).toEqual([]);
  });

  it('reports a missing required segment and loop at the position where they were due', () => {
    const r = walk('BHT*0019~HL*1**20*1~HL*2*1*22*0~CLM*A1*100~');
    expect(r.findings.map((f) => [f.code, f.segmentId, f.loop, f.segmentPosition, f.ik304])).toEqual([
      ['x12.loop.required_missing', 'NM1', '2010AA', 4, '3'],
      ['x12.segment.required_missing', 'SBR', '2000B', 5, '3'],
      ['x12.loop.required_missing', 'LX', '2400', 6, '3'],
    ]);
  });

  it('reports a loop over its repeat limit and an unexpected segment', () => {
    const r = walk(`${GOOD}CLM*A3*1~LX*1~N4*X~`);
    expect(r.findings.map((f) => [f.code, f.segmentPosition, f.ik304])).toEqual([
      ['x12.loop.over_max', 13, '4'],
      ['x12.segment.not_in_set', 15, '6'],
    ]);
  });

  it('checks the HL chain: HL01 sequence, HL02 parent, HL04 child flag', () => {
    const r = walk('BHT*0019~HL*1**20*0~NM1*85*2*CLINIC~HL*3*2*22*0~SBR*P~');
    expect(r.findings.map((f) => [f.code, f.element, f.segmentPosition, f.severity])).toEqual([
      ['x12.hl.sequence', 'HL01', 5, 'error'],
      ['x12.hl.parent', 'HL02', 5, 'error'],
    ]);
    const flag = walk('BHT*0019~HL*1**20*0~NM1*85*2*CLINIC~HL*2*1*22*0~SBR*P~');
    expect(flag.findings.map((f) => [f.code, f.element, f.segmentPosition])).toEqual([['x12.hl.child_flag', 'HL04', 3]]);
  });
});

describe('validateTransaction', () => {
  it('checks element usage, types, lengths and codes with 999 IK403 codes', () => {
    const r = walk('BHT*0019~HL*1**20*1~NM1*85*3*~HL*2*1*22*0~SBR*P~CLM*A1*1O0~DTP*431*D8*20240230~LX*1234567~', true);
    expect(r.findings.map((f) => [f.element, f.ik403, f.segmentPosition, f.loop, f.value])).toEqual([
      ['NM102', '7', 4, '2010AA', '3'],
      ['NM103', '1', 4, '2010AA', ''],
      ['CLM02', '6', 7, '2300', '1O0'],
      ['DTP03', '8', 8, '2300', '20240230'],
      ['LX01', '5', 9, '2400', '1234567'],
    ]);
    expect(r.findings.every((f) => f.ik304 === '8')).toBe(true);
  });

  it('reports a wrong qualifier as an invalid code on the qualifier element', () => {
    const r = walk(GOOD.replace('DTP*431', 'DTP*999'), true);
    expect(r.findings.map((f) => [f.code, f.element, f.value])).toEqual([['x12.element.invalid_code', 'DTP01', '999']]);
  });
});

describe('LoopWalker.closeForLoop and skipLoop (for a reader that reads a loop itself)', () => {
  const segments = tokenize(`ST*837*0001~${GOOD}CLM*A3*10~LX*1~SE*0*0001~`, { delimiters: DEFAULT_DELIMITERS }).segments;
  const third = segments.findIndex((s) => s.elements[1] === 'A3');

  it('leaves the walker as if the loop had been pushed, its node aside', () => {
    const full = walkLoops(SPEC, segments, { validate: { delimiters: DEFAULT_DELIMITERS } });
    const w = new LoopWalker(SPEC, { validate: { delimiters: DEFAULT_DELIMITERS } });
    segments.slice(0, third).forEach((s) => w.push(s));
    expect(w.closeForLoop(segments[third]!)).toBe('2300');
    expect(w.skipLoop(segments[third]!, '2300', segments[third + 1]!)).toBe(true);
    segments.slice(third + 2).forEach((s) => w.push(s));
    const skipped = w.finish();
    // The third claim is one too many: counted though never pushed.
    expect(skipped.findings).toEqual(full.findings);
    expect(full.findings.map((f) => f.code)).toEqual(['x12.loop.over_max']);
    expect(shape(skipped.loops)).toEqual([
      ['2000A', 'HL', [['2010AA', 'NM1'], ['2000B', 'HL,SBR', [['2300', 'CLM,DTP', [['2400', 'LX'], ['2400', 'LX']]], ['2300', 'CLM', [['2400', 'LX']]]]]]],
    ]);
  });

  it('changes nothing for a segment that does not open that loop', () => {
    const w = new LoopWalker(SPEC);
    segments.slice(0, 3).forEach((s) => w.push(s));
    expect(w.closeForLoop(segments[third + 1]!)).toBeUndefined();
    expect(w.skipLoop(segments[third + 1]!, '2400', segments[third + 1]!)).toBe(false);
    expect(w.skipLoop(segments[third]!, '2400', segments[third]!)).toBe(false);
  });
});
