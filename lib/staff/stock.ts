import { z } from 'zod'
import { findByCode } from '../catalog/by-code'
import type { Db } from '../db/client'
import { DomainError } from '../errors'
import { recordCount, recordMovement, transferStock, type MovementResult } from '../inventory/movements'
import { rewards, type RewardId } from '../loyalty/policy'
import { returnAgainstReceipt } from '../receipts/returns'
import { recordMemberSale, type MemberSaleResult } from '../wallet/till'
import { authorize, type Permission, type StaffMember } from './roles'

const item = {
  variantId: z.string().trim().min(1).max(60).optional(),
  code: z.string().trim().min(1).max(512).optional().describe('A GTIN or SKU, as scanned, instead of variantId'),
}
const reference = z.string().trim().min(1).max(100).optional()

const rewardIds = rewards.map((r) => r.id) as [RewardId, ...RewardId[]]

export const StaffSaleInput = z
  .object({
    ...item,
    quantity: z.number().int().min(1).max(100).default(1),
    reference,
    memberToken: z.string().trim().min(1).max(120).optional().describe("The member card's code, scanned or typed at the till: the member earns points and is emailed a receipt"),
    rewardId: z.enum(rewardIds).optional().describe('A reward the member spends points on, taken off this sale (needs memberToken)'),
    tender: z.enum(['card', 'cash']).default('card').describe('How it was paid (for the receipt); a card is never more than `card`'),
  })
  .refine((s) => Boolean(s.variantId) !== Boolean(s.code), 'Give either variantId or code.')
  .refine((s) => !s.rewardId || s.memberToken, { message: 'A reward needs the member card.', path: ['rewardId'] })
  .meta({ id: 'StaffSaleInput' })

export const StaffMovementInput = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.enum(['receipt', 'damage']), ...item, quantity: z.number().int().min(1).max(10_000), reason: z.string().trim().min(1).max(200).optional(), reference }),
    z.object({
      kind: z.literal('return'),
      ...item,
      quantity: z.number().int().min(1).max(10_000),
      reason: z.string().trim().min(1).max(200).optional(),
      reference,
      receiptCode: z.string().trim().min(1).max(200).optional().describe("The receipt's QR (AISLE-RECEIPT:…): the return is checked against it and the member's points for it are reversed"),
    }),
    z.object({ kind: z.literal('count'), ...item, counted: z.number().int().min(0).max(100_000), reference }),
    z.object({ kind: z.literal('transfer'), ...item, quantity: z.number().int().min(1).max(10_000), toStoreId: z.string().trim().min(1).max(60), reference }),
  ])
  .refine((s) => Boolean(s.variantId) !== Boolean(s.code), 'Give either variantId or code.')
  .meta({ id: 'StaffMovementInput' })

async function variantOf(db: Db, s: { variantId?: string; code?: string }): Promise<string> {
  if (s.variantId) return s.variantId
  const match = await findByCode(db, s.code!)
  if (!match) throw new DomainError('code-not-found', 404, 'Code not found', `Nothing we carry has the code ${s.code}.`, { code: s.code })
  return match.variant.id
}

/**
 * An in-store sale at the till. Takes the unit even when it was held (the reservation goes to
 * attention). With a member card it is a member's purchase: points, an optional reward and a receipt.
 */
export async function recordStaffSale(db: Db, staff: StaffMember | null, storeId: string, input: unknown): Promise<MovementResult | MemberSaleResult> {
  const me = authorize(staff, 'stock:sale', storeId)
  const s = StaffSaleInput.parse(input)
  const variantId = await variantOf(db, s)
  const actor = `staff:${me.id}`
  if (s.memberToken) {
    return recordMemberSale(db, { storeId, variantId, quantity: s.quantity, actor, reference: s.reference, memberToken: s.memberToken, rewardId: s.rewardId, tender: s.tender })
  }
  return recordMovement(db, { storeId, variantId, kind: 'sale', quantity: s.quantity, reason: 'in-store sale', actor, reference: s.reference })
}

const permissionOf: Record<z.infer<typeof StaffMovementInput>['kind'], Permission> = {
  receipt: 'stock:receipt',
  return: 'stock:return',
  damage: 'stock:damage',
  count: 'stock:count',
  transfer: 'stock:transfer',
}

/** Receipts, returns, damage, cycle counts and transfers out, each gated by role and store. */
export async function recordStaffMovement(db: Db, staff: StaffMember | null, storeId: string, input: unknown) {
  authorize(staff, 'stock:sale', storeId)
  const m = StaffMovementInput.parse(input)
  const me = authorize(staff, permissionOf[m.kind], storeId)
  const variantId = await variantOf(db, m)
  const actor = `staff:${me.id}`
  switch (m.kind) {
    case 'count':
      return { ...(await recordCount(db, { storeId, variantId, counted: m.counted, actor, reference: m.reference })) }
    case 'transfer': {
      const t = await transferStock(db, { fromStoreId: storeId, toStoreId: m.toStoreId, variantId, quantity: m.quantity, actor, reference: m.reference })
      return { ...t.out, transferIn: t.in, displaced: [] }
    }
    case 'return':
      if (m.receiptCode) return returnAgainstReceipt(db, { storeId, variantId, quantity: m.quantity, receiptCode: m.receiptCode, actor, reason: m.reason })
      return { ...(await recordMovement(db, { storeId, variantId, kind: 'return', quantity: m.quantity, reason: m.reason ?? defaultReason.return, actor, reference: m.reference })) }
    default:
      return {
        ...(await recordMovement(db, { storeId, variantId, kind: m.kind, quantity: m.quantity, reason: m.reason ?? defaultReason[m.kind], actor, reference: m.reference })),
      }
  }
}

const defaultReason = { receipt: 'delivery received', return: 'customer return', damage: 'damaged' } as const
