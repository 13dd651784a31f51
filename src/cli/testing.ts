// Runs the CLI in-process with captured output, for tests.
import { Writable } from 'node:stream';
import { runCli } from './run';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): Writable & { text: string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  // defineProperty, not Object.assign: assign would copy the getter's value once, at creation.
  return Object.defineProperty(stream, 'text', { get: () => chunks.join('') }) as Writable & { text: string };
}

export async function runCliForTest(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(argv, { stdout, stderr, env: { ...env }, cwd: process.cwd() });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
