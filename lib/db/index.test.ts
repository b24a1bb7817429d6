import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { expect, it } from 'vitest'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-open-'))
process.env.AISLE_DATA_DIR = path.join(dir, 'db')
process.env.AISLE_DEMO_SEED = 'off'
delete process.env.DATABASE_URL

it('does not cache a failed open: the next call tries again', async () => {
  const { getDb } = await import('.')
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
  fs.writeFileSync(`${process.env.AISLE_DATA_DIR}.lock`, String(holder.pid))
  try {
    await expect(getDb()).rejects.toThrow(/already open in another process/)
  } finally {
    holder.kill()
    await new Promise((r) => holder.on('exit', r))
  }
  const db = await getDb()
  expect(db).toBe(await getDb())
}, 60_000)
