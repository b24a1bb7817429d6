import fs from 'node:fs'
import path from 'node:path'
import { FLOAT16_CONVERTER, quantizeModel, weightsPath, type ModelJson } from '../try-on/fp16'
import { vendorFiles, type VendorFile } from './vendor-files'

type Dirs = { nodeModules: string; publicDir: string }

/**
 * Puts the vendor files into public/: copied as they are, or for a float16 model converted. Next
 * runs this each time it loads its config, so a file that is already current costs a stat or two
 * (a model: its stamp) and is never rewritten. Returns the public paths written.
 */
export function prepareVendorFiles(dirs: Dirs, files: readonly VendorFile[] = vendorFiles): string[] {
  const written: string[] = []
  for (const file of files) {
    if (file.weights === 'float16') written.push(...prepareFloat16Model(dirs, file))
    else if (copyIfChanged(path.join(dirs.nodeModules, file.from), path.join(dirs.publicDir, file.publicPath))) written.push(file.publicPath)
  }
  return written
}

function copyIfChanged(from: string, to: string): boolean {
  if (sizeOf(to) === fs.statSync(from).size) return false
  writeAtomically(to, fs.readFileSync(from))
  return true
}

function prepareFloat16Model({ nodeModules, publicDir }: Dirs, file: VendorFile): string[] {
  const jsonFrom = path.join(nodeModules, file.from)
  const jsonTo = path.join(publicDir, file.publicPath)
  const stampFile = `${jsonTo.replace(/\.json$/, '')}.float16-stamp`
  // What was converted, by which converter, into what: any difference (a new package, a changed
  // converter, a half-written or deleted output) converts again.
  const stamp = (bin: string) =>
    JSON.stringify({
      converter: FLOAT16_CONVERTER,
      bin,
      sizes: [sizeOf(jsonFrom), sizeOf(path.join(path.dirname(jsonFrom), bin)), sizeOf(jsonTo), sizeOf(path.join(path.dirname(jsonTo), bin))],
    })
  const previous = readStamp(stampFile)
  if (previous && previous.text === stamp(previous.bin)) return []

  const source = JSON.parse(fs.readFileSync(jsonFrom, 'utf8')) as ModelJson
  const bin = weightsPath(source)
  const quantized = quantizeModel(source, fs.readFileSync(path.join(path.dirname(jsonFrom), bin)))
  // model.json goes after its weights: a reader never sees a manifest without them.
  writeAtomically(path.join(path.dirname(jsonTo), bin), quantized.bin)
  writeAtomically(jsonTo, Buffer.from(JSON.stringify(quantized.json)))
  writeAtomically(stampFile, Buffer.from(stamp(bin)))
  return [path.posix.join(path.posix.dirname(file.publicPath), bin), file.publicPath]
}

function readStamp(file: string): { text: string; bin: string } | null {
  try {
    const text = fs.readFileSync(file, 'utf8')
    return { text, bin: String((JSON.parse(text) as { bin: unknown }).bin) }
  } catch {
    return null
  }
}

const sizeOf = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : -1)

/** Another Next process (a second build dir, the dev server) may be preparing the same files at once. */
function writeAtomically(to: string, data: Uint8Array) {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  const temp = `${to}.${process.pid}.tmp`
  fs.writeFileSync(temp, data)
  fs.renameSync(temp, to)
}
