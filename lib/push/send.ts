import webpush from 'web-push'
import { endpointProblem } from './endpoint'
import type { VapidKeys } from './keys'

export type PushTarget = { endpoint: string; p256dh: string; auth: string }

/** What the service worker shows (app/sw.ts): a title, a line, the page a tap opens, and a tag that makes a repeat replace the first. */
export type PushMessage = { title: string; body: string; url: string; tag: string }

export type PushOptions = {
  /** Seconds the push service keeps it for an offline device. */
  ttl: number
  urgency: 'low' | 'normal' | 'high'
  /** A later message with the same topic replaces one still waiting at the push service (≤ 32 URL-safe characters). */
  topic?: string
}

/** `gone`: the browser unsubscribed or the subscription expired (404/410), so it is to be forgotten. */
export type SendOutcome = 'sent' | 'gone' | 'failed'

const TIMEOUT_MS = 10_000

/**
 * Encrypts `message` for the browser (aes128gcm, RFC 8291), signs the request with our VAPID key
 * (RFC 8292) and posts it to the browser's push service. Never follows a redirect: the endpoint was
 * checked, where a redirect would lead was not.
 */
export async function sendPush(target: PushTarget, message: PushMessage, keys: VapidKeys, options: PushOptions): Promise<SendOutcome> {
  // Checked again at send time: the allowed hosts are configuration and may have changed.
  if (endpointProblem(target.endpoint)) return 'gone'
  let request: ReturnType<typeof webpush.generateRequestDetails>
  try {
    request = webpush.generateRequestDetails({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, JSON.stringify(message), {
      vapidDetails: { subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
      contentEncoding: 'aes128gcm',
      TTL: options.ttl,
      urgency: options.urgency,
      ...(options.topic ? { topic: options.topic } : {}),
    })
  } catch {
    // Keys nothing can be encrypted for: the subscription is unusable.
    return 'gone'
  }
  try {
    const res = await fetch(request.endpoint, {
      method: 'POST',
      headers: request.headers,
      body: request.body ? new Uint8Array(request.body) : null,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    await res.arrayBuffer().catch(() => undefined)
    if (res.status >= 200 && res.status < 300) return 'sent'
    if (res.status === 404 || res.status === 410) return 'gone'
    console.warn(`push: ${new URL(target.endpoint).origin} answered ${res.status}`)
    return 'failed'
  } catch (e) {
    console.warn(`push: ${new URL(target.endpoint).origin} unreachable: ${(e as Error).message}`)
    return 'failed'
  }
}
