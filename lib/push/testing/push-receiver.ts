// A push service for tests, on 127.0.0.1: it checks each request the way a real one does (the
// VAPID JWT: ES256 under the `k` public key, audience = this origin, not expired) and then plays
// the browser, decrypting the aes128gcm body (RFC 8291 / RFC 8188) with the subscription's own
// private key and auth secret. Everything here is node:crypto, independent of web-push.
import { createDecipheriv, createECDH, createHmac, createPublicKey, randomBytes, verify, type ECDH } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A browser's subscription: the P-256 key pair and auth secret it keeps, and what it tells the server. */
export type TestSubscription = { endpoint: string; keys: { p256dh: string; auth: string }; ecdh: ECDH; authSecret: Buffer }

export type Received = {
  path: string
  /** The decrypted message, parsed. */
  message: unknown
  claims: { aud: string; exp: number; sub: string }
  vapidKey: string
  headers: { ttl: string | undefined; urgency: string | undefined; topic: string | undefined }
}

const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest()

/** RFC 8291 §3.4 and RFC 8188 §2: one aes128gcm record, decrypted as the user agent does. */
export function decryptPush(body: Buffer, ecdh: ECDH, authSecret: Buffer): Buffer {
  const salt = body.subarray(0, 16)
  const recordSize = body.readUInt32BE(16)
  const idLength = body[20]
  const serverPublic = body.subarray(21, 21 + idLength)
  const record = body.subarray(21 + idLength)
  if (idLength !== 65 || record.length > recordSize) throw new Error('unexpected aes128gcm header')
  const shared = ecdh.computeSecret(serverPublic)
  const ikm = hmac(hmac(authSecret, shared), Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), serverPublic, Buffer.from([1])]))
  const prk = hmac(salt, ikm)
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01', 'latin1')).subarray(0, 16)
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01', 'latin1')).subarray(0, 12)
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce)
  decipher.setAuthTag(record.subarray(record.length - 16))
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()])
  // The last record ends with the delimiter 0x02, then any zero padding.
  let end = padded.length - 1
  while (end >= 0 && padded[end] === 0) end--
  if (padded[end] !== 2) throw new Error('missing last-record delimiter')
  return padded.subarray(0, end)
}

/** RFC 8292: `vapid t=<JWT>, k=<public key>`; throws unless the JWT is ES256-signed by `k` for `audience` and unexpired. */
export function verifyVapid(authorization: string | undefined, audience: string): { claims: Received['claims']; vapidKey: string } {
  const m = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+),\s*k=([\w-]+)$/.exec(authorization ?? '')
  if (!m) throw new Error(`not a VAPID authorization: ${authorization}`)
  const [header, payload, signature] = m[1].split('.')
  const point = Buffer.from(m[2], 'base64url')
  if (point.length !== 65 || point[0] !== 4) throw new Error('k is not an uncompressed P-256 point')
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') },
    format: 'jwk',
  })
  if ((JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string }).alg !== 'ES256') throw new Error('JWT is not ES256')
  if (!verify('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))) {
    throw new Error('JWT signature does not verify')
  }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Received['claims']
  const now = Date.now() / 1000
  if (claims.aud !== audience) throw new Error(`aud ${claims.aud} is not ${audience}`)
  if (!(claims.exp > now && claims.exp <= now + 24 * 60 * 60)) throw new Error(`exp ${claims.exp} is not within the next 24 h`)
  if (!/^(mailto:|https:)/.test(claims.sub)) throw new Error(`sub ${claims.sub} is not a mailto: or https: URL`)
  return { claims, vapidKey: m[2] }
}

export type PushReceiver = {
  origin: string
  received: Received[]
  /** Requests refused because they failed a check (should stay empty). */
  rejected: string[]
  /** Answers for a path, in order; then 201. */
  answer: (path: string, ...statuses: number[]) => void
  subscription: (path: string) => TestSubscription
  close: () => Promise<void>
}

export async function startPushReceiver(): Promise<PushReceiver> {
  const subs = new Map<string, TestSubscription>()
  const answers = new Map<string, number[]>()
  const received: Received[] = []
  const rejected: string[] = []
  let origin = ''
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const path = req.url ?? ''
      try {
        const sub = subs.get(path)
        if (!sub || req.method !== 'POST') throw new Error(`no subscription at ${req.method} ${path}`)
        if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error(`content-encoding ${req.headers['content-encoding']}`)
        const { claims, vapidKey } = verifyVapid(req.headers.authorization, origin)
        const status = answers.get(path)?.shift() ?? 201
        if (status < 300) {
          const message = JSON.parse(decryptPush(Buffer.concat(chunks), sub.ecdh, sub.authSecret).toString('utf8')) as unknown
          const h = (name: string) => req.headers[name] as string | undefined
          received.push({ path, message, claims, vapidKey, headers: { ttl: h('ttl'), urgency: h('urgency'), topic: h('topic') } })
        }
        res.writeHead(status).end()
      } catch (e) {
        rejected.push((e as Error).message)
        res.writeHead(400).end()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    received,
    rejected,
    answer: (path, ...statuses) => void answers.set(path, statuses),
    subscription: (path) => {
      const ecdh = createECDH('prime256v1')
      ecdh.generateKeys()
      const authSecret = randomBytes(16)
      const sub = { endpoint: `${origin}${path}`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') }, ecdh, authSecret }
      subs.set(path, sub)
      return sub
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
