export type { Db, Queryable, Row, Engine } from './db';
export { openDb, type OpenOptions } from './open';
export { migrate, migrationStatus, bundledMigrations, type Migration, type MigrationStatus } from './migrations';
export { testEngines, openTestDb, testConfig, uniqueSchema, TEST_POSTGRES_URL } from './testing';
