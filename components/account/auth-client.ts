// What the account screens say about a failed BFF call (the calls themselves: lib/api-client).

/** A failure as a sentence for the screen. */
export const messageOf = (e: unknown) => (e instanceof Error && e.message ? e.message : 'Something went wrong. Try again.')
