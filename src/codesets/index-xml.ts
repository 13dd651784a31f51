// The ICD-10-CM Alphabetic Index to Diseases and Injuries (icd10cm_index_YYYY.xml).
import { createIndexTreeParser } from './index-tree-xml';
import type { AlphabeticIndex } from './types';

export interface AlphabeticIndexParser {
  write(chunk: string): void;
  end(): AlphabeticIndex;
}

export function createIndexParser(file: string): AlphabeticIndexParser {
  const tree = createIndexTreeParser(file);
  return {
    write: (chunk) => tree.write(chunk),
    end() {
      const { version, title, mainTerms } = tree.end();
      return { version, title, mainTerms };
    },
  };
}

export function parseIndexXml(xml: string, file = 'index.xml'): AlphabeticIndex {
  const parser = createIndexParser(file);
  parser.write(xml);
  return parser.end();
}
