// Shared types re-exported for the engine files in one place.
export type { Delimiters, Segment, SegmentRef, X12Finding } from './segment';
export type { LoopNode } from './spec';
