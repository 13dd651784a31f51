// Coding engine figures: start-up (code sets from the official files, then the lexicon) and notes per
// second on one core for 1-3 KB notes (the development set and the seeder's synthetic notes).
import { join } from 'node:path';
import { codeNote, loadCodingEngine, openCodingCodeSets, readCases, statedDateOfService, guessSetting } from '../src/coding/index';
import { PACKAGE_ROOT, sharedDataDir } from '../src/config/index';
import { calendarDate, parseCalendarDate } from '../src/dates/index';
import { createNoteRandom, NOTE_SCENARIOS } from '../src/seed/notes/index';
import type { BenchResult } from './types';

const round = (x: number) => Math.round(x * 10) / 10;

function syntheticNotes(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const scenario = NOTE_SCENARIOS[i % NOTE_SCENARIOS.length]!;
    const random = createNoteRandom(1000 + i);
    const sex = scenario.sexes[i % scenario.sexes.length]!;
    const age = Math.round((scenario.ageRange[0] + scenario.ageRange[1]) / 2);
    out.push(scenario.generate(random, { firstName: 'Ann', lastName: 'Lee', sex, ageYears: age, dateOfService: '2023-03-15', newPatient: i % 2 === 0 }).text);
  }
  return out;
}

export async function run(): Promise<BenchResult[]> {
  const data = sharedDataDir();
  if (!data) return [{ name: 'coding', figures: {}, notes: 'skipped: ../shared/data not found' }];
  const t0 = performance.now();
  const sets = await openCodingCodeSets(data);
  const t1 = performance.now();
  const engine = loadCodingEngine(sets);
  const t2 = performance.now();
  const dev = readCases(join(PACKAGE_ROOT, 'src', 'coding', 'devset')).notes.map((n) => n.text);
  const notes = [...syntheticNotes(400), ...dev].filter((t) => t.length >= 300);
  const bytes = notes.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const fallback = calendarDate('2023-06-01');
  for (const text of notes.slice(0, 20)) codeNote(engine, text, { dateOfService: fallback, setting: 'outpatient' }); // warm-up
  const t3 = performance.now();
  let codes = 0;
  for (const text of notes) {
    const r = codeNote(engine, text, { dateOfService: parseCalendarDate(statedDateOfService(text) ?? '') ?? fallback, setting: guessSetting(text) });
    codes += r.diagnoses.length + r.procedures.length;
  }
  const seconds = (performance.now() - t3) / 1000;
  return [
    {
      name: 'coding engine start-up',
      figures: { 'code sets from files (ms)': Math.round(t1 - t0), 'lexicon build (ms)': Math.round(t2 - t1), 'lexicon entries': engine.lexicon.entries.length },
      notes: 'the CLI loads the imported snapshots from storage when present (faster than parsing the XML)',
    },
    {
      name: 'coding throughput, one core',
      figures: { notes: notes.length, 'mean note size (KB)': round(bytes / notes.length / 1024), 'notes/s': round(notes.length / seconds), 'ms/note': round((seconds * 1000) / notes.length), 'codes/note': round(codes / notes.length) },
      notes: 'target ≥ 50 notes/s',
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(JSON.stringify(r));
}
