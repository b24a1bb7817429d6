import { Document, Logger, NodeIO, type Material } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMaterialsVariants, KHRMeshQuantization } from '@gltf-transform/extensions'
import { meshopt } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import type * as THREE from 'three'
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js'
import type { ModelSpec } from '../catalogue'
import { finishOf } from '../build'
import { installNodeShims } from './node-shims'

async function threeToGlb(group: THREE.Group): Promise<Uint8Array> {
  installNodeShims()
  const result = await new GLTFExporter().parseAsync(group, { binary: true })
  if (!(result instanceof ArrayBuffer)) throw new Error('GLTFExporter did not return a GLB')
  return new Uint8Array(result)
}

/** One material per palette colour, linked to the `primary` primitives as KHR_materials_variants. */
function addVariants(doc: Document, spec: ModelSpec): void {
  const root = doc.getRoot()
  const base = root.listMaterials().find((m) => m.getName() === spec.colors[0].code)
  if (!base) throw new Error(`${spec.key}: no primary material`)
  const ext = doc.createExtension(KHRMaterialsVariants)
  const materials: Material[] = spec.colors.map((color, i) => {
    if (i === 0) return base
    const f = finishOf(spec, 'primary', i)
    const [r, g, b] = [1, 3, 5].map((o) => srgbToLinear(parseInt(f.color.slice(o, o + 2), 16) / 255))
    return base
      .clone()
      .setName(color.code)
      .setBaseColorFactor([r, g, b, f.opacity])
      .setAlphaMode(f.opacity < 1 ? 'BLEND' : 'OPAQUE')
      .setRoughnessFactor(f.roughness)
      .setMetallicFactor(f.metalness)
  })
  const variants = spec.colors.map((c) => ext.createVariant(c.code))
  for (const mesh of root.listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMaterial() !== base) continue
      const mappings = ext.createMappingList()
      materials.forEach((material, i) => mappings.addMapping(ext.createMapping().setMaterial(material).addVariant(variants[i])))
      prim.setExtension('KHR_materials_variants', mappings)
    }
  }
}

const srgbToLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)

/** The model as a meshopt-compressed GLB with its palette as material variants. */
export async function exportGlb(spec: ModelSpec, group: THREE.Group): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMaterialsVariants, KHRMeshQuantization]).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
  })
  const doc = await io.readBinary(await threeToGlb(group))
  doc.setLogger(new Logger(Logger.Verbosity.WARN))
  doc.getRoot().getAsset().generator = 'Aisle make-3d-assets (three.js GLTFExporter, glTF-Transform)'
  addVariants(doc, spec)
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }))
  return io.writeBinary(doc)
}
