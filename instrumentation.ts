// Runs once when a server instance starts (never during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ startSweeper }, { getDb }] = await Promise.all([import('./lib/reservations/sweeper'), import('./lib/db')])
  // Expires lapsed holds and overdue reservations, sends reminders and queued mail.
  startSweeper(getDb)
}
