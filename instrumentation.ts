// Runs once when a server instance starts (never during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ startSweeper }, { pruneSignInState }, { startPushDispatcher }, { getDb }] = await Promise.all([
    import('./lib/reservations/sweeper'),
    import('./lib/auth/prune'),
    import('./lib/push/dispatcher'),
    import('./lib/db'),
  ])
  // Expires lapsed holds and overdue reservations, sends reminders and queued mail; drops spent sign-in codes, challenges and rate-limit windows.
  startSweeper(getDb, [(db) => pruneSignInState(db)])
  // Sends "ready for pickup" and "points earned" push notifications.
  startPushDispatcher(getDb)
}
