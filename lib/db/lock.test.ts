import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { acquireLock, DatabaseLockedError } from './lock'
import { openDb } from './client'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-lock-'))
const lockFile = path.join(dir, 'pglite.lock')

afterEach(() => fs.rmSync(lockFile, { force: true }))

describe('the embedded database lock', () => {
  it('is exclusive while its holder lives, and released on close', () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'])
    try {
      fs.writeFileSync(lockFile, String(sleeper.pid))
      expect(() => acquireLock(lockFile)).toThrow(DatabaseLockedError)
      expect(() => acquireLock(lockFile)).toThrow(/pid \d+/)
    } finally {
      sleeper.kill()
    }
  })

  it('refuses a second open inside the same process', () => {
    const release = acquireLock(lockFile)
    try {
      expect(() => acquireLock(lockFile)).toThrow(DatabaseLockedError)
    } finally {
      release()
    }
    acquireLock(lockFile)()
  })

  it('takes over a lock left by a dead process', async () => {
    const dead = spawn(process.execPath, ['-e', ''])
    await new Promise((r) => dead.on('exit', r))
    fs.writeFileSync(lockFile, String(dead.pid))
    const release = acquireLock(lockFile)
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid))
    release()
    expect(fs.existsSync(lockFile)).toBe(false)
  })

  it('makes a second open of the same data directory fail clearly, not lose writes', async () => {
    const dataDir = path.join(dir, 'db')
    const first = await openDb({ dataDir })
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '-e', `import('${path.resolve('lib/db/client.ts')}').then(m => (m.openDb ?? m.default.openDb)({ dataDir: '${dataDir}' })).then(() => process.exit(0), e => { console.error(e.name); process.exit(3) })`],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      )
      let stderr = ''
      child.stderr.on('data', (d) => (stderr += d))
      const code = await new Promise((r) => child.on('exit', r))
      expect(code).toBe(3)
      expect(stderr).toContain('DatabaseLockedError')
    } finally {
      await first.close()
    }
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false)
  }, 60_000)
})
