import { createECDH } from 'node:crypto'
import { z } from 'zod'
import { endpointProblem } from './endpoint'

/** What a browser can ask to be told about. */
export const pushTopics = ['reservation-ready', 'points-earned'] as const
export type PushTopic = (typeof pushTopics)[number]

/** URL-safe base64 (padding tolerated) that decodes to exactly `bytes` bytes. */
const keyOf = (bytes: number, what: string) =>
  z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `${what} is not URL-safe base64.`)
    .refine((s) => Buffer.from(s, 'base64url').length === bytes, `${what} must be ${bytes} bytes.`)

/** Whether a key is a point a message can be encrypted to (a key off the curve would fail every send). */
function isP256Point(key: string): boolean {
  const bytes = Buffer.from(key, 'base64url')
  if (bytes[0] !== 4) return false
  try {
    const ecdh = createECDH('prime256v1')
    ecdh.generateKeys()
    ecdh.computeSecret(bytes)
    return true
  } catch {
    return false
  }
}

const Endpoint = z
  .string()
  .trim()
  .max(2048)
  .superRefine((endpoint, ctx) => {
    const problem = endpointProblem(endpoint)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

/** `PushSubscription.toJSON()` as the browser gives it. */
export const PushSubscriptionJson = z
  .object({
    endpoint: Endpoint,
    expirationTime: z.number().nullable().optional(),
    keys: z.object({
      // The browser's P-256 public key, uncompressed (0x04 || x || y).
      p256dh: keyOf(65, 'keys.p256dh').refine(isP256Point, 'keys.p256dh must be an uncompressed point on P-256.'),
      auth: keyOf(16, 'keys.auth'),
    }),
  })
  .meta({ id: 'PushSubscriptionJson' })

export const SubscribeInput = z
  .object({
    subscription: PushSubscriptionJson,
    topics: z
      .array(z.enum(pushTopics))
      .min(1)
      .max(pushTopics.length)
      .describe('`reservation-ready`: when a reservation of yours is ready for pickup; `points-earned`: when you earn points (members only)'),
    reservation: z
      .object({ id: z.string().trim().min(1).max(60), key: z.string().trim().min(1).max(100) })
      .optional()
      .describe("Only this reservation, proven by its link's key (works from any browser, signed in or not); needs the `reservation-ready` topic"),
  })
  .refine((v) => !v.reservation || v.topics.includes('reservation-ready'), { message: 'A reservation needs the reservation-ready topic.', path: ['topics'] })
  .meta({ id: 'PushSubscribeInput' })

export const UnsubscribeInput = z
  .object({
    endpoint: z.string().trim().min(1).max(2048),
    topics: z.array(z.enum(pushTopics)).min(1).optional().describe('Stop only these; absent: forget the subscription'),
  })
  .meta({ id: 'PushUnsubscribeInput' })

export const PushKey = z.object({ publicKey: z.string().describe('The VAPID public key, URL-safe base64: the `applicationServerKey` to subscribe with') }).meta({ id: 'PushKey' })

export const PushSubscriptionView = z
  .object({
    endpoint: z.string(),
    topics: z.array(z.enum(pushTopics)),
    reservations: z.array(z.string()).describe('Reservations this browser is told about one by one'),
  })
  .meta({ id: 'PushSubscription' })
export type PushSubscriptionView = z.infer<typeof PushSubscriptionView>
