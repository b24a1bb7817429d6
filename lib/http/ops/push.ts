// Web Push subscriptions: documented BFF operations.
import { z } from 'zod'
import type { Operation } from '../operation'
import { PushKey, PushSubscriptionView, SubscribeInput, UnsubscribeInput } from '../../push/schemas'

export const pushOperations: Operation[] = [
  {
    path: '/push/key',
    operationId: 'getPushKey',
    summary: 'The VAPID public key to subscribe with (PushManager.subscribe `applicationServerKey`)',
    response: PushKey,
    errors: [],
  },
  {
    path: '/push/subscriptions',
    method: 'post',
    operationId: 'subscribePush',
    summary:
      "Register this browser's push subscription for topics (added to any it has): 201 the first time, 200 after. Owned by the signed-in member, else this browser's visitor id (the `aisle_visitor` cookie, assigned here on first use); `points-earned` needs a member (401); a `reservation` is proven by its link's key (404 otherwise). The endpoint must be https at a known push service",
    body: SubscribeInput,
    auth: ['member'],
    status: 201,
    response: PushSubscriptionView,
    errors: [400, 401, 404, 415],
  },
  {
    path: '/push/subscriptions',
    method: 'delete',
    operationId: 'unsubscribePush',
    summary: 'Stop some topics, or (without topics) forget the subscription. The endpoint is the proof of ownership; idempotent (204)',
    body: UnsubscribeInput,
    status: 204,
    response: z.null(),
    errors: [400, 415],
  },
]
