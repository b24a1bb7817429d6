// Sign-in (email code, passkeys), sessions and the member profile: documented BFF operations.
import type { Operation } from '../operation'

export const accountOperations: Operation[] = []
