// The member wallet, card token, receipts and passes: documented BFF operations.
import type { Operation } from '../operation'

export const walletOperations: Operation[] = []
