// A signed-in member adds a passkey: options with a fresh challenge, then the browser's answer verified and kept.
import { generateRegistrationOptions, verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server'
import { sql } from 'drizzle-orm'
import type { SessionMember } from '../customers/sessions'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { takeChallenge, saveChallenge } from './challenges'
import { PasskeyFailed } from './errors'
import { CHALLENGE_MINUTES } from './policy'
import type { RelyingParty } from './relying-party'
import { PasskeyRegisterInput } from './schemas'
import { cleanTransports, toPasskeyView, type PasskeyRow, type PasskeyView } from './passkeys'

/**
 * Options for navigator.credentials.create(): a discoverable credential (so it can sign in without
 * typing an email) with user verification, never one this member already has on the authenticator.
 */
export async function registrationOptions(db: Db, member: SessionMember, rp: RelyingParty, now = new Date()) {
  const existing = await rows<{ id: string; transports: string[] }>(db, sql`select id, transports from passkeys where member_id = ${member.memberId}`)
  const options = await generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userName: member.email,
    // The member id, not the email: the authenticator keeps it, and it says nothing about the person.
    userID: new TextEncoder().encode(member.memberId),
    userDisplayName: member.name || member.email,
    attestationType: 'none',
    timeout: CHALLENGE_MINUTES * 60_000,
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  })
  await saveChallenge(db, 'register', options.challenge, member.memberId, now)
  return options
}

/** Verifies the browser's new credential against this member's outstanding challenge and keeps its public key. */
export async function registerPasskey(db: Db, member: SessionMember, input: unknown, rp: RelyingParty, now = new Date()): Promise<PasskeyView> {
  const { response, name } = PasskeyRegisterInput.parse(input)
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>
  try {
    verification = await verifyRegistrationResponse({
      response: response as unknown as RegistrationResponseJSON,
      expectedChallenge: (challenge) => takeChallenge(db, 'register', challenge, member.memberId, now),
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    })
  } catch {
    throw new PasskeyFailed('The passkey could not be added: the request was not valid or has expired. Try again.')
  }
  if (!verification.verified) throw new PasskeyFailed('The passkey could not be added. Try again.')
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo
  const [{ n }] = await rows<{ n: number | string }>(db, sql`select count(*) as n from passkeys where member_id = ${member.memberId}`)
  const label = name ?? (Number(n) === 0 ? 'Passkey' : `Passkey ${Number(n) + 1}`)
  const transports = cleanTransports(credential.transports)
  const [row] = await rows<PasskeyRow>(
    db,
    sql`insert into passkeys (id, member_id, public_key, counter, transports, device_type, backed_up, name, created_at)
        values (${credential.id}, ${member.memberId}, ${Buffer.from(credential.publicKey).toString('base64url')}, ${credential.counter},
                ${sql`array[${sql.join(transports.map((t) => sql`${t}`), sql`, `)}]::text[]`}, ${credentialDeviceType}, ${credentialBackedUp}, ${label}, ${now})
        on conflict (id) do nothing
        returning id, name, created_at, last_used_at, backed_up`,
  )
  if (!row) throw new PasskeyFailed('This passkey is already registered.')
  return toPasskeyView(row)
}
