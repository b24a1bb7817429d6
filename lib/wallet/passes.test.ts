import { execFileSync } from 'node:child_process'
import { createHash, generateKeyPairSync, verify } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unzip } from '@/lib/testing/unzip'
import { buildApplePass } from './apple-pass'
import { googleSaveUrl } from './google-pass'
import { appleConfig, applePassConfigured, googleConfig, googlePassConfigured } from './pass-config'
import type { PassContent } from './pass-content'

const card: PassContent = {
  walletId: '412345678901',
  name: 'Ada Lovelace',
  points: 620,
  tier: 'Silver',
  nextTier: '880 points to Gold',
  token: 'AISLE-MEMBER:412345678901.1790000000.0123456789012345',
  digits: '41234567890117900000000123456789012345',
  expiresAt: '2026-09-21T00:00:00.000Z',
}

describe('Apple Wallet pass', () => {
  let dir: string
  const env: Record<string, string> = {}
  beforeAll(() => {
    // A throwaway CA standing in for Apple's WWDR, and a pass certificate it signed.
    dir = mkdtempSync(path.join(tmpdir(), 'aisle-pass-'))
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
    ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'wwdr.pem', '-days', '2', '-subj', '/CN=Test WWDR')
    ssl('req', '-newkey', 'rsa:2048', '-keyout', 'pass.key', '-out', 'pass.csr', '-subj', '/CN=Pass Type ID: pass.test.aisle', '-passout', 'pass:s3cret')
    ssl('x509', '-req', '-in', 'pass.csr', '-CA', 'wwdr.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'pass.pem', '-days', '2')
    Object.assign(env, {
      APPLE_PASS_TYPE_ID: 'pass.test.aisle',
      APPLE_TEAM_ID: 'TEAM123456',
      // The certificate as PEM text with escaped newlines (as in a .env file), the key and WWDR as file paths.
      APPLE_PASS_CERT: readFileSync(path.join(dir, 'pass.pem'), 'utf8').replace(/\n/g, '\\n'),
      APPLE_PASS_KEY: path.join(dir, 'pass.key'),
      APPLE_PASS_KEY_PASSPHRASE: 's3cret',
      APPLE_WWDR_CERT: path.join(dir, 'wwdr.pem'),
    })
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is offered only when every variable is set, and says which file it could not read', () => {
    expect(applePassConfigured({})).toBe(false)
    expect(applePassConfigured({ ...env, APPLE_WWDR_CERT: ' ' })).toBe(false)
    expect(applePassConfigured(env)).toBe(true)
    expect(() => appleConfig({})).toThrow(expect.objectContaining({ status: 404, type: 'wallet-pass-unavailable' }))
    expect(() => appleConfig({ ...env, APPLE_WWDR_CERT: path.join(dir, 'missing.pem') })).toThrow(expect.objectContaining({ status: 503, message: expect.stringContaining('APPLE_WWDR_CERT') }))
  })

  it('is a zip of pass.json, icons, a manifest whose SHA-1s match every file, and a signature over the manifest', () => {
    const pkpass = buildApplePass(appleConfig(env), card, 'https://aisle.test')
    const files = unzip(pkpass)
    for (const name of ['pass.json', 'manifest.json', 'signature', 'icon.png', 'icon@2x.png', 'icon@3x.png', 'logo.png']) expect(files.has(name), name).toBe(true)

    const pass = JSON.parse(files.get('pass.json')!.toString('utf8'))
    expect(pass).toMatchObject({ formatVersion: 1, passTypeIdentifier: 'pass.test.aisle', teamIdentifier: 'TEAM123456', serialNumber: 'aisle-member-412345678901' })
    expect(pass.storeCard.headerFields).toEqual([expect.objectContaining({ key: 'points', value: 620 })])
    expect(pass.storeCard.secondaryFields).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'tier', value: 'Silver' })]))
    expect(pass.barcodes[0]).toMatchObject({ format: 'PKBarcodeFormatQR', message: card.token })
    expect(new Date(pass.expirationDate).toISOString()).toBe(card.expiresAt)
    expect(JSON.stringify(pass)).not.toMatch(/mem_/)

    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, string>
    const hashed = [...files.keys()].filter((n) => n !== 'manifest.json' && n !== 'signature').sort()
    expect(Object.keys(manifest).sort()).toEqual(hashed)
    for (const name of hashed) expect(manifest[name], name).toBe(createHash('sha1').update(files.get(name)!).digest('hex'))

    const signature = files.get('signature')!
    expect(signature.length).toBeGreaterThan(500)
    // A detached PKCS#7 signature of manifest.json by the pass certificate, chaining to the WWDR stand-in.
    writeFileSync(path.join(dir, 'manifest.json'), files.get('manifest.json')!)
    writeFileSync(path.join(dir, 'signature'), signature)
    const ok = execFileSync('openssl', ['smime', '-verify', '-binary', '-inform', 'DER', '-in', 'signature', '-content', 'manifest.json', '-CAfile', 'wwdr.pem', '-purpose', 'any', '-out', '/dev/null'], {
      cwd: dir,
      stdio: 'pipe',
    })
    expect(ok).toBeDefined()
    // A manifest changed after signing no longer verifies.
    writeFileSync(path.join(dir, 'manifest.json'), files.get('manifest.json')!.toString().replace('{', '{ '))
    expect(() =>
      execFileSync('openssl', ['smime', '-verify', '-binary', '-inform', 'DER', '-in', 'signature', '-content', 'manifest.json', '-CAfile', 'wwdr.pem', '-purpose', 'any', '-out', '/dev/null'], { cwd: dir, stdio: 'pipe' }),
    ).toThrow()
  })
})

describe('Google Wallet save link', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const env = {
    GOOGLE_WALLET_ISSUER_ID: '3388000000012345678',
    GOOGLE_WALLET_SERVICE_ACCOUNT_EMAIL: 'wallet@aisle-test.iam.gserviceaccount.com',
    GOOGLE_WALLET_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  }

  it('is an RS256 JWT that verifies with the service account key and carries the loyalty object', () => {
    expect(googlePassConfigured({})).toBe(false)
    expect(googlePassConfigured(env)).toBe(true)
    const url = googleSaveUrl(googleConfig(env), card, 'https://aisle.test', new Date('2026-01-01T00:00:00Z'))
    expect(url.startsWith('https://pay.google.com/gp/v/save/')).toBe(true)
    const jwt = url.slice('https://pay.google.com/gp/v/save/'.length)
    const [header, claims, signature] = jwt.split('.')
    const parse = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    expect(parse(header)).toEqual({ alg: 'RS256', typ: 'JWT' })
    expect(verify('RSA-SHA256', Buffer.from(`${header}.${claims}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(true)
    expect(verify('RSA-SHA256', Buffer.from(`${header}.${claims}x`), publicKey, Buffer.from(signature, 'base64url'))).toBe(false)

    const body = parse(claims)
    expect(body).toMatchObject({ iss: env.GOOGLE_WALLET_SERVICE_ACCOUNT_EMAIL, aud: 'google', typ: 'savetowallet', iat: 1_767_225_600, origins: ['https://aisle.test'] })
    const [object] = body.payload.loyaltyObjects
    expect(object).toMatchObject({
      id: '3388000000012345678.member-412345678901',
      classId: '3388000000012345678.aisle_members',
      state: 'ACTIVE',
      accountName: 'Ada Lovelace',
      loyaltyPoints: { balance: { int: 620 } },
      barcode: { type: 'QR_CODE', value: card.token },
    })
    expect(body.payload.loyaltyClasses[0].id).toBe(object.classId)
  })
})
