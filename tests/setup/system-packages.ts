/**
 * Vitest global set-up: the Debian packages some tests drive (poppler-utils for page images and
 * pdffonts, qpdf, chromium for browser tests and the benchmark's reference, postgresql for the
 * journal and the queue, unzip to check batch archives). Installed once when missing, so `npm test` works on a fresh machine
 * (the machine has apt-get and runs as root; CI likewise). Nothing here is downloaded from
 * anywhere but Debian's packages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian package → a file that proves it is installed. */
export const SYSTEM_PACKAGES: Record<string, string> = {
  'poppler-utils': '/usr/bin/pdftoppm',
  qpdf: '/usr/bin/qpdf',
  chromium: '/usr/bin/chromium',
  postgresql: '/usr/lib/postgresql',
  unzip: '/usr/bin/unzip',
};

export function missingPackages(): string[] {
  return Object.entries(SYSTEM_PACKAGES)
    .filter(([, proof]) => !existsSync(proof))
    .map(([name]) => name);
}

export default function setup() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  console.log(`installing Debian packages for the tests: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
