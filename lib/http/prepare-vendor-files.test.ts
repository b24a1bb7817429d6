import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { faceAssetFiles, FACE_MODEL_BASE, TFJS_WASM_PATH } from '../try-on/face-assets'
import { prepareVendorFiles } from './prepare-vendor-files'
import { vendorFiles } from './vendor-files'

const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vendor-'))
const dirs = { nodeModules: path.join(process.cwd(), 'node_modules'), publicDir }
const onDisk = (publicPath: string) => path.join(publicDir, publicPath)
afterAll(() => fs.rmSync(publicDir, { recursive: true, force: true }))

describe('prepareVendorFiles', () => {
  it('writes every vendor file, and the models’ weights beside them', () => {
    const written = prepareVendorFiles(dirs)
    for (const file of vendorFiles) expect(written).toContain(file.publicPath)
    expect(written).toContain('vendor/human-3.3.6/models/iris.bin')
    expect(fs.readFileSync(onDisk('vendor/tfjs-wasm-4.22.0/tfjs-backend-wasm-simd.wasm'))).toEqual(
      fs.readFileSync(path.join(dirs.nodeModules, '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm')),
    )
  })

  it('serves face tracking’s files at the sizes face-assets.ts names', () => {
    for (const file of faceAssetFiles) expect({ path: file.path, bytes: fs.statSync(onDisk(file.path)).size }).toEqual({ path: file.path, bytes: file.bytes })
    const served = fs.readdirSync(onDisk(FACE_MODEL_BASE)).filter((name) => !name.endsWith('-stamp'))
    expect(served.map((name) => FACE_MODEL_BASE + name).sort()).toEqual(faceAssetFiles.filter((f) => f.kind === 'model').map((f) => f.path).sort())
    expect(fs.readdirSync(onDisk(TFJS_WASM_PATH)).map((name) => TFJS_WASM_PATH + name).sort()).toEqual(
      faceAssetFiles.filter((f) => f.kind === 'wasm').map((f) => f.path).sort(),
    )
  })

  it('stores the float32 weights as float16', () => {
    const json = JSON.parse(fs.readFileSync(onDisk('vendor/human-3.3.6/models/blazeface.json'), 'utf8'))
    const floats = json.weightsManifest[0].weights.filter((w: { dtype: string }) => w.dtype === 'float32')
    expect(floats.length).toBeGreaterThan(100)
    for (const w of floats) expect(w.quantization).toEqual({ dtype: 'float16', original_dtype: 'float32' })
  })

  it('writes nothing when the files are current, and only what changed when not', () => {
    const mtime = fs.statSync(onDisk('vendor/human-3.3.6/models/iris.bin')).mtimeMs
    expect(prepareVendorFiles(dirs)).toEqual([])
    expect(fs.statSync(onDisk('vendor/human-3.3.6/models/iris.bin')).mtimeMs).toBe(mtime)

    fs.truncateSync(onDisk('vendor/human-3.3.6/models/iris.bin'), 1000)
    fs.rmSync(onDisk('vendor/tfjs-wasm-4.22.0/tfjs-backend-wasm.wasm'))
    expect(prepareVendorFiles(dirs).sort()).toEqual([
      'vendor/human-3.3.6/models/iris.bin',
      'vendor/human-3.3.6/models/iris.json',
      'vendor/tfjs-wasm-4.22.0/tfjs-backend-wasm.wasm',
    ])
    expect(fs.statSync(onDisk('vendor/human-3.3.6/models/iris.bin')).size).toBe(faceAssetFiles.find((f) => f.path.endsWith('iris.bin'))?.bytes)

    fs.writeFileSync(onDisk('vendor/human-3.3.6/models/blazeface.float16-stamp'), 'not json')
    expect(prepareVendorFiles(dirs)).toEqual(['vendor/human-3.3.6/models/blazeface.bin', 'vendor/human-3.3.6/models/blazeface.json'])
  })

  it('is cheap when nothing changed', () => {
    prepareVendorFiles(dirs)
    const start = performance.now()
    for (let i = 0; i < 10; i++) prepareVendorFiles(dirs)
    expect((performance.now() - start) / 10).toBeLessThan(50)
  })
})
