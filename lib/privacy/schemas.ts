import { z } from 'zod'
import { consentPurposes } from '../db/tables/customers'

export const ConsentPurpose = z.enum(consentPurposes)

export const ConsentsInput = z
  .object(Object.fromEntries(consentPurposes.map((p) => [p, z.boolean().optional()])) as Record<(typeof consentPurposes)[number], z.ZodOptional<z.ZodBoolean>>)
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'Name at least one purpose: marketing_email, personalised_recommendations or in_store_recognition.')
  .meta({ id: 'ConsentsInput' })
export type ConsentsInput = z.infer<typeof ConsentsInput>

export const ConsentsView = z
  .object({
    consents: z.array(z.object({ purpose: ConsentPurpose, granted: z.boolean(), updatedAt: z.string().nullable().describe('Null: never chosen (off)') })),
    log: z.array(z.object({ purpose: ConsentPurpose, granted: z.boolean(), source: z.string(), at: z.string() })).describe('Every change, newest first'),
  })
  .meta({ id: 'Consents' })
export type ConsentsView = z.infer<typeof ConsentsView>

export const DeleteAccountInput = z
  .object({ confirm: z.string().trim().min(1, 'Type your email address, or DELETE, to confirm.').max(254).describe('The account\'s email address, or the word DELETE') })
  .meta({ id: 'DeleteAccountInput' })
