export * from './segment';
export * from './spec';
