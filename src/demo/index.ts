export { DEMO_STAGES } from './stages';
export type { DemoStage, DemoContext, DemoStageReport } from './stage';
