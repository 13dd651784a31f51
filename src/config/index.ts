export { resolveCodeSetDir, sharedDataDir, sharedSamplesDir, PACKAGE_ROOT } from './codesets-location';
export type { CodeSetLocation, CodeSetSource } from './codesets-location';
export { databaseConfig, defaultDataDir } from './database-config';
export type { DatabaseConfig } from './database-config';
