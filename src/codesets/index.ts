// Public face of the code sets: ICD-10-CM releases (Tabular List, Alphabetic Index, validation, diff)
// and the one lookup API every system plugs into.
export type {
  CodeSystem,
  NoteKind,
  Notes,
  SevenChrDef,
  TabularLevel,
  TabularNode,
  Tabular,
  IndexTerm,
  AlphabeticIndex,
  ReleaseCode,
  EffectiveWindow,
  ReleaseSourceKind,
  ReleaseSource,
} from './types';
export { CODE_SYSTEMS, NOTE_KINDS } from './types';
export { CodeLookup } from './lookup';
export type { CodeInfo, CodeListProvider, LookupOptions, SearchDocument } from './lookup';
