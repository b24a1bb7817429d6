#!/usr/bin/env node
// `npm test`: lint, typecheck, unit tests, production build, end-to-end tests.
// Runs the steps in order and stops at the first failure. The last line is
// `steps: N passed, N failed`. For local use, `npm test -- --skip=lint,e2e`
// leaves out the named steps.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { ROOT, fmtMs, nextBin, run } from './lib/next.mjs'

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name)

// The build may prerender pages that open the database: give it its own
// throw-away PGlite directory so it never fights a running server for the lock.
const buildDataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-build-'))
process.on('exit', () => fs.rmSync(buildDataRoot, { recursive: true, force: true }))

// The tests' build lives beside the one `npm start` serves, so testing never replaces it.
const testDistDir = process.env.NEXT_DIST_DIR || '.next-test'

const steps = [
  // ESLint and tsc each use one core: typecheck runs beside lint (its output printed in its turn).
  { name: 'lint', cmds: [[bin('eslint'), ['--max-warnings=0', '.']]], alongside: 'typecheck' },
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

/** Runs a step's commands in order, stopping at the first failure; `quiet` collects the output instead. */
async function runStep(step, { quiet = false } = {}) {
  const start = performance.now()
  const env = { ...process.env, ...step.env }
  let code = 0
  let output = ''
  for (const [cmd, args] of step.cmds) {
    try {
      if (quiet) {
        code = await new Promise((resolve, reject) => {
          const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
          child.stdout.on('data', (d) => (output += d))
          child.stderr.on('data', (d) => (output += d))
          child.on('error', reject)
          child.on('close', (c, signal) => resolve(c ?? (signal ? 1 : 0)))
        })
      } else {
        ;({ code } = await run(cmd, args, { cwd: ROOT, env }))
      }
    } catch (err) {
      output += `could not run ${cmd}: ${err.message}\n`
      code = 1
    }
    if (code !== 0) break
  }
  return { code, output, ms: performance.now() - start }
}

const early = new Map()
for (const [i, step] of steps.entries()) {
  if (skip.has(step.name)) {
    console.log(`\n- [${i + 1}/${steps.length}] ${step.name}: skipped (--skip)`)
    results.push({ name: step.name, skipped: true, ok: false, ms: 0 })
    continue
  }
  const label = step.cmds
    .map(([cmd, args]) => (cmd === process.execPath ? ['next', ...args.slice(1)] : [path.basename(cmd), ...args]).join(' '))
    .join(' && ')
  const partner = step.alongside && !skip.has(step.alongside) ? steps.find((s) => s.name === step.alongside) : undefined
  if (partner) early.set(partner.name, runStep(partner, { quiet: true }))
  console.log(`\n${line}\n▶ [${i + 1}/${steps.length}] ${step.name}: ${label}${partner ? ` (${partner.name} runs alongside)` : ''}\n${line}`)
  const pending = early.get(step.name)
  const { code, output, ms } = pending ? await pending : await runStep(step)
  if (output) process.stdout.write(output)
  results.push({ name: step.name, ok: code === 0, ms })
  if (code === 0) {
    console.log(`✔ ${step.name} passed in ${fmtMs(ms)}`)
  } else {
    console.log(`\n✘ ${step.name} FAILED (exit ${code}) after ${fmtMs(ms)}; stopping.`)
    failed = true
    break
  }
}
// A step started early whose turn never came (an earlier step failed) is waited for, not orphaned.
await Promise.all(early.values())

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
