// Test support: official ICD-10-CM files cut down to a slice of codes or main terms, keeping their root,
// layout and line ends, so that the real parsers read the excerpt as they read the whole file.

/** A main term of the Alphabetic Index, by title (before its nonessential modifiers), whole or cut to some level-1 subterms. */
export interface IndexTerm {
  title: string;
  subterms?: readonly string[];
}

export function undotted(code: string): string {
  return code.replace('.', '').trim();
}

/** A code is in the slice when it is under one of the stems, or a parent of one (E11 for E11.4). */
function inSlice(code: string, stems: readonly string[]): boolean {
  return code.length >= 3 && stems.some((stem) => code.startsWith(stem) || stem.startsWith(code));
}

/** The lines of a code list (order file or CSV) whose code is in the slice, line ends kept as they are. */
export function linesInSlice(text: string, stems: readonly string[], codeOf: (line: string) => string, header: boolean): string {
  const lines = text.split('\n');
  const kept = lines.filter((line, i) => (header && i === 0) || (line.trim() !== '' && inSlice(codeOf(line), stems)));
  return kept.join('\n') + '\n';
}

interface Span {
  start: number;
  end: number;
  children: Span[];
}

/** The <tag ...>...</tag> elements at one depth of a region, as spans (tag names are not nested in themselves except diag). */
function spansOf(xml: string, tag: string, from: number, to: number): Span[] {
  const open = new RegExp(`<(/?)${tag}[\\s>]`, 'g');
  const out: Span[] = [];
  const stack: Span[] = [];
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    if (!m[1]) {
      const span: Span = { start: m.index, end: -1, children: [] };
      (stack.at(-1)?.children ?? out).push(span);
      stack.push(span);
    } else {
      const span = stack.pop();
      if (!span) throw new Error(`unbalanced </${tag}> at ${m.index}`);
      span.end = xml.indexOf('>', m.index) + 1;
    }
  }
  if (stack.length) throw new Error(`unclosed <${tag}> at ${stack[0]!.start}`);
  return out;
}

function textOf(xml: string, tag: string, from: number): string {
  const start = xml.indexOf(`<${tag}>`, from) + tag.length + 2;
  return xml.slice(start, xml.indexOf(`</${tag}>`, start));
}

/**
 * An element cut to some of its children: its own text up to the first child, the kept children whole
 * or cut again, and its closing tag. Returns '' when no child is kept.
 */
function cut(xml: string, span: Span, children: readonly Span[], keep: (child: Span) => string): string {
  const parts = children.map(keep).filter((s) => s !== '');
  if (parts.length === 0) return '';
  const first = children[0]!;
  const last = children.at(-1)!;
  const indent = xml.slice(xml.lastIndexOf('\n', first.start) + 1, first.start);
  return xml.slice(span.start, first.start) + parts.join(`\r\n${indent}`) + xml.slice(last.end, span.end);
}

/**
 * The Tabular List cut to the codes given, with the official root and layout;
 * writtenHere diags are added at the end of their section.
 */
export function tabularExcerpt(xml: string, codes: readonly string[], writtenHere: readonly { section: string; xml: string }[] = []): string {
  const wanted = (name: string) => codes.some((c) => c === name || c.startsWith(name));
  const diag = (span: Span): string => {
    const name = textOf(xml, 'name', span.start);
    if (codes.includes(name)) return xml.slice(span.start, span.end);
    if (!wanted(name)) return '';
    return cut(xml, span, span.children, diag);
  };
  const chapters = spansOf(xml, 'chapter', 0, xml.length);
  const kept = chapters.map((chapter) => {
    const sections = spansOf(xml, 'section', chapter.start, chapter.end);
    return cut(xml, chapter, sections, (section) => {
      const kept = cut(xml, section, spansOf(xml, 'diag', section.start, section.end), diag);
      const id = /id="([^"]*)"/.exec(xml.slice(section.start, section.start + 40))?.[1];
      const added = writtenHere.filter((w) => w.section === id).map((w) => w.xml);
      if (!kept || added.length === 0) return kept;
      const close = kept.lastIndexOf('</section>');
      return `${kept.slice(0, close).trimEnd()}\r\n      ${added.join('\r\n      ')}\r\n    ${kept.slice(close)}`;
    });
  });
  const head = xml.slice(0, xml.indexOf('<introduction>'));
  const body = kept.filter((s) => s !== '').join('\r\n  ');
  return `${head}${body}\r\n</ICD10CM.tabular>\r\n`;
}

/** The Alphabetic Index cut to the main terms given, with the official root and layout. */
export function indexExcerpt(xml: string, terms: readonly IndexTerm[], file: string): string {
  const plain = (title: string) => title.split('<nemod>')[0]!.trim();
  const letters = spansOf(xml, 'letter', 0, xml.length);
  const kept = letters.map((letter) =>
    cut(xml, letter, spansOf(xml, 'mainTerm', letter.start, letter.end), (mainTerm) => {
      const spec = terms.find((t) => t.title === plain(textOf(xml, 'title', mainTerm.start)));
      if (!spec) return '';
      if (!spec.subterms) return xml.slice(mainTerm.start, mainTerm.end);
      const level1 = spansOf(xml, 'term', mainTerm.start, mainTerm.end);
      if (spec.subterms.length === 0) {
        // the main term with its own references and no subterms
        const end = level1[0]?.start ?? mainTerm.end;
        return xml.slice(mainTerm.start, end).trimEnd() + '\r\n    </mainTerm>';
      }
      return cut(xml, mainTerm, level1, (term) => (spec.subterms!.includes(plain(textOf(xml, 'title', term.start))) ? xml.slice(term.start, term.end) : ''));
    }),
  );
  const missing = terms.filter((t) => !kept.some((k) => k.includes(`<title>${t.title}`)));
  if (missing.length) throw new Error(`../shared/data/icd10cm/${file} has no main term ${missing.map((t) => `'${t.title}'`).join(', ')}: the excerpt is out of date`);
  const head = xml.slice(0, letters[0]!.start);
  return `${head}${kept.filter((s) => s !== '').join('\r\n  ')}\r\n</ICD10CM.index>\r\n`;
}
