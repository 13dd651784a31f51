// HL numbering: HL01 counts 1, 2, 3... in each transaction set, HL02 names the parent's HL01, HL04 says
// whether children follow. Checked as the walker opens HL loops.
import type { Segment, X12Finding } from './segment';

interface HlInfo {
  segment: Segment;
  loop: string;
  hasChildFlag: string;
  children: number;
}

export class HlChain {
  private expected = 1;
  private readonly seen = new Map<string, HlInfo>();

  constructor(private readonly findings: X12Finding[]) {}

  open(s: Segment, loop: string, enclosing: Segment | undefined): void {
    const id = s.elements[1] ?? '';
    const parent = s.elements[2] ?? '';
    if (id !== String(this.expected)) {
      this.add(s, loop, 'HL01', 'x12.hl.sequence', `HL01 is "${id}" but HL numbers must count up by 1 from 1 in each transaction set; expected ${this.expected}.`, id);
    }
    this.expected = (Number(id) || this.expected) + 1;
    const expectedParent = enclosing?.elements[1];
    if (expectedParent !== undefined && parent !== expectedParent) {
      this.add(s, loop, 'HL02', 'x12.hl.parent', `HL02 is "${parent}" but this loop ${loop} sits under HL ${expectedParent}.`, parent);
    } else if (expectedParent === undefined && parent !== '' && !this.seen.has(parent)) {
      this.add(s, loop, 'HL02', 'x12.hl.parent', `HL02 "${parent}" names no earlier HL in this transaction set.`, parent);
    }
    const p = this.seen.get(parent);
    if (p) p.children++;
    this.seen.set(id, { segment: s, loop, hasChildFlag: s.elements[4] ?? '', children: 0 });
  }

  finish(): void {
    for (const info of this.seen.values()) {
      const flag = info.hasChildFlag;
      if (flag === '1' && info.children === 0) {
        this.add(info.segment, info.loop, 'HL04', 'x12.hl.child_flag', 'HL04 says child HLs follow (1) but none name this HL as parent.', flag, 'warning');
      } else if (flag === '0' && info.children > 0) {
        this.add(info.segment, info.loop, 'HL04', 'x12.hl.child_flag', `HL04 says no child HLs (0) but ${info.children} follow.`, flag);
      }
    }
  }

  private add(s: Segment, loop: string, element: string, code: string, message: string, value: string, severity: X12Finding['severity'] = 'error'): void {
    this.findings.push({ severity, code, segmentPosition: s.position, segmentId: 'HL', loop, element, message, ik304: '8', ik403: '7', value });
  }
}
