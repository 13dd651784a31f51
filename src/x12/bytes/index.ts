// Reading X12 straight from bytes: the byte scanner (feed.ts) and what a reader reads its segments with.
export { feedBytes, type ByteSegmentSink } from './feed';
export { ByteSegment } from './segment';
export { ByteFields } from './fields';
export { okBytes } from './check';
export { byteCheckOf, type ByteCheck } from './compiled-check';
