// The documents the search engine indexes and the hits it returns.
import type { CalendarDate } from '../../dates/index';
import type { SearchDocument } from '../lookup';

/** The document shape is the code-set module's contract (titles, inclusion terms, index paths). */
export type { SearchDocument };
export type SearchSystem = SearchDocument['system'];

/** Where a matched word was found. */
export type SearchField = 'code' | 'title' | 'inclusion' | 'index';

export interface MatchedWord {
  /** The word as the user typed it. */
  query: string;
  /** The word of the code's text it matched. */
  matched: string;
  /** How: exact, same stem, abbreviation/synonym, prefix of a word being typed, or a typo within edit distance. */
  how: 'exact' | 'stem' | 'synonym' | 'prefix' | 'typo';
}

export interface SearchHit {
  system: SearchSystem;
  code: string;
  title: string;
  billable: boolean;
  score: number;
  /** The text the best match came from (the title, an inclusion term or an index path). */
  field: SearchField;
  matchedText: string;
  words: MatchedWord[];
}

export interface SearchOptions {
  limit?: number;
  system?: SearchSystem;
  /** Keeps only codes valid on this date (needs a validity function on the engine). */
  dateOfService?: CalendarDate;
}

/** Answers whether a code of a system is valid (and billable) on a date; supplied by the code-set owner. */
export type ValidOnDate = (system: SearchSystem, code: string, dateOfService: CalendarDate) => boolean;
