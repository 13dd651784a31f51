// Streaming loader of the index-shaped XML files of ICD-10-CM (root ICD10CM.index): the Alphabetic
// Index, the Table of Drugs and Chemicals and the Neoplasm Table share letter / mainTerm / term.
import { malformedXml, xmlStream } from './xml-stream';
import type { IndexTerm } from './types';

export interface IndexTree {
  version: string;
  title: string;
  /** indexHeading columns (tables only): column number → heading */
  headings: Record<number, string>;
  mainTerms: IndexTerm[];
}

export interface IndexTreeParser {
  write(chunk: string): void;
  end(): IndexTree;
}

const REFERENCE_FIELDS: Record<string, keyof IndexTerm> = {
  code: 'code',
  manif: 'manif',
  see: 'see',
  seeAlso: 'seeAlso',
  seecat: 'seeCategory',
  subcat: 'seeSubcategory',
};

export function createIndexTreeParser(file: string): IndexTreeParser {
  const tree: IndexTree = { version: '', title: '', headings: {}, mainTerms: [] };
  const terms: IndexTerm[] = [];
  const elements: string[] = [];
  const attrs: Record<string, string>[] = [];
  let headCount = 0;
  const stream = xmlStream(file, {
    open(name, attributes) {
      if (elements.length === 0 && name !== 'ICD10CM.index') {
        throw malformedXml(file, stream.line(), `expected root <ICD10CM.index>, found <${name}>`);
      }
      elements.push(name);
      attrs.push(attributes);
      if (name === 'mainTerm' || name === 'term') {
        const term: IndexTerm = { title: '' };
        const parent = terms.at(-1);
        if (name === 'term' && parent) (parent.terms ??= []).push(term);
        else if (name === 'mainTerm') tree.mainTerms.push(term);
        else throw malformedXml(file, stream.line(), '<term> outside a <mainTerm>');
        terms.push(term);
      }
    },
    close(name, text) {
      const parentElement = elements.at(-2);
      const attributes = attrs.at(-1) ?? {};
      const term = terms.at(-1);
      if (name === 'version' && parentElement === 'ICD10CM.index') tree.version = text;
      else if (name === 'title' && parentElement === 'ICD10CM.index') tree.title = text;
      else if (name === 'head' && parentElement === 'indexHeading') {
        headCount++;
        tree.headings[Number(attributes.col ?? headCount)] = text;
      } else if (term && (parentElement === 'mainTerm' || parentElement === 'term')) closeTermChild(term, name, text, attributes);
      else if (term && name === 'nemod' && parentElement === 'title') term.nemod = term.nemod ? `${term.nemod} ${text}` : text;
      if (name === 'mainTerm' || name === 'term') {
        // the official index has a few terms whose title is only a nonessential modifier: '<title><nemod>(taser)</nemod></title>'
        if (term && !term.title && term.nemod) term.title = term.nemod;
        if (!term?.title) throw malformedXml(file, stream.line(), `<${name}> without a <title>`);
        terms.pop();
      }
      elements.pop();
      attrs.pop();
    },
  });
  return {
    write: (chunk) => stream.write(chunk),
    end() {
      stream.end();
      if (elements.length === 0 && !tree.version) throw malformedXml(file, stream.line(), 'no <version> under <ICD10CM.index>');
      return tree;
    },
  };
}

function closeTermChild(term: IndexTerm, name: string, text: string, attributes: Record<string, string>): void {
  if (name === 'title') term.title = text;
  else if (name === 'cell') {
    if (text && !/^-+$/.test(text)) (term.cells ??= {})[Number(attributes.col)] = text;
  } else {
    const field = REFERENCE_FIELDS[name];
    if (field) (term as unknown as Record<string, string>)[field] = text;
  }
}
