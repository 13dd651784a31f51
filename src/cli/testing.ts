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
  return Object.assign(stream, {
    get text() {
      return chunks.join('');
    },
  });
}

export async function runCliForTest(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(argv, { stdout, stderr, env: { ...env }, cwd: process.cwd() });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
