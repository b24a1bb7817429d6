import { z } from 'zod'
import { Money } from '../catalog/schemas'
import { reservationStatuses } from '../db/schema'
import { ReceiptSummary } from '../receipts/schemas'

export const WalletCard = z.object({
  token: z.string().describe('What the card QR carries: `AISLE-MEMBER:{walletId}.{expiresAtUnix}.{signature}`; never the member id'),
  digits: z.string().describe('The same code as 38 digits, for the Code 128 under the QR'),
  expiresAt: z.string().describe('24 h after issue; a fresh one comes with every online load'),
})

export const WalletView = z
  .object({
    member: z.object({ id: z.string(), name: z.string() }),
    card: WalletCard,
    loyalty: z.object({
      points: z.number().int(),
      lifetime: z.number().int(),
      tier: z.object({ id: z.string(), name: z.string() }),
      nextTier: z.object({ id: z.string(), name: z.string(), from: z.number().int() }).nullable(),
      toNextTier: z.number().int(),
      progress: z.number().min(0).max(1),
    }),
    rewards: z.array(z.object({ id: z.string(), name: z.string(), points: z.number().int(), amountOff: Money, affordable: z.boolean() })),
    activity: z.array(
      z.object({
        id: z.number().int(),
        kind: z.enum(['earn', 'redeem', 'reverse', 'adjust']),
        points: z.number().int().describe('Signed change of the balance'),
        channel: z.string(),
        reason: z.string(),
        receipt: z.object({ id: z.string(), number: z.string() }).nullable().describe('The receipt of the purchase it was for, when there is one'),
        createdAt: z.string(),
      }),
    ),
    receipts: z.array(ReceiptSummary),
    reservations: z.array(
      z.object({
        id: z.string(),
        status: z.enum(reservationStatuses),
        storeName: z.string(),
        pickupCode: z.string(),
        pickupToken: z.string().describe('What the pickup QR carries'),
        pickupBy: z.string().nullable(),
        itemCount: z.number().int(),
        total: Money,
        url: z.string().describe("The reservation's own page (the owner's link)"),
      }),
    ),
    passes: z.object({ apple: z.boolean(), google: z.boolean() }).describe('Which "add to wallet" passes this server can issue'),
    fetchedAt: z.string(),
    since: z.number().int().describe("The newest event id when this was read: open the member stream with `lastEventId` set to it and no change is missed"),
  })
  .meta({ id: 'Wallet' })
export type WalletView = z.infer<typeof WalletView>

export const TillInput = z.object({ token: z.string().trim().min(1).max(200) }).meta({ id: 'TillMemberInput' })
export const TillMemberView = z
  .object({
    name: z.string(),
    tier: z.string(),
    points: z.number().int(),
    rewards: z.array(z.object({ id: z.string(), name: z.string(), points: z.number().int(), amountOff: z.number().int(), affordable: z.boolean() })),
  })
  .meta({ id: 'TillMember' })
