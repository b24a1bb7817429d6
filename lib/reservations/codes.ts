import { randomInt } from 'node:crypto'
import { sign, verifySignature } from '../secret'

// No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read aloud across a desk or typed from a phone is unambiguous.
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679'
export const PICKUP_CODE_LENGTH = 6

export function newPickupCode(): string {
  let code = ''
  for (let i = 0; i < PICKUP_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}

/** What a person types: case, spaces and dashes do not matter. */
export function normalizePickupCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  if (code.length !== PICKUP_CODE_LENGTH) return null
  return [...code].every((c) => ALPHABET.includes(c)) ? code : null
}

export { formatPickupCode } from './pickup-code'

export const newReservationId = () => {
  let id = 'res_'
  for (let i = 0; i < 16; i++) id += '0123456789abcdefghjkmnpqrstvwxyz'[randomInt(32)]
  return id
}

/** The capability token in the shopper's reservation link: only someone given the link can read or cancel it. */
export const accessKey = (secret: Buffer, reservationId: string) => sign(secret, 'reservation-access', reservationId, 24)
export const isAccessKey = (secret: Buffer, reservationId: string, key: string) =>
  key.length < 100 && verifySignature(secret, 'reservation-access', reservationId, key, 24)

/** What the pickup QR carries: the reservation and a signature, so a forged or guessed QR is refused. */
const PICKUP_PREFIX = 'AISLE-PICKUP:'
export const pickupToken = (secret: Buffer, reservationId: string) => `${PICKUP_PREFIX}${reservationId}.${sign(secret, 'pickup', reservationId)}`

/** The reservation id a scanned pickup QR names, when its signature is ours; null for anything else. */
export function readPickupToken(secret: Buffer, scanned: string): string | null {
  const text = scanned.trim()
  if (!text.toUpperCase().startsWith(PICKUP_PREFIX) || text.length > 120) return null
  const [id, signature] = text.slice(PICKUP_PREFIX.length).split('.')
  if (!id || !signature) return null
  return verifySignature(secret, 'pickup', id, signature) ? id : null
}
