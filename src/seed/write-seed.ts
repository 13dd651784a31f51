// Writes a synthetic practice into storage, in one transaction: a seed either lands whole or not at all.
import { Faker, base, en, en_US } from '@faker-js/faker';
import { systemActor } from '../auth/index';
import { domainError } from '../errors/index';
import {
  contentDigest, insertCoverages, insertDocuments, insertEncounters, insertFacilities, insertFeeSchedule, insertPatients,
  insertPayers, insertProviders, insertTenant, insertUsers, type Db, type Queryable,
} from '../store/index';
import { generateEncounter, scheduleVisits, SEED_PERIOD, type SeededEncounter } from './encounters';
import { generatePerson, type Person } from './population';
import { generatePractice, type Practice } from './practice';

export interface SeedOptions {
  seed: number;
  patients: number;
  encounters: number;
}

export interface SeedSummary {
  seed: number;
  tenantId: string;
  practice: string;
  patients: number;
  coverages: number;
  secondaryCoverages: number;
  encounters: number;
  notes: number;
  scenarios: number;
  period: { from: string; to: string };
  digest: string;
  seconds: number;
}

const BATCH = 1000;

export async function seedDatabase(db: Db, options: SeedOptions, onProgress: (done: number, total: number) => void = () => undefined): Promise<SeedSummary> {
  const started = performance.now();
  const faker = new Faker({ locale: [en_US, en, base], seed: options.seed });
  const practice = generatePractice(options.seed);
  const existing = await db.query('SELECT 1 FROM tenants WHERE id = $1', [practice.tenant.id]);
  if (existing.length > 0) {
    throw domainError('seed.exists', `this database already holds the practice seeded with --seed ${options.seed}; use a fresh --data-dir or another --seed`);
  }
  const people = Array.from({ length: options.patients }, (_, i) => generatePerson(faker, options.seed, i, practice));
  const visits = scheduleVisits(faker, options.encounters, people.map((p) => p.patient.birthDate));
  const total = options.patients + options.encounters;
  const scenarios = new Set<string>();
  await db.transaction(async (tx) => {
    await writePractice(tx, practice);
    const actor = systemActor(practice.tenant.id);
    for (let i = 0; i < people.length; i += BATCH) {
      const batch = people.slice(i, i + BATCH);
      await insertPatients(tx, actor, batch.map((p) => p.patient));
      await insertCoverages(tx, actor, batch.flatMap((p) => p.coverages));
      onProgress(i + batch.length, total);
    }
    const seen = new Set<number>();
    for (let i = 0; i < visits.length; i += BATCH) {
      const batch: SeededEncounter[] = visits.slice(i, i + BATCH).map((v) => {
        const first = !seen.has(v.personIndex);
        seen.add(v.personIndex);
        return generateEncounter(options.seed, v, people[v.personIndex]!, first, practice);
      });
      for (const e of batch) if (e.document.scenario) scenarios.add(e.document.scenario);
      await insertEncounters(tx, actor, batch.map((e) => e.encounter));
      await insertDocuments(tx, actor, batch.map((e) => e.document));
      onProgress(options.patients + i + batch.length, total);
    }
  });
  return {
    seed: options.seed,
    tenantId: practice.tenant.id,
    practice: practice.tenant.name,
    patients: people.length,
    coverages: people.reduce((s, p) => s + p.coverages.length, 0),
    secondaryCoverages: people.filter((p: Person) => p.coverages.some((c) => c.priority === 2)).length,
    encounters: visits.length,
    notes: visits.length,
    scenarios: scenarios.size,
    period: SEED_PERIOD,
    digest: await contentDigest(db),
    seconds: (performance.now() - started) / 1000,
  };
}

async function writePractice(tx: Queryable, practice: Practice): Promise<void> {
  const actor = systemActor(practice.tenant.id);
  await insertTenant(tx, practice.tenant);
  await insertUsers(tx, actor, practice.users);
  await insertProviders(tx, actor, [practice.billingProvider, ...practice.clinicians, practice.referringProvider]);
  await insertFacilities(tx, actor, [practice.facility]);
  await insertPayers(tx, actor, Object.values(practice.payers));
  await insertFeeSchedule(tx, actor, practice.feeSchedule);
}
