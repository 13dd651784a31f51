// One lookup API for every code system. ICD-10-CM answers from its releases; the other lists
// (HCPCS, ICD-10-PCS, CPT, modifiers, POS, CARC/RARC, taxonomy) plug in as CodeListProvider.
import type { CalendarDate } from '../dates/index';
import type { CodeSystem, EffectiveWindow } from './types';

/** What a search engine indexes for one code. Contract with src/codesets/search. */
export interface SearchDocument {
  system: 'ICD10CM' | 'ICD10PCS' | 'HCPCS' | 'CPT';
  /** dotted for ICD-10-CM ('E11.9'), as printed elsewhere */
  code: string;
  title: string;
  billable: boolean;
  inclusionTerms: string[];
  /** full Alphabetic Index paths, e.g. 'Fracture, traumatic, femur, shaft' */
  indexTerms: string[];
}

/** Everything known about one code, for `codes show` and for the engines. */
export interface CodeInfo {
  system: CodeSystem;
  /** display form (dotted for ICD-10-CM) */
  code: string;
  title: string;
  /** billable / reportable on a claim; false for headers (categories, section rows) */
  billable: boolean;
  /** the release this answer comes from, e.g. 'FY2023', 'HCPCS 2024-07' */
  release?: string;
  effective?: EffectiveWindow;
  /** when a date of service was asked: is the code reportable on that date? */
  validOnDate?: boolean;
  /** why not, when validOnDate is false */
  invalidReason?: string;
  /** system-specific fields (notes, 7th characters, pricing indicators, ...), JSON-serialisable */
  details: Record<string, unknown>;
}

export interface LookupOptions {
  system?: CodeSystem;
  dateOfService?: CalendarDate;
}

/** A code list that answers lookups for one system. Implemented by src/codesets/lists. */
export interface CodeListProvider {
  readonly system: CodeSystem;
  /** The canonical form of user input for this system, or undefined when it cannot be one of its codes. */
  normalize(input: string): string | undefined;
  lookup(code: string, dateOfService?: CalendarDate): CodeInfo | undefined;
  /** Documents for the search engine (systems that are searched). */
  searchDocuments?(): Iterable<SearchDocument>;
}

/** The registry the CLI, the scrubber and the engines ask. First registered provider of a system wins ties. */
export class CodeLookup {
  private readonly providers: CodeListProvider[] = [];

  register(provider: CodeListProvider): this {
    this.providers.push(provider);
    return this;
  }

  systems(): CodeSystem[] {
    return [...new Set(this.providers.map((p) => p.system))];
  }

  /** Every answer for the code: several when no system is given and the code exists in several (e.g. 'A0021'). */
  lookup(code: string, options: LookupOptions = {}): CodeInfo[] {
    const found: CodeInfo[] = [];
    for (const provider of this.providers) {
      if (options.system && provider.system !== options.system) continue;
      const normalized = provider.normalize(code);
      if (normalized === undefined) continue;
      const info = provider.lookup(normalized, options.dateOfService);
      if (info) found.push(info);
    }
    return found;
  }
}
