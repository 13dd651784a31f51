export interface BenchResult {
  name: string;
  figures: Record<string, number | string>;
  notes?: string;
}

export type Bench = () => Promise<BenchResult[]>;
