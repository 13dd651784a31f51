import { join } from 'node:path';
import { buildCodeSearch, importFolder, lookupIndex, openCodeSets, renderIndexLookup, validateCode } from '../codesets/index';
import { calendarDate } from '../dates/index';
import type { DemoStage } from './stage';

/** Imports ICD-10-CM FY2023 (tabular + index) into the demo database and looks codes up as a coder would. */
export const codeSetsStage: DemoStage = {
  name: 'code sets',
  async run({ db, codeSetDir }) {
    if (!codeSetDir) {
      return { stage: 'code sets', lines: ['skipped: no code-set folder (set OPENRCM_CODESETS)'], figures: { importSeconds: 0 } };
    }
    const started = performance.now();
    const outcomes = await importFolder(db, join(codeSetDir, 'icd10cm'), [], { fiscalYear: 2023 });
    const importSeconds = (performance.now() - started) / 1000;
    const sets = await openCodeSets(db);
    const dos = calendarDate('2023-03-01');
    const lines = outcomes.map((o) => `${o.system} ${o.release}: ${o.outcome} (${o.codeCount ?? 'same'} codes) in ${importSeconds.toFixed(1)} s`);
    for (const code of ['S72.001A', 'T36.0X1A', 'E11', 'S72.001', 'E11.22']) {
      const v = validateCode(sets.icd10cm, code, dos);
      lines.push(`validate ${code.padEnd(9)} on ${dos}: ${v.status === 'invalid' ? `invalid: ${v.message}` : v.status === 'header' ? `header, not billable (${v.billableChildren.length} billable codes below it)` : `billable: ${v.title}`}`);
    }
    const release = sets.icd10cm.pick(dos);
    if (release?.index) {
      const lookup = lookupIndex(release, release, 'fracture, femur, shaft');
      lines.push('index walk "fracture, femur, shaft":', ...renderIndexLookup(lookup).slice(0, 6).map((l) => `  ${l}`));
    }
    const { engine } = buildCodeSearch({ sets, dateOfService: dos });
    for (const query of ['htn w ckd stage 3', 'copd exacerbaton', 'dm2 neuropathy']) {
      const started = performance.now();
      const hits = engine.search(query, { limit: 3, dateOfService: dos });
      const ms = performance.now() - started;
      lines.push(`search "${query}" (${ms.toFixed(2)} ms): ${hits.map((h) => `${h.code} ${h.title}`).join(' | ')}`);
    }
    return { stage: 'code sets', lines, figures: { importSeconds: Number(importSeconds.toFixed(1)) } };
  },
};
