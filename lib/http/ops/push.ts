// Web Push subscriptions: documented BFF operations.
import type { Operation } from '../operation'

export const pushOperations: Operation[] = []
