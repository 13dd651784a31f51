// The code search engine: find codes as a coder types, by code, words, abbreviations and typos.
export { SearchEngine } from './engine';
export type { SearchEngineOptions } from './engine';
export { tokenize, stem, normalizeCode, looksLikeCode } from './normalize';
export { ABBREVIATIONS, EQUIVALENT_WORDS } from './synonyms';
export { expandQueryText } from './query';
export type { SearchDocument, SearchHit, SearchOptions, SearchSystem, SearchField, MatchedWord, ValidOnDate } from './types';
export { buildCodeSearch, type CodeSearch, type CodeSearchInput } from './code-search';
