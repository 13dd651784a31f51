// Test support for the inquiry transactions (reads files: never imported by domain code).
export { sampleFiles, readX12File, readX12Text } from './load-samples';
export type { SampleFile } from './load-samples';
export { runSample, describeFindings, elementsOf } from './sample-round-trip';
export type { SampleRun } from './sample-round-trip';
export { itRoundTripsEverySample } from './samples.testkit';
export type { InquiryCodec, SampleExpectations } from './samples.testkit';
