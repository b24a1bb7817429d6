import { inflateRawSync } from 'node:zlib'

/** One zip entry: name, stored method (0 stored, 8 deflated), where its data starts, the bytes. */
export type ZipEntry = { name: string; method: number; dataOffset: number; data: Buffer }

/**
 * The entries of a zip archive in central-directory order (stored or deflated), for tests that
 * check generated archives (wallet passes, USDZ). Throws on anything that is not a well-formed zip.
 */
export function zipEntries(zip: Buffer): ZipEntry[] {
  let eocd = zip.length - 22
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--
  if (eocd < 0) throw new Error('no end of central directory')
  const entries: ZipEntry[] = []
  let at = zip.readUInt32LE(eocd + 16)
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`)
    const method = zip.readUInt16LE(at + 10)
    const size = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    const local = zip.readUInt32LE(at + 42)
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`)
    const dataOffset = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(dataOffset, dataOffset + size)
    entries.push({ name, method, dataOffset, data: method === 8 ? inflateRawSync(data) : Buffer.from(data) })
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return entries
}

/** The files of a zip archive by name. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  return new Map(zipEntries(zip).map((e) => [e.name, e.data]))
}
