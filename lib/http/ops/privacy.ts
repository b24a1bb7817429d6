// Consents, data export and account deletion: documented BFF operations.
import type { Operation } from '../operation'

export const privacyOperations: Operation[] = []
