import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { NodeIO } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMaterialsVariants, KHRMeshQuantization, type Variant } from '@gltf-transform/extensions'
import validator from 'gltf-validator'
import { MeshoptDecoder } from 'meshoptimizer'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { zipEntries } from '@/lib/testing/unzip'
import { modelSpecs } from './catalogue'
import { placesInRoom } from './room'
import { generateModelFiles, modelFileNames } from './generate'

const DIR = path.join(process.cwd(), 'public', 'models')
const read = (name: string) => readFileSync(path.join(DIR, name))
const io = () =>
  new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMaterialsVariants, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })

async function errorsOf(bytes: Uint8Array) {
  const report = await validator.validateBytes(bytes)
  return report.issues.messages.filter((m) => m.severity === 0)
}

const linear = (hex: string, o: number) => {
  const c = parseInt(hex.slice(o, o + 2), 16) / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

describe.each(modelSpecs.map((s) => [s.key, s] as const))('model %s', (key, spec) => {
  it('is a valid GLB whose variants are the palette, each in its own colour', async () => {
    const bytes = read(`${key}.glb`)
    expect(await errorsOf(bytes)).toEqual([])
    await MeshoptDecoder.ready
    const doc = await io().readBinary(bytes)
    // The validator cannot look inside meshopt buffers: validate the decoded geometry too.
    const plain = await new NodeIO().registerExtensions([KHRMaterialsVariants, KHRMeshQuantization]).writeBinary(doc)
    expect(await errorsOf(plain)).toEqual([])
    const variants: Variant[] = (doc.getRoot().listExtensionsUsed().find((e) => e.extensionName === 'KHR_materials_variants') as KHRMaterialsVariants | undefined)?.listVariants() ?? []
    expect(variants.map((v) => v.getName())).toEqual(spec.colors.map((c) => c.code))
    for (const color of spec.colors) {
      const material = doc.getRoot().listMaterials().find((m) => m.getName() === color.code)
      const [r, g, b] = material?.getBaseColorFactor() ?? [NaN, NaN, NaN]
      expect([r, g, b].map((v) => Number(v.toFixed(3)))).toEqual([0, 2, 4].map((o) => Number(linear(color.hex, o).toFixed(3))))
    }
  })

  const usdzFiles = [`${key}.usdz`, ...(placesInRoom(spec.group) ? spec.colors.map((c) => `${key}/${c.code}.usdz`) : [])]
  it.each(usdzFiles)('has a USDZ %s: a zip whose first, 64-byte aligned entry is the .usda root', (file) => {
    const entries = zipEntries(read(file))
    expect(entries[0].name).toMatch(/\.usd[ac]$/)
    expect(entries.every((e) => e.method === 0 && e.dataOffset % 64 === 0)).toBe(true)
    expect(entries[0].data.toString('utf8', 0, 8)).toBe('#usda 1.')
  })

  if (placesInRoom(spec.group)) {
    it('has a USDZ in each colour, for AR Quick Look', () => {
      for (const color of spec.colors) {
        const usda = zipEntries(read(`${key}/${color.code}.usdz`))[0].data.toString('utf8')
        const want = [0, 2, 4].map((o) => Number(linear(color.hex, o).toFixed(3)))
        const colours = [...usda.matchAll(/diffuseColor = \(([^)]+)\)/g)].map((m) => m[1].split(',').map((v) => Number(Number(v).toFixed(3))))
        expect(colours, color.code).toContainEqual(want)
      }
    })
  }

  it('is current: regenerating gives the committed bytes (posters: pixels)', async () => {
    const files = await generateModelFiles(spec, { posters: 'first' })
    const committed = readdirSync(path.join(DIR, key)).map((f) => `${key}/${f}`)
    expect(modelFileNames(spec).filter((n) => n.startsWith(`${key}/`)).sort()).toEqual(committed.sort())
    for (const file of usdzFiles) expect(Buffer.compare(Buffer.from(files.get(file) ?? []), read(file)), file).toBe(0)
    expect(Buffer.compare(Buffer.from(files.get(`${key}.glb`) ?? []), read(`${key}.glb`))).toBe(0)
    expect(Buffer.compare(Buffer.from(files.get(`${key}.usdz`) ?? []), read(`${key}.usdz`))).toBe(0)
    // zlib's output may differ between Node versions; compare the first colour's pixels instead.
    const poster = `${key}/${spec.colors[0].code}.png`
    const fresh = PNG.sync.read(Buffer.from(files.get(poster) ?? []))
    expect(Buffer.compare(fresh.data, PNG.sync.read(read(poster)).data)).toBe(0)
  }, 120_000)
})

it('generating a model makes exactly the files it names', async () => {
  // The smallest model that gets every kind of file (a poster and a USDZ per colour).
  const spec = modelSpecs.filter((s) => placesInRoom(s.group)).sort((a, b) => a.colors.length - b.colors.length)[0]
  expect([...(await generateModelFiles(spec)).keys()].sort()).toEqual(modelFileNames(spec).sort())
}, 120_000)

it('public/models holds nothing but the generated models', () => {
  const expected = new Set(modelSpecs.flatMap((s) => [`${s.key}.glb`, `${s.key}.usdz`, s.key]))
  expect(readdirSync(DIR).filter((f) => !expected.has(f))).toEqual([])
})
