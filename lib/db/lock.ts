import fs from 'node:fs'
import path from 'node:path'

export class DatabaseLockedError extends Error {
  constructor(lockFile: string, pid: number) {
    super(
      `The embedded database is already open in another process (pid ${pid}, lock ${lockFile}). ` +
        'PGlite is single-process: stop that process, or set DATABASE_URL to use PostgreSQL.',
    )
    this.name = 'DatabaseLockedError'
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Lock files this process holds, shared by every copy of this module in the process. */
const held: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('aisle.db.locks')] ??= new Set<string>()) as Set<string>

/**
 * Takes an exclusive lock file next to the data directory. A lock left by a dead process is
 * taken over; a live holder gets a clear error rather than two writers silently diverging.
 */
export function acquireLock(lockFile: string): () => void {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true })
  if (held.has(lockFile)) throw new DatabaseLockedError(lockFile, process.pid)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockFile, 'wx')
      fs.writeSync(fd, String(process.pid))
      fs.closeSync(fd)
      held.add(lockFile)
      let released = false
      const release = () => {
        if (released) return
        released = true
        held.delete(lockFile)
        process.off('exit', release)
        try {
          if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile)
        } catch {
          // already gone
        }
      }
      process.on('exit', release)
      return release
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const pid = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10)
      if (Number.isFinite(pid) && pid !== process.pid && alive(pid)) throw new DatabaseLockedError(lockFile, pid)
      fs.rmSync(lockFile, { force: true })
    }
  }
  throw new Error(`Could not take the database lock ${lockFile}`)
}
