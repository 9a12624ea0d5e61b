/**
 * The samples (samples/<letter>/<name>.json, invented people) as the page and translators use them:
 * officers load them into the form, translators preview letters with them and nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../../domain/project-path.ts';

export interface Sample {
  readonly name: string;
  readonly languages: readonly string[];
  readonly data: unknown;
}

export type SampleShelf = (letter: string) => readonly Sample[];

export function loadSamples(): SampleShelf {
  const shelf = new Map<string, Sample[]>();
  const root = projectPath('samples');
  for (const dir of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const samples = readdirSync(`${root}/${dir.name}`)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => {
        const envelope = JSON.parse(readFileSync(`${root}/${dir.name}/${file}`, 'utf8')) as Omit<Sample, 'name'>;
        return { name: file.slice(0, -5), languages: envelope.languages, data: envelope.data };
      });
    shelf.set(dir.name, samples);
  }
  return (letter) => shelf.get(letter) ?? [];
}
