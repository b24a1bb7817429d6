import fs from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

const chromiumPath = '/usr/bin/chromium'
const isRoot = process.getuid?.() === 0

/**
 * How every spec launches Chromium: Debian's build when present (Playwright cannot download its
 * own here), no sandbox as root, and nothing reaching for Google's hosts. A spec that needs more
 * flags (a fake camera) extends this rather than replacing it.
 */
export function launchOptions(extraArgs: string[] = []): LaunchOptions {
  return {
    ...(fs.existsSync(chromiumPath) ? { executablePath: chromiumPath } : {}),
    args: [
      ...(isRoot ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...extraArgs,
    ],
  }
}

/** Chromium's fake camera playing a generated .y4m video (see e2e/global-setup.ts). */
export const fakeCamera = (file: string) =>
  launchOptions(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`])
