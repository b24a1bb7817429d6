import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { launchOptions } from './e2e/browser'

// E2E_PORT lets two runs (two checkouts, or a bench beside the tests) share a machine.
const PORT = Number(process.env.E2E_PORT ?? 3100)
const BASE_URL = `http://127.0.0.1:${PORT}`

// Fresh, unique database directory per run. The config is evaluated in the
// runner process and again in every worker; the env var makes sure the temp
// dir is created once (workers inherit it) and removed by its creator.
if (!process.env.AISLE_E2E_DATA_ROOT) {
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-e2e-'))
  process.env.AISLE_E2E_DATA_ROOT = dataRoot
  process.on('exit', () => fs.rmSync(dataRoot, { recursive: true, force: true }))
}
// Lock file `<dir>.lock` lands next to the data dir, inside the temp root.
const dataDir = path.join(process.env.AISLE_E2E_DATA_ROOT, 'pglite')

export default defineConfig({
  testDir: 'e2e',
  // Fake-camera videos and photos made from catalogue barcodes (e2e/scan-fixtures.ts).
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // CI machines are 2 cores shared by the server, two browsers and axe: long journeys need room.
  timeout: process.env.CI ? 60_000 : 30_000,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: launchOptions(),
      },
    },
  ],
  // Serves the EXISTING production build (scripts/test.mjs builds once);
  // Playwright never builds.
  webServer: {
    // The production server as `npm start` runs it (Next.js plus the fast lane for hot reads).
    command: 'node server.mjs',
    // Waiting for `/` (not just the port) makes the first request, which runs
    // migrations and seeds the demo catalogue, happen before any test starts.
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      ...(process.env as Record<string, string>),
      NODE_ENV: 'production',
      PORT: String(PORT),
      HOSTNAME: '127.0.0.1',
      AISLE_DATA_DIR: dataDir,
      // Mail stays in the outbox (no SMTP in tests); the specs read it at /dev/outbox.
      AISLE_DEV_OUTBOX: 'on',
      // Every spec signs in from 127.0.0.1: the per-IP sign-in limit would otherwise trip mid-suite.
      AISLE_RATE_LIMIT_IP: '1000',
    },
  },
})
