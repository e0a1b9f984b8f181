import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return release.match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1] ?? os.type();
  } catch {
    return os.type();
  }
}

function version(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function machine(browserVersion) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    ramGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${osName()}, Linux ${os.release()}`,
    chromium: version('/usr/bin/chromium', ['--version']) || `Chromium ${browserVersion}`,
    node: process.version,
  };
}
