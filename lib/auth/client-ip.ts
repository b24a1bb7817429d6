// Which client a request came from, for per-IP rate limits.
type Env = Record<string, string | undefined>

/**
 * The client's IP as the nearest trusted hop saw it. Next's server sets `X-Forwarded-For` to the
 * socket's address only when the request has none (it never appends), and a reverse proxy appends
 * the address it saw. So with AISLE_TRUSTED_PROXIES = N (0 or 1 for one proxy or none) the client
 * is the N-th entry from the end, counting the last as 1. Trust: with no proxy (N = 0) server.mjs
 * overwrites the header with the socket's address, so a client cannot pick its own bucket; behind
 * N proxies that append, the entry the nearest one added is the real peer.
 */
export function clientIp(headers: Headers, env: Env = process.env): string {
  const hops = Math.max(1, Number.parseInt(env.AISLE_TRUSTED_PROXIES ?? '', 10) || 0)
  const parts = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
  const ip = parts[Math.max(0, parts.length - hops)] ?? ''
  return /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip.toLowerCase() : 'unknown'
}
