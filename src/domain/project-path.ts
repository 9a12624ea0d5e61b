/** Absolute paths to the project's data trees (templates/, locales/, data/, samples/), wherever the process runs. */
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const projectPath = (relative: string): string => `${root}${relative}`;
