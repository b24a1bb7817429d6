import { readFileSync } from 'node:fs'
import { DomainError } from '../errors'

// "Add to Apple Wallet" and "Save to Google Wallet" are offered only when the operator configured
// them. Keys and certificates are given as PEM text (newlines may be written as \n) or as the path
// of a PEM file.

export class PassUnavailable extends DomainError {
  constructor(which: 'Apple' | 'Google') {
    super('wallet-pass-unavailable', 404, 'Wallet pass unavailable', `${which} Wallet passes are not set up on this server.`)
  }
}

export class PassMisconfigured extends DomainError {
  constructor(which: 'Apple' | 'Google', variable: string) {
    super('wallet-pass-misconfigured', 503, 'Wallet pass unavailable', `${which} Wallet passes are set up, but ${variable} could not be read.`)
  }
}

type Env = Record<string, string | undefined>

const set = (env: Env, ...names: string[]) => names.every((n) => Boolean(env[n]?.trim()))

const APPLE_VARS = ['APPLE_PASS_TYPE_ID', 'APPLE_TEAM_ID', 'APPLE_PASS_CERT', 'APPLE_PASS_KEY', 'APPLE_WWDR_CERT'] as const
const GOOGLE_VARS = ['GOOGLE_WALLET_ISSUER_ID', 'GOOGLE_WALLET_SERVICE_ACCOUNT_EMAIL', 'GOOGLE_WALLET_PRIVATE_KEY'] as const

export const applePassConfigured = (env: Env = process.env) => set(env, ...APPLE_VARS)
export const googlePassConfigured = (env: Env = process.env) => set(env, ...GOOGLE_VARS)

/** PEM text from a variable: the text itself, or the file it names. */
function pem(env: Env, name: string, which: 'Apple' | 'Google'): string {
  const value = env[name]!.trim()
  const text = value.includes('\\n') && !value.includes('\n') ? value.replace(/\\n/g, '\n') : value
  if (text.startsWith('-----BEGIN')) return text
  try {
    return readFileSync(text, 'utf8')
  } catch {
    throw new PassMisconfigured(which, name)
  }
}

export type AppleConfig = { passTypeId: string; teamId: string; signerCert: string; signerKey: string; signerKeyPassphrase?: string; wwdr: string }
export type GoogleConfig = { issuerId: string; serviceAccountEmail: string; privateKey: string; classSuffix: string }

export function appleConfig(env: Env = process.env): AppleConfig {
  if (!applePassConfigured(env)) throw new PassUnavailable('Apple')
  return {
    passTypeId: env.APPLE_PASS_TYPE_ID!.trim(),
    teamId: env.APPLE_TEAM_ID!.trim(),
    signerCert: pem(env, 'APPLE_PASS_CERT', 'Apple'),
    signerKey: pem(env, 'APPLE_PASS_KEY', 'Apple'),
    signerKeyPassphrase: env.APPLE_PASS_KEY_PASSPHRASE || undefined,
    wwdr: pem(env, 'APPLE_WWDR_CERT', 'Apple'),
  }
}

export function googleConfig(env: Env = process.env): GoogleConfig {
  if (!googlePassConfigured(env)) throw new PassUnavailable('Google')
  return {
    issuerId: env.GOOGLE_WALLET_ISSUER_ID!.trim(),
    serviceAccountEmail: env.GOOGLE_WALLET_SERVICE_ACCOUNT_EMAIL!.trim(),
    privateKey: pem(env, 'GOOGLE_WALLET_PRIVATE_KEY', 'Google'),
    classSuffix: (env.GOOGLE_WALLET_CLASS_SUFFIX || 'aisle_members').trim(),
  }
}
