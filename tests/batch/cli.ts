/** Runs the real `letters` command (bin/letters.js, as `npx letters` does) as a child process. */
import { type ChildProcess, spawn } from 'node:child_process';
import { projectPath } from '../../src/domain/project-path.ts';

export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function startLetters(args: readonly string[]): { child: ChildProcess; finished: Promise<Finished> } {
  const child = spawn(process.execPath, [projectPath('bin/letters.js'), ...args], { cwd: projectPath('.') });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, finished };
}

export const runLetters = (args: readonly string[]) => startLetters(args).finished;
