#!/usr/bin/env node
// `npm test`: lint, typecheck, unit tests, production build, end-to-end tests.
// Runs the steps in order and stops at the first failure. The last line is
// `steps: N passed, N failed`. For local use, `npm test -- --skip=lint,e2e`
// leaves out the named steps.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, fmtMs, nextBin, run } from './lib/next.mjs'

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name)

// The build may prerender pages that open the database: give it its own
// throw-away PGlite directory so it never fights a running server for the lock.
const buildDataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-build-'))
process.on('exit', () => fs.rmSync(buildDataRoot, { recursive: true, force: true }))

// The tests' build lives beside the one `npm start` serves, so testing never replaces it.
const testDistDir = process.env.NEXT_DIST_DIR || '.next-test'

const steps = [
  { name: 'lint', cmds: [[bin('eslint'), ['--max-warnings=0', '.']]] },
  {
    name: 'typecheck',
    // `next typegen` writes next-env.d.ts and .next/types (route types) so a
    // fresh clone typechecks the same way as a built tree.
    cmds: [
      [process.execPath, [nextBin(), 'typegen']],
      [bin('tsc'), ['--noEmit']],
    ],
  },
  {
    name: 'unit',
    cmds: [[bin('vitest'), ['run', '--passWithNoTests']]],
    // TEST_DATABASE_URL (if set) is inherited, so DB tests also run on PostgreSQL.
  },
  {
    name: 'build',
    cmds: [[process.execPath, [nextBin(), 'build']]],
    env: { NODE_ENV: 'production', AISLE_DATA_DIR: path.join(buildDataRoot, 'pglite'), NEXT_DIST_DIR: testDistDir },
  },
  { name: 'e2e', cmds: [[bin('playwright'), ['test']]], env: { NEXT_DIST_DIR: testDistDir } },
]

const skip = new Set(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--skip='))
    .flatMap((a) => a.slice('--skip='.length).split(','))
    .filter(Boolean),
)
for (const name of skip) {
  if (!steps.some((s) => s.name === name)) {
    console.error(`unknown step "${name}" in --skip (steps: ${steps.map((s) => s.name).join(', ')})`)
    process.exit(2)
  }
}

const line = '━'.repeat(72)
const results = []
let failed = false
const t0 = performance.now()

if (process.env.TEST_DATABASE_URL) {
  console.log(`TEST_DATABASE_URL is set: database tests also run against PostgreSQL`)
}

for (const [i, step] of steps.entries()) {
  if (skip.has(step.name)) {
    console.log(`\n- [${i + 1}/${steps.length}] ${step.name}: skipped (--skip)`)
    results.push({ name: step.name, skipped: true, ok: false, ms: 0 })
    continue
  }
  const label = step.cmds
    .map(([cmd, args]) => (cmd === process.execPath ? ['next', ...args.slice(1)] : [path.basename(cmd), ...args]).join(' '))
    .join(' && ')
  console.log(`\n${line}\n▶ [${i + 1}/${steps.length}] ${step.name}: ${label}\n${line}`)
  const start = performance.now()
  let code = 0
  for (const [cmd, args] of step.cmds) {
    try {
      ;({ code } = await run(cmd, args, { cwd: ROOT, env: { ...process.env, ...step.env } }))
    } catch (err) {
      console.error(`could not run ${cmd}: ${err.message}`)
      code = 1
    }
    if (code !== 0) break
  }
  const ms = performance.now() - start
  results.push({ name: step.name, ok: code === 0, ms })
  if (code === 0) {
    console.log(`✔ ${step.name} passed in ${fmtMs(ms)}`)
  } else {
    console.log(`\n✘ ${step.name} FAILED (exit ${code}) after ${fmtMs(ms)}; stopping.`)
    failed = true
    break
  }
}

const passed = results.filter((r) => r.ok).length
const failedCount = results.filter((r) => !r.ok && !r.skipped).length
const skipped = steps.length - passed - failedCount
console.log(`\n${line}`)
for (const r of results) {
  console.log(`  ${r.skipped ? '-' : r.ok ? '✔' : '✘'} ${r.name.padEnd(10)} ${r.skipped ? 'skipped' : fmtMs(r.ms)}`)
}
for (const s of steps.slice(results.length)) console.log(`  - ${s.name.padEnd(10)} skipped`)
console.log(`  total      ${fmtMs(performance.now() - t0)}${skipped ? ` (${skipped} step(s) skipped)` : ''}`)
console.log(line)
console.log(`steps: ${passed} passed, ${failedCount} failed`)
process.exit(failed ? 1 : 0)
