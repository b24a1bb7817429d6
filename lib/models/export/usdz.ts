import * as THREE from 'three'
import { unzipSync, zipSync, type Zippable } from 'three/examples/jsm/libs/fflate.module.js'
import { USDZExporter } from 'three/examples/jsm/exporters/USDZExporter.js'

/**
 * AR Quick Look file of the model in the colour it is built in (its default colour). USDZ has no
 * variant switch Quick Look honours, and one file per colour would multiply the bytes; iOS shows
 * the default colour and the page says so.
 */
export async function exportUsdz(group: THREE.Group): Promise<Uint8Array> {
  // USDZ has no double-sided flag; Quick Look draws the outside of a hat's shell.
  group.traverse((o) => {
    if (o instanceof THREE.Mesh && o.material instanceof THREE.Material) o.material.side = THREE.FrontSide
  })
  return deterministic(await new USDZExporter().parseAsync(group, { quickLookCompatible: true }))
}

// Zip timestamps are written from local date parts, so a local date gives the same bytes in any zone.
const EPOCH = new Date(2000, 0, 1)

/**
 * The exporter names prims after three's process-wide object ids ("primary_57", "Material_12")
 * and stamps the zip with the current time; renumber the ids in order of appearance and fix the
 * time, so the same model gives the same bytes however many were exported before it.
 */
function deterministic(usdz: Uint8Array): Uint8Array {
  const files = unzipSync(usdz)
  const names = Object.keys(files)
  const decoder = new TextDecoder()
  const texts = new Map(names.map((n) => [n, decoder.decode(files[n])]))
  const ids = new Map<string, string>()
  const token = /\b([A-Za-z][A-Za-z0-9-]*)_(\d+)\b/g
  const renumber = (s: string) =>
    s.replace(token, (whole, prefix: string) => {
      if (!ids.has(whole)) ids.set(whole, `${prefix}_${ids.size + 1}`)
      return ids.get(whole) ?? whole
    })
  // The root file first: it names every geometry file, so the numbering follows its order.
  const renamed = names.map((n) => [renumber(n), renumber(texts.get(n) ?? '')] as const)
  const out: Zippable = {}
  const encoder = new TextEncoder()
  let offset = 0
  for (const [name, text] of renamed) {
    const data = encoder.encode(text)
    // Quick Look needs every file's data 64-byte aligned: pad the local header's extra field.
    const header = 30 + name.length + 4
    const pad = (64 - ((offset + header) % 64)) % 64
    out[name] = [data, { extra: { 12345: new Uint8Array(pad) }, mtime: EPOCH }]
    offset += header + pad + data.length
  }
  return zipSync(out, { level: 0, mtime: EPOCH })
}
