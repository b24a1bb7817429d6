// The sign-in rules in one place: how long a code lives, how many tries it gets.

/** A sign-in code lasts this long, and works once. */
export const CODE_MINUTES = 10
/** Wrong tries that kill a code (the next one must be requested). */
export const CODE_TRIES = 5
/** How long the sign-in page waits before offering to send another code. */
export const RESEND_SECONDS = 30
/** A WebAuthn ceremony must finish within this. */
export const CHALLENGE_MINUTES = 5
