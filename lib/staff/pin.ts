import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt with N = 2^15: ~50-100 ms per try on a server core, so a stolen table of 4-6 digit PINs
// still costs real time per guess, while sign-in stays instant for a person.
const PARAMS = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } satisfies ScryptOptions
const KEYLEN = 32

const derive = (pin: string, salt: Buffer, params: ScryptOptions = PARAMS) =>
  new Promise<Buffer>((resolve, reject) => scrypt(pin, salt, KEYLEN, params, (e, key) => (e ? reject(e) : resolve(key))))

/** A PIN is 4 to 8 digits. */
export const PIN_PATTERN = /^\d{4,8}$/

/** `scrypt$N$r$p$salt$hash` (base64url), so the cost can be raised later without breaking old hashes. */
export async function hashPin(pin: string, salt: Buffer = randomBytes(16)): Promise<string> {
  if (!PIN_PATTERN.test(pin)) throw new Error('A PIN is 4 to 8 digits.')
  const key = await derive(pin, salt)
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const params = { N: Number(n), r: Number(r), p: Number(p), maxmem: PARAMS.maxmem }
  const key = await derive(pin, Buffer.from(salt, 'base64url'), params)
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** A hash that verifies nothing, compared against when the staff id is unknown so timing does not tell ids apart. */
export const DECOY_HASH = `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(KEYLEN).toString('base64url')}`
