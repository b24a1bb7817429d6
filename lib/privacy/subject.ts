import { sign } from '../secret'

/** Who a privacy request was about, kept after erasure without naming them: an HMAC of the member id. */
export const privacySubject = (secret: Buffer, memberId: string) => sign(secret, 'privacy-subject', memberId, 24)
