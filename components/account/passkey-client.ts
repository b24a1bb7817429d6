import { startAuthentication, startRegistration, WebAuthnError } from '@simplewebauthn/browser'
import { browserScans } from './browser-scans'
import { postJson } from './auth-client'

export type SignedIn = { member: { id: string; email: string; name: string } }

/** The browser said no: cancelled, timed out, or no passkey for this site on this device. */
export class PasskeyCancelled extends Error {}

const wasCancelled = (e: unknown) =>
  (e instanceof WebAuthnError && e.code === 'ERROR_CEREMONY_ABORTED') || (e instanceof Error && (e.name === 'NotAllowedError' || e.name === 'AbortError'))

/** The browser's refusals that are about this site, said so a shopper can act on them. */
function plainly(e: unknown): Error {
  if (e instanceof WebAuthnError && (e.code === 'ERROR_INVALID_DOMAIN' || e.code === 'ERROR_INVALID_RP_ID')) {
    return new Error("Passkeys don't work at this web address. Sign in with an email code instead.")
  }
  return e instanceof Error ? e : new Error('The passkey did not work. Try again, or sign in with an email code.')
}

/**
 * Signs in with a passkey: with `autofill`, quietly, when the shopper picks one from the email
 * field's suggestions (conditional mediation); otherwise through the browser's own passkey dialog.
 */
export async function passkeySignIn(autofill: boolean): Promise<SignedIn> {
  const optionsJSON = await postJson<Parameters<typeof startAuthentication>[0]['optionsJSON']>('/api/v1/auth/passkeys/sign-in/options')
  let response: Awaited<ReturnType<typeof startAuthentication>>
  try {
    response = await startAuthentication({ optionsJSON, useBrowserAutofill: autofill })
  } catch (e) {
    // Autofill runs in the background before anyone picks anything: its failures (e.g. an address
    // passkeys can't use, like an IP) are nobody's business until the shopper asks for a passkey.
    if (autofill || wasCancelled(e)) throw new PasskeyCancelled()
    throw plainly(e)
  }
  return postJson<SignedIn>('/api/v1/auth/passkeys/sign-in', { response, scans: browserScans() })
}

/** Adds a passkey for the signed-in member; returns its name. */
export async function addPasskey(): Promise<{ name: string }> {
  const optionsJSON = await postJson<Parameters<typeof startRegistration>[0]['optionsJSON']>('/api/v1/auth/passkeys/register/options')
  let response: Awaited<ReturnType<typeof startRegistration>>
  try {
    response = await startRegistration({ optionsJSON })
  } catch (e) {
    if (wasCancelled(e)) throw new PasskeyCancelled()
    if (e instanceof WebAuthnError && e.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') throw new Error('This device already has a passkey for your account.')
    throw plainly(e)
  }
  return postJson<{ name: string }>('/api/v1/auth/passkeys/register', { response })
}
