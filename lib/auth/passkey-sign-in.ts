// Signing in with a passkey: usernameless (the authenticator offers the member's discoverable
// credential), the signature checked against the stored public key, the counter moved forward.
import { generateAuthenticationOptions, verifyAuthenticationResponse, type AuthenticationResponseJSON } from '@simplewebauthn/server'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import { getSecret } from '../secret'
import { saveChallenge, takeChallenge } from './challenges'
import { PasskeyFailed } from './errors'
import { CHALLENGE_MINUTES } from './policy'
import { authLimits, bucketOf, consumeRate } from './rate-limit'
import type { RelyingParty } from './relying-party'
import { PasskeySignInInput } from './schemas'
import { startSession, type SignInContext, type SignInResult } from './sign-in'

/** Options for navigator.credentials.get() with no allow-list: any passkey of this site may answer. Limited per IP (each one is a stored challenge). */
export async function authenticationOptions(db: Db, rp: RelyingParty, ctx: { ip: string; now?: Date }) {
  const now = ctx.now ?? new Date()
  await consumeRate(db, bucketOf(await getSecret(db), 'passkey-options-ip', ctx.ip), authLimits().checksPerIp, now)
  const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: 'required', timeout: CHALLENGE_MINUTES * 60_000 })
  await saveChallenge(db, 'authenticate', options.challenge, null, now)
  return options
}

type StoredPasskey = { member_id: string; public_key: string; counter: number | string; transports: string[] }

/**
 * A passkey's signature → a session. The challenge must be one we issued (and is used up); the
 * signature counter must move forward (a clone of the authenticator replaying an old count is
 * refused), enforced by a conditional UPDATE so two parallel uses of one count cannot both pass.
 */
export async function signInWithPasskey(db: Db, input: unknown, rp: RelyingParty, ctx: SignInContext): Promise<SignInResult> {
  const { response, scans } = PasskeySignInInput.parse(input)
  const now = ctx.now ?? new Date()
  await consumeRate(db, bucketOf(await getSecret(db), 'check-ip', ctx.ip), authLimits().checksPerIp, now)
  const [stored] = await rows<StoredPasskey>(db, sql`select member_id, public_key, counter, transports from passkeys where id = ${response.id}`)
  if (!stored) throw new PasskeyFailed('This passkey is not linked to an Aisle account any more. Sign in with an email code instead.')
  let result: Awaited<ReturnType<typeof verifyAuthenticationResponse>>
  try {
    result = await verifyAuthenticationResponse({
      response: response as unknown as AuthenticationResponseJSON,
      expectedChallenge: (challenge) => takeChallenge(db, 'authenticate', challenge, null, now),
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      credential: { id: response.id, publicKey: new Uint8Array(Buffer.from(stored.public_key, 'base64url')), counter: num(stored.counter), transports: stored.transports },
      requireUserVerification: true,
    })
  } catch {
    throw new PasskeyFailed()
  }
  if (!result.verified) throw new PasskeyFailed()
  const { newCounter, credentialBackedUp } = result.authenticationInfo
  const moved = await rows<{ member_id: string }>(
    db,
    sql`update passkeys set counter = ${newCounter}, last_used_at = ${now}, backed_up = ${credentialBackedUp}
        where id = ${response.id} and ((counter = 0 and ${newCounter}::int = 0) or counter < ${newCounter}::int)
        returning member_id`,
  )
  if (moved.length === 0) throw new PasskeyFailed('This passkey reported an old use count, so it was refused. Sign in with an email code instead.')
  return startSession(db, moved[0].member_id, 'passkey', ctx, scans ?? [])
}
