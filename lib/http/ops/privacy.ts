// Consents, data export and account deletion: documented BFF operations.
import { z } from 'zod'
import type { Operation } from '../operation'
import { ConsentsInput, ConsentsView, DeleteAccountInput } from '../../privacy/schemas'

export const privacyOperations: Operation[] = [
  {
    path: '/me/consents',
    operationId: 'getConsents',
    summary: "The signed-in member's choices (marketing email, personalised recommendations, in-store recognition; never chosen = off) and the log of every change",
    auth: ['member'],
    response: ConsentsView,
    errors: [401],
  },
  {
    path: '/me/consents',
    method: 'put',
    operationId: 'setConsents',
    summary: 'Change one or more choices; each real change is written with its time and the source `api`',
    body: ConsentsInput,
    auth: ['member'],
    response: ConsentsView,
    errors: [400, 401, 415],
  },
  {
    path: '/me/export',
    operationId: 'exportMyData',
    summary:
      'Everything held about the signed-in member as a JSON attachment: profile, consents and log, loyalty account and ledger, receipts, reservations, wishlist, scans, sessions (no token hashes), passkeys (no keys), push subscriptions (service origin only), identity merges and privacy requests. The request is logged',
    auth: ['member'],
    response: z.record(z.string(), z.unknown()).meta({ id: 'MemberExport' }),
    errors: [401],
  },
  {
    path: '/me',
    method: 'delete',
    operationId: 'deleteMyAccount',
    summary:
      'Erase the signed-in member: profile, consents, wishlist, scans, loyalty, sessions, passkeys, push subscriptions, wallet cards and passes, contact details on reservations, queued mail and sign-in codes. Receipts are kept for accounting without the member. Confirm with the account email or DELETE; signs this browser out',
    body: DeleteAccountInput,
    auth: ['member'],
    status: 204,
    response: z.null(),
    errors: [400, 401, 415, 422],
  },
]
