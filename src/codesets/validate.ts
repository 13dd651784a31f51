// validate(code, dateOfService): billable, header (with its billable children), or invalid with the reason
// a coder needs: unknown code, requires a 7th character, needs placeholder X, not in effect, deleted.
import type { CalendarDate } from '../dates/index';
import { dotted, normalizeIcd10cm } from './code';
import { codesUnder, findCode, type CodeTable } from './code-table';
import type { Icd10cmRelease } from './release';
import type { ReleaseSet } from './release-set';
import { withSeventh } from './tabular-codes';

export type InvalidReason =
  | 'malformed'
  | 'no_release'
  | 'unknown'
  | 'requires_7th_character'
  | 'needs_placeholder_x'
  | 'not_yet_in_effect'
  | 'deleted';

interface Known {
  /** normalised, no dot */
  code: string;
  /** dotted, as printed */
  display: string;
  release: string;
}

export type Validation =
  | (Known & { status: 'billable'; title: string })
  | (Known & { status: 'header'; title: string; billableChildren: { code: string; title: string }[] })
  | {
      status: 'invalid';
      input: string;
      code?: string;
      reason: InvalidReason;
      message: string;
      release?: string;
      /** codes the coder probably meant (dotted) */
      suggestions: string[];
    };

const SEVENTH_CHARS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'M', 'N', 'P', 'Q', 'R', 'S'];

function invalid(input: string, code: string | undefined, reason: InvalidReason, message: string, release?: string, suggestions: string[] = []): Validation {
  return { status: 'invalid', input, ...(code ? { code } : {}), reason, message, ...(release ? { release } : {}), suggestions };
}

/** Billable codes this incomplete code could become with a 7th character ('S72001' → S72.001A ...). */
function seventhCompletions(table: CodeTable, code: string): string[] {
  if (code.length >= 7) return [];
  return SEVENTH_CHARS.map((c) => withSeventh(code, c)).filter((c) => findCode(table, c)?.billable);
}

/** Spellings with placeholder X put in: 'T3601A' → T36.0X1A, 'S020A' → S02.0XXA, 'T36X01A' → T36.0X1A. */
function placeholderCandidates(table: CodeTable, code: string): string[] {
  const bare = code.length === 7 ? code.slice(0, 3) + code.slice(3, 6).replace(/X/g, '') + code.slice(6) : code;
  if (bare.length < 5 || bare.length > 7) return [];
  const body = bare.slice(3, -1);
  const last = bare.slice(-1);
  const found = new Set<string>();
  for (const middle of spreadX(body, 3)) {
    const candidate = bare.slice(0, 3) + middle + last;
    if (candidate !== code && findCode(table, candidate)?.billable) found.add(candidate);
  }
  return [...found];
}

/** Every way to widen body to width characters by inserting X's. */
function spreadX(body: string, width: number): string[] {
  if (body.length >= width) return body.length === width ? [body] : [];
  const out = new Set<string>();
  for (let i = 0; i <= body.length; i++) for (const s of spreadX(`${body.slice(0, i)}X${body.slice(i)}`, width)) out.add(s);
  return [...out];
}

function history(releases: ReleaseSet, code: string, current: Icd10cmRelease): Validation | undefined {
  const holding = releases.releases.filter((r) => findCode(r.table, code));
  if (holding.length === 0) return undefined;
  const last = holding.at(-1)!;
  if (last.fiscalYear < current.fiscalYear) {
    const deletedIn = releases.releases.find((r) => r.fiscalYear > last.fiscalYear && !findCode(r.table, code));
    // with a gap in the loaded years the deletion can only be placed between two releases
    const when = !deletedIn ? `after ${last.label}` : deletedIn.fiscalYear === last.fiscalYear + 1 ? `in ${deletedIn.label}` : `between ${last.label} and ${deletedIn.label}`;
    return invalid(code, code, 'deleted', `${dotted(code)} was deleted ${when}: it is not valid on this date of service (last in ${last.label})`, current.label);
  }
  const first = holding[0]!;
  return invalid(code, code, 'not_yet_in_effect', `${dotted(code)} is not in effect yet: it starts in ${first.label} (${first.window.from})`, current.label);
}

export function validateCode(releases: ReleaseSet, input: string, dateOfService: CalendarDate): Validation {
  const code = normalizeIcd10cm(input);
  if (!code) return invalid(input, undefined, 'malformed', `'${input}' is not an ICD-10-CM code: a letter, a digit, a letter or digit, then up to four more characters (e.g. E11.9, S72.001A)`);
  const release = releases.forDate(dateOfService);
  if (!release) {
    const loaded = releases.releases.map((r) => r.label).join(', ') || 'none';
    return invalid(input, code, 'no_release', `no ICD-10-CM release is loaded for ${dateOfService} (FY${releases.fiscalYearOf(dateOfService)}); loaded: ${loaded}`);
  }
  return validateIn(releases, release, input, code);
}

function validateIn(releases: ReleaseSet, release: Icd10cmRelease, input: string, code: string): Validation {
  const known = { code, display: dotted(code), release: release.label };
  const entry = findCode(release.table, code);
  if (entry?.billable) return { ...known, status: 'billable', title: entry.title };
  const completions = seventhCompletions(release.table, code);
  if (entry) {
    const children = codesUnder(release.table, code, true);
    if (completions.length > 0 && completions.length === children.length) {
      return invalid(input, code, 'requires_7th_character', `${known.display} requires a 7th character (${completions.map((c) => c.slice(6)).join(', ')})`, release.label, completions.map(dotted));
    }
    return { ...known, status: 'header', title: entry.title, billableChildren: children.map((c) => ({ code: dotted(c.code), title: c.title })) };
  }
  const fromHistory = history(releases, code, release);
  if (fromHistory) return fromHistory;
  if (completions.length > 0) {
    return invalid(input, code, 'requires_7th_character', `${known.display} requires a 7th character (${completions.map((c) => c.slice(6)).join(', ')})`, release.label, completions.map(dotted));
  }
  const placeholders = placeholderCandidates(release.table, code);
  if (placeholders.length > 0) {
    return invalid(input, code, 'needs_placeholder_x', `${known.display} needs the placeholder X: ${placeholders.map(dotted).join(' or ')}`, release.label, placeholders.map(dotted));
  }
  return invalid(input, code, 'unknown', `${known.display} is not an ICD-10-CM code in ${release.label}${nearestHint(release, code)}`, release.label, nearest(release, code));
}

function nearest(release: Icd10cmRelease, code: string): string[] {
  for (let n = code.length - 1; n >= 3; n--) {
    const prefix = code.slice(0, n);
    if (findCode(release.table, prefix)) return [dotted(prefix)];
  }
  return [];
}

function nearestHint(release: Icd10cmRelease, code: string): string {
  const [n] = nearest(release, code);
  return n ? ` (nearest existing: ${n})` : '';
}
