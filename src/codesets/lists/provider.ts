// A code list held in memory, answering the one lookup API (CodeListProvider) with date windows.
import type { CalendarDate } from '../../dates/index';
import type { CodeInfo, CodeListProvider, SearchDocument } from '../lookup';
import type { CodeSystem, EffectiveWindow } from '../types';
import { describeWindow, inWindow } from './dates';

/** The window start of a code with no known start date (see windowOf). */
const ALWAYS_FROM = '0001-01-01';

export interface ListEntry {
  code: string;
  title: string;
  billable: boolean;
  effective: EffectiveWindow;
  details: Record<string, unknown>;
}

export interface ListOptions {
  system: CodeSystem;
  /** e.g. 'HCPCS 2024-07' */
  release: string;
  normalize(input: string): string | undefined;
  /** Which search system the documents belong to, when this list is searched. */
  searchAs?: SearchDocument['system'];
}

export class CodeList implements CodeListProvider {
  readonly system: CodeSystem;
  readonly release: string;
  private readonly byCode = new Map<string, ListEntry>();

  constructor(entries: Iterable<ListEntry>, private readonly options: ListOptions) {
    this.system = options.system;
    this.release = options.release;
    for (const e of entries) this.byCode.set(e.code, e);
  }

  get size(): number {
    return this.byCode.size;
  }

  entries(): IterableIterator<ListEntry> {
    return this.byCode.values();
  }

  get(code: string): ListEntry | undefined {
    const normalized = this.options.normalize(code);
    return normalized === undefined ? undefined : this.byCode.get(normalized);
  }

  normalize(input: string): string | undefined {
    return this.options.normalize(input);
  }

  lookup(code: string, dateOfService?: CalendarDate): CodeInfo | undefined {
    const e = this.get(code);
    if (!e) return undefined;
    const always = e.effective.from === ALWAYS_FROM && e.effective.to === null;
    const info: CodeInfo = {
      system: this.system, code: e.code, title: e.title, billable: e.billable, release: this.release,
      ...(always ? {} : { effective: e.effective }), details: e.details,
    };
    if (dateOfService) {
      info.validOnDate = inWindow(e.effective, dateOfService);
      if (!info.validOnDate) info.invalidReason = `${e.code} is in effect ${describeWindow(e.effective)}, not on ${dateOfService}`;
    }
    return info;
  }

  /** True when the code exists and is in effect on the date. */
  validOn(code: string, dateOfService: CalendarDate): boolean {
    const e = this.get(code);
    return e !== undefined && inWindow(e.effective, dateOfService);
  }

  searchDocuments(): Iterable<SearchDocument> {
    const system = this.options.searchAs;
    if (!system) return [];
    return [...this.byCode.values()].map((e) => ({
      system, code: e.code, title: e.title, billable: e.billable, inclusionTerms: [], indexTerms: [],
    }));
  }
}

/** Upper case, no spaces or dots: the form list codes are stored in. */
export function plainCode(pattern: RegExp): (input: string) => string | undefined {
  return (input) => {
    const c = input.trim().toUpperCase().replace(/[\s.]/g, '');
    return pattern.test(c) ? c : undefined;
  };
}
