import type { ReservationStatus } from '../db/schema'

// The reservation policy in one place (pure: the shopper's pages import it too).

/** The most of one item, and the most items, one reservation takes. */
export const MAX_LINE_QUANTITY = 5
export const MAX_LINES = 10

/** A cart hold lasts this long unless the shopper confirms or, still on the final step, extends it. */
export const HOLD_MINUTES = 5
/** An abandoned-but-extended hold can never outlive this: a flash sale's stock goes back to everyone. */
export const HOLD_MAX_MINUTES = 15
/** A placed reservation waits this long for pickup. */
export const PICKUP_DAYS = 3
/** The reminder goes out when this little time is left. */
export const REMINDER_HOURS = 24

export const OPEN: ReservationStatus[] = ['held', 'pending', 'ready', 'attention']
