import { z } from 'zod'
import { DomainError } from '../errors'
import { isDatabaseUnavailable } from '../http/handler'

/** What a staff screen's server action answers when the change did not happen: a sentence to show, and its kind. */
export type ActionFailure = { ok: false; error: string; type: string }

/**
 * A failure as staff should read it: the domain's own sentence (wrong PIN, another store's
 * reservation, not enough stock), the first thing wrong with the input, or "try again" when the
 * database is away. Anything else is a bug and is rethrown to the error boundary.
 */
export function actionFailure(e: unknown): ActionFailure {
  if (e instanceof DomainError) return { ok: false, error: e.message, type: e.type }
  if (e instanceof z.ZodError) return { ok: false, error: e.issues[0]?.message ?? 'Check what you entered.', type: 'validation' }
  if (isDatabaseUnavailable(e)) return { ok: false, error: 'The system is not reachable right now. Wait a moment and try again.', type: 'unavailable' }
  throw e
}
