/** Runs the Debian PDF tools (poppler-utils, qpdf) on bytes written to tests/.output/. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { projectPath } from '../../src/domain/project-path.ts';

export function writeOutput(name: string, bytes: Uint8Array): string {
  const dir = projectPath('tests/.output');
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/${name}`;
  writeFileSync(file, bytes);
  return file;
}

export interface ToolResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function run(tool: string, args: readonly string[]): ToolResult {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
