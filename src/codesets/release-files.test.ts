import { describe, expect, it } from 'vitest';
import { classifyReleaseFiles, groupByFiscalYear } from './release-files';

describe('which files make which release', () => {
  const shared = ['icd10cm-order-Jan-2021.txt', 'icd10cm_codes_2024_order_derived.csv', 'icd10cm_index_2023.xml', 'icd10cm_tabular_2023.xml', 'PROVENANCE.md'];

  it('reads the fiscal year from the name: a bare year is the FY, a month-year the FY that month falls in', () => {
    expect(classifyReleaseFiles(shared)).toEqual([
      { kind: 'order-file', fiscalYear: 2021, name: 'icd10cm-order-Jan-2021.txt' },
      { kind: 'order-csv', fiscalYear: 2024, name: 'icd10cm_codes_2024_order_derived.csv' },
      { kind: 'index-xml', fiscalYear: 2023, name: 'icd10cm_index_2023.xml' },
      { kind: 'tabular-xml', fiscalYear: 2023, name: 'icd10cm_tabular_2023.xml' },
    ]);
    expect(classifyReleaseFiles(['icd10cm-order-Oct-2023.txt'])[0]!.fiscalYear).toBe(2024);
    expect(classifyReleaseFiles(['icd10cm_order_2025.txt', 'icd10cm_drug_2025.xml', 'icd10cm_eindex_2025.xml']).map((f) => f.kind)).toEqual(['order-file', 'drug-xml']);
  });

  it('--year picks one release of a folder that has several, and relabels a folder that has one', () => {
    expect(classifyReleaseFiles(shared, 2023).map((f) => f.name)).toEqual(['icd10cm_index_2023.xml', 'icd10cm_tabular_2023.xml']);
    expect(classifyReleaseFiles(['icd10cm_tabular.xml', 'icd10cm_order_2019.txt'], 2020).map((f) => f.fiscalYear)).toEqual([2020]);
  });

  it('an index alone does not make a release', () => {
    expect([...groupByFiscalYear(classifyReleaseFiles(['icd10cm_index_2022.xml', 'icd10cm_order_2023.txt'])).keys()]).toEqual([2023]);
  });
});
