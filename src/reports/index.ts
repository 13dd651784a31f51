// Revenue-cycle reports over plain data: A/R aging and the key performance indicators.
export * from './aging';
export * from './metrics';
