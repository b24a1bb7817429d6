// Who the passkeys are for: the relying party id (a host name) and the origin browsers sign for.
import { DomainError } from '../errors'

type Env = Record<string, string | undefined>

export type RelyingParty = { rpID: string; origin: string; rpName: string }

const RP_NAME = 'Aisle'

/**
 * NEXT_PUBLIC_SITE_URL when it is set (production: passkeys belong to that host, whatever Host a
 * request carries); otherwise the request's own host and scheme, so a local run on
 * http://localhost:3000 works without configuration. Browsers refuse an IP address as a relying
 * party: open a local run as `localhost`, not 127.0.0.1, to use passkeys.
 */
export function relyingParty(headers: Headers, env: Env = process.env): RelyingParty {
  const site = env.NEXT_PUBLIC_SITE_URL
  if (site) {
    const url = new URL(site)
    return { rpID: url.hostname, origin: url.origin, rpName: RP_NAME }
  }
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost').split(',')[0].trim()
  const proto = (headers.get('x-forwarded-proto') ?? 'http').split(',')[0].trim() === 'https' ? 'https' : 'http'
  let url: URL
  try {
    url = new URL(`${proto}://${host}`)
  } catch {
    throw new DomainError('bad-host', 400, 'Unknown host', 'The request names a host this site cannot use for passkeys.')
  }
  return { rpID: url.hostname, origin: url.origin, rpName: RP_NAME }
}
