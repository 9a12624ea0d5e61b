/** Reads a request envelope from a file (or `-` for standard input): JSON, or a clear reason why not. */
import { readFileSync } from 'node:fs';

export type InputFile = { ok: true; value: unknown } | { ok: false; message: string };

export function readInputFile(file: string): InputFile {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { ok: false, message: `cannot read ${file} (${code})` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // JSON.parse's message can quote the text around the fault: personal data. Say where, not what.
    const position = /position (\d+)/.exec(String(error))?.[1];
    return { ok: false, message: `${file} is not valid JSON${position ? ` (at character ${position})` : ''}` };
  }
}
