import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
  },
  test: {
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'components/**/*.test.ts'],
    // Seeded database templates, made once per run and copied per test file.
    globalSetup: ['lib/db/test-templates.ts'],
    testTimeout: 30000,
    hookTimeout: 30000,
    pool: 'forks',
    // Vitest's default leaves one core idle; test files are independent (each its own database).
    maxWorkers: Math.max(2, availableParallelism()),
  },
})
