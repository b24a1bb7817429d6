// Inputs and answers of sign-in, sessions, passkeys and the profile: the route handlers validate
// with these and the OpenAPI document is generated from them.
import { z } from 'zod'
import { normalizeEmail, normalizePhone } from '../identity/normalize'

const Email = z
  .string({ error: 'Enter your email address.' })
  .max(320, 'That email address is too long.')
  .transform((e, ctx) => normalizeEmail(e) ?? (ctx.addIssue({ code: 'custom', message: 'Enter a valid email address, like name@example.com.' }), z.NEVER))

export const CodeRequestInput = z.object({ email: Email }).meta({ id: 'SignInCodeRequest' })

export const CodeRequested = z
  .object({
    status: z.literal('sent').describe('The same answer whether or not an account exists for the address'),
    expiresInSeconds: z.number().int(),
    resendAfterSeconds: z.number().int().describe('When the sign-in page offers to send another code'),
  })
  .meta({ id: 'SignInCodeRequested' })

export const VerifyInput = z
  .object({
    email: Email,
    code: z
      .string({ error: 'Enter the 6-digit code from the email.' })
      .max(20)
      .transform((c) => c.replace(/[\s-]/g, ''))
      .pipe(z.string().regex(/^\d{6}$/, 'The code is 6 digits, like 123456.')),
    scans: z
      .array(z.unknown())
      .max(40)
      .optional()
      .describe("This browser's scan history to keep on the account: `{ code, productId?, handle?, scannedAt }` (entries that do not fit are dropped)"),
  })
  .meta({ id: 'SignInCodeVerify' })

export const MemberView = z
  .object({ id: z.string(), email: z.string(), name: z.string(), phone: z.string().nullable() })
  .meta({ id: 'Member' })

export const SignedIn = z
  .object({
    member: MemberView,
    expiresAt: z.string().describe('When the session cookie lapses'),
    merged: z.object({ wishlist: z.number().int(), reservations: z.number().int(), scans: z.number().int() }).describe('What this browser brought to the account'),
  })
  .meta({ id: 'SignedIn' })

export const SessionView = z
  .object({
    id: z.string(),
    method: z.enum(['email-code', 'passkey']),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    current: z.boolean().describe('The session this request was made with'),
  })
  .meta({ id: 'MemberSession' })

export const PasskeyView = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable(), backedUp: z.boolean() })
  .meta({ id: 'Passkey' })

export const PasskeyParams = z.object({ id: z.string().min(1).max(1_400) })

export const PasskeyRenameInput = z
  .object({ name: z.string({ error: 'Give the passkey a name.' }).trim().min(1, 'Give the passkey a name.').max(60, 'Keep the name under 60 characters.') })
  .meta({ id: 'PasskeyRename' })

export const ProfileInput = z
  .object({
    name: z.string().trim().max(100, 'Keep the name under 100 characters.'),
    phone: z
      .string()
      .max(40)
      .optional()
      .transform((p, ctx) =>
        p?.trim() ? (normalizePhone(p) ?? (ctx.addIssue({ code: 'custom', message: 'Enter a valid phone number, like (312) 555-0123 or +44 20 7946 0958.' }), z.NEVER)) : null,
      ),
  })
  .meta({ id: 'ProfileUpdate' })

/** WebAuthn JSON from @simplewebauthn/browser; the library checks the inside. */
export const WebAuthnResponse = z
  .object({ id: z.string().min(1).max(1_400), rawId: z.string().max(1_400), type: z.literal('public-key'), response: z.record(z.string(), z.unknown()) })
  .loose()
  .meta({ id: 'WebAuthnResponse' })

export const PasskeyRegisterInput = z.object({ response: WebAuthnResponse, name: PasskeyRenameInput.shape.name.optional() }).meta({ id: 'PasskeyRegister' })
export const PasskeySignInInput = z.object({ response: WebAuthnResponse, scans: VerifyInput.shape.scans }).meta({ id: 'PasskeySignIn' })
export const WebAuthnOptions = z.record(z.string(), z.unknown()).describe('Options for navigator.credentials (JSON, as @simplewebauthn/browser takes them)').meta({ id: 'WebAuthnOptions' })
