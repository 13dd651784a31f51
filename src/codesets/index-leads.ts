// The codes an index walk leads to, each checked against the Tabular List of a release: a code the
// index prints may be complete, a header that needs more characters ('S72.30-'), or need a 7th character.
import { dotted, parseIndexCode } from './code';
import { codesUnder, findCode } from './code-table';
import type { Icd10cmRelease } from './release';
import type { IndexTerm } from './types';
import { printed, walkIndex, type WalkResult } from './index-walk';

export type LeadStatus = 'billable' | 'header' | 'requires_7th_character' | 'incomplete' | 'unknown';

export interface IndexLead {
  /** as the index prints it, e.g. 'S72.30-' */
  printed: string;
  code: string;
  role: 'code' | 'manifestation' | 'see category' | 'see subcategory';
  status: LeadStatus;
  title?: string;
  /** billable codes below it when it is not billable itself (first few) */
  billableCodes: string[];
  billableCount: number;
  /** the term carries NEC (not elsewhere classifiable) or NOS (not otherwise specified) */
  nec: boolean;
  nos: boolean;
}

export interface IndexLookup extends WalkResult {
  release: string;
  indexRelease: string;
  leads: IndexLead[];
  see?: string;
  seeAlso?: string;
  /** subterms of the last term, when the coder should go further */
  subterms: string[];
}

const SHOWN_CHILDREN = 12;

export function verifyLead(release: Icd10cmRelease, text: string, role: IndexLead['role'], term: IndexTerm): IndexLead {
  const parsed = parseIndexCode(text);
  const words = printed(term);
  const base = { printed: text, role, nec: /\bNEC\b/.test(words), nos: /\bNOS\b/.test(words) };
  if (!parsed) return { ...base, code: text, status: 'unknown', billableCodes: [], billableCount: 0 };
  const entry = findCode(release.table, parsed.code);
  const below = codesUnder(release.table, parsed.code, true);
  const listing = { billableCodes: below.slice(0, SHOWN_CHILDREN).map((c) => dotted(c.code)), billableCount: below.length };
  if (!entry) return { ...base, code: dotted(parsed.code), status: 'unknown', billableCodes: [], billableCount: 0 };
  const common = { ...base, code: dotted(parsed.code), title: entry.title };
  if (entry.billable) return { ...common, status: 'billable', billableCodes: [], billableCount: 0 };
  const stem = parsed.code.padEnd(6, 'X');
  const seventh = below.length > 0 && below.every((c) => c.code.length === 7 && c.code.slice(0, 6) === stem);
  return { ...common, status: seventh ? 'requires_7th_character' : parsed.incomplete ? 'incomplete' : 'header', ...listing };
}

function leadsOf(release: Icd10cmRelease, term: IndexTerm): IndexLead[] {
  const leads: IndexLead[] = [];
  if (term.code) leads.push(verifyLead(release, term.code, 'code', term));
  if (term.manif) leads.push(verifyLead(release, term.manif, 'manifestation', term));
  if (term.seeCategory) leads.push(verifyLead(release, term.seeCategory, 'see category', term));
  if (term.seeSubcategory) leads.push(verifyLead(release, term.seeSubcategory, 'see subcategory', term));
  return leads;
}

/** Walks the index of indexRelease and verifies what it finds against release (the one in effect). */
export function lookupIndex(indexRelease: Icd10cmRelease, release: Icd10cmRelease, query: string): IndexLookup {
  const walk = walkIndex(indexRelease.index!, query);
  const term = walk.term;
  return {
    ...walk,
    release: release.label,
    indexRelease: indexRelease.label,
    leads: term ? leadsOf(release, term) : [],
    ...(term?.see ? { see: term.see } : {}),
    ...(term?.seeAlso ? { seeAlso: term.seeAlso } : {}),
    subterms: (term?.terms ?? []).map(printed),
  };
}
