/**
 * Vitest global set-up: the Debian packages some tests drive (poppler-utils for page images and
 * pdffonts, qpdf, chromium for browser tests and the benchmark's reference, postgresql for the
 * journal and the queue, unzip to check batch archives). Installed once when missing, so `npm test` works on a fresh machine
 * (the machine has apt-get and runs as root; CI likewise). Nothing here is downloaded from
 * anywhere but Debian's packages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/** The PostgreSQL server's initdb (the client package alone also makes /usr/lib/postgresql/<version>/bin). */
const postgresServer = (): boolean => {
  const root = '/usr/lib/postgresql';
  return existsSync(root) && readdirSync(root).some((version) => existsSync(`${root}/${version}/bin/initdb`));
};

/** Debian package → a check that proves it is installed. */
export const SYSTEM_PACKAGES: Record<string, () => boolean> = {
  'poppler-utils': () => existsSync('/usr/bin/pdftoppm'),
  qpdf: () => existsSync('/usr/bin/qpdf'),
  chromium: () => existsSync('/usr/bin/chromium'),
  postgresql: postgresServer,
  unzip: () => existsSync('/usr/bin/unzip'),
};

export function missingPackages(): string[] {
  return Object.entries(SYSTEM_PACKAGES)
    .filter(([, installed]) => !installed())
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
