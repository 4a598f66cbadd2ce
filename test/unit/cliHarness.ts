// Runs the CLI's main() in process for the CLI tests: streams that keep what is written, and one
// call with its exit code and both outputs.
import { main } from '../../src/cli/cli';

/** A stream that keeps what is written. */
export function sink(): { stream: NodeJS.WritableStream; text: () => string } {
  const chunks: string[] = [];
  const stream = { write: (s: string, cb?: (e?: Error | null) => void) => { chunks.push(s); cb?.(null); return true; }, on: () => stream, removeListener: () => stream };
  return { stream: stream as unknown as NodeJS.WritableStream, text: () => chunks.join('') };
}

/** main(argv) in process: its exit code and what it wrote to standard output and standard error. */
export async function runMain(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = sink();
  const err = sink();
  const code = await main(argv, out.stream, err.stream);
  return { code, stdout: out.text(), stderr: err.text() };
}
