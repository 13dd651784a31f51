export { seedDatabase, type SeedOptions, type SeedSummary } from './write-seed';
export { generatePractice, type Practice, type PayerKey } from './practice';
export { generatePerson, type Person } from './population';
export { generateEncounter, scheduleVisits, goldCodesOf, SEED_PERIOD, type Visit, type SeededEncounter } from './encounters';
export { deterministicUuid, childSeed } from './ids';
