import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RulesFileError, parseCoverageRules, parsePayerRules } from './parse-rules';
import { SAMPLE_COVERAGE_RULES, SAMPLE_PAYER_RULES } from './load-rules-files';

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof RulesFileError) return e.problems;
    throw e;
  }
  throw new Error('expected the rules file to be refused');
}

describe('rules files', () => {
  it('loads the sample payer rules and coverage rules', () => {
    expect(parsePayerRules(readFileSync(SAMPLE_PAYER_RULES, 'utf8'), 'payer.json').map((r) => r.id)).toContain('commercial.telehealth-modifier-95');
    expect(parseCoverageRules(readFileSync(SAMPLE_COVERAGE_RULES, 'utf8'), 'coverage.json')).toHaveLength(4);
  });

  it('refuses a rule with a mistake, naming the file, the line and the reason', () => {
    const text = `{
  "version": 1,
  "rules": [
    {
      "id": "x.one",
      "when": { "procedureCodes": ["99213"], "modifiersAbsent": ["9"] },
      "action": "block",
      "message": "m",
      "suggestedFix": "f"
    }
  ]
}`;
    const problems = problemsOf(() => parsePayerRules(text, 'rules/acme.json'));
    expect(problems.map(({ file, line, path }) => ({ file, line, path }))).toEqual([
      { file: 'rules/acme.json', line: 6, path: 'rules[0].when.modifiersAbsent[0]' },
      { file: 'rules/acme.json', line: 7, path: 'rules[0].action' },
    ]);
    expect(problems[0]!.reason).toBe('a two-character modifier such as 25 or XS');
    expect(problems[1]!.reason).toContain('hold');
  });

  it('refuses unknown keys (a typo in a condition) and a rule without conditions', () => {
    const text = '{"version":1,"rules":[\n{"id":"a","when":{"placeOfService":["11"]},"action":"warn","message":"m","suggestedFix":"f"}\n]}';
    const [p] = problemsOf(() => parsePayerRules(text, 'r.json'));
    expect(p).toMatchObject({ line: 2, path: 'rules[0].when' });
    expect(p!.reason).toMatch(/placeOfService/);
  });

  it('refuses invalid JSON with the line of the syntax error', () => {
    const [p] = problemsOf(() => parsePayerRules('{\n  "version": 1,\n  "rules": [\n    {"id": "a",}\n  ]\n}', 'broken.json'));
    expect(p).toMatchObject({ file: 'broken.json', line: 4 });
    expect(p!.reason).toMatch(/not valid JSON/);
  });

  it('refuses a coverage rule with neither diagnoses nor frequency, and duplicate payer rule ids', () => {
    const cov = '{"version":1,"rules":[{"id":"c","title":"t","procedureCodes":["82306"],"message":"m","suggestedFix":"f"}]}';
    expect(problemsOf(() => parseCoverageRules(cov, 'c.json'))[0]!.reason).toMatch(/coveredDiagnoses or frequency/);
    const rule = '{"id":"a","when":{"unitsAbove":1},"action":"warn","message":"m","suggestedFix":"f"}';
    expect(problemsOf(() => parsePayerRules(`{"version":1,"rules":[${rule},${rule}]}`, 'd.json'))[0]!.reason).toMatch(/same id/);
  });
});
