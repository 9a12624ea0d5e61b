/** Builds requests from the samples with a few fields changed: the tests' way to state "these facts, but …". */
import { readFileSync } from 'node:fs';
import { projectPath } from '../../src/domain/project-path.ts';

export interface Envelope {
  letter: string;
  languages: string[];
  data: Record<string, unknown>;
}

export const sample = (letter: string, name: string): Envelope =>
  JSON.parse(readFileSync(projectPath(`samples/${letter}/${name}.json`), 'utf8')) as Envelope;

/** A deep copy of the sample with `data` fields replaced (shallow per top-level key). */
export const withData = (envelope: Envelope, changes: Record<string, unknown>): Envelope => ({
  ...structuredClone(envelope),
  data: { ...structuredClone(envelope.data), ...changes },
});
