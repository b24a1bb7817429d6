// The member wallet, card token, receipts and passes: documented BFF operations.
import { z } from 'zod'
import type { Operation } from '../operation'
import { ReceiptParams, ReceiptSummary, ReceiptView } from '../../receipts/schemas'
import { TillInput, TillMemberView, WalletView } from '../../wallet/schemas'

const passUnavailable = '404 `wallet-pass-unavailable` when this server has no pass credentials (the wallet then offers no button); 503 `wallet-pass-misconfigured` when a configured key or certificate cannot be read'

export const walletOperations: Operation[] = [
  {
    path: '/wallet',
    operationId: 'getWallet',
    summary:
      "The signed-in member's wallet: name, points, tier progress, rewards (which are affordable), the points ledger across channels, receipts, open reservations with their pickup QR, and a freshly signed card code (24 h) for the QR and Code 128. `Cache-Control: no-store`; the browser keeps its own offline copy",
    auth: ['member'],
    response: WalletView,
    errors: [401],
  },
  {
    path: '/wallet/pass',
    operationId: 'getApplePass',
    summary: `"Add to Apple Wallet": the member card as a signed \`.pkpass\` store card (points, tier, the card code as a QR, good for a year or until revoked). ${passUnavailable}`,
    auth: ['member'],
    contentType: 'application/vnd.apple.pkpass',
    response: z.string().describe('The .pkpass archive'),
    errors: [401, 404, 503],
  },
  {
    path: '/wallet/google',
    operationId: 'getGoogleWalletLink',
    summary: `"Save to Google Wallet": 303 to \`https://pay.google.com/gp/v/save/{jwt}\`, an RS256 JWT of the member's loyalty object signed with the issuer's service account. ${passUnavailable}`,
    auth: ['member'],
    status: 303,
    contentType: 'text/plain',
    response: z.string().describe('Empty; see the Location header'),
    errors: [401, 404, 503],
  },
  {
    path: '/wallet/resolve',
    method: 'post',
    operationId: 'resolveMemberCard',
    summary:
      'Staff: the member a scanned or typed card code belongs to, as the till shows it. `wallet-card-malformed` (400) for anything that is not a card code; `wallet-card-forged`, `wallet-card-expired` (older than 24 h: the member opens their wallet online to refresh it) and `wallet-card-revoked` (422)',
    body: TillInput,
    auth: ['staff'],
    response: TillMemberView,
    errors: [400, 401, 403, 415, 422],
  },
  {
    path: '/receipts',
    operationId: 'listReceipts',
    summary: "The signed-in member's receipts, newest first (pickups collected at the desk and in-store sales with their card)",
    auth: ['member'],
    response: z.array(ReceiptSummary),
    errors: [401],
  },
  {
    path: '/receipts/{id}',
    operationId: 'getReceipt',
    summary: "One of the signed-in member's receipts: lines, subtotal, member reward, sales tax, total, tender, points earned, and the signed code of its QR. Another member's receipt is 404, like one that does not exist",
    pathParams: ReceiptParams,
    auth: ['member'],
    response: ReceiptView,
    errors: [400, 401, 404],
  },
]
