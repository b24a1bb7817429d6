// The wishlist: documented BFF operations.
import type { Operation } from '../operation'

export const wishlistOperations: Operation[] = []
