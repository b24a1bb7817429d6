import { MeshoptDecoder } from 'meshoptimizer/decoder'
import * as THREE from 'three'
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'

/**
 * Loads one of our GLB models in the browser and switches its KHR_materials_variants, for every
 * scene that shows a model (the product page's viewer, the try-on). The meshopt decoder is the
 * npm package's own (its WebAssembly is inlined in the module), so it comes from our origin.
 */
export type LoadedModel = {
  /** The model in metres, centred on its bounding box unless asked to keep its origin. */
  scene: THREE.Group
  /** The model's bounding box in its own frame (metres), before any centring. */
  box: THREE.Box3
  /** Variant names in file order: the catalogue's colour codes. */
  variants: string[]
  /** Radius of the model's bounding sphere, for framing a camera. */
  radius: number
  setVariant: (name: string) => Promise<boolean>
}

type VariantMapping = { material: number; variants: number[] }

function mappingsOf(object: THREE.Object3D): VariantMapping[] {
  const ext = (object.userData.gltfExtensions as Record<string, { mappings?: VariantMapping[] }> | undefined)?.KHR_materials_variants
  return ext?.mappings ?? []
}

/**
 * `centre: false` keeps the model's own origin (a frame's bridge, a hat's band), which is where
 * try-on anchors it; the viewer centres the model on its bounding box to orbit around it.
 */
export async function loadModel(url: string, signal?: AbortSignal, { centre = true }: { centre?: boolean } = {}): Promise<LoadedModel> {
  await MeshoptDecoder.ready
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
  const response = await fetch(url, { signal })
  if (!response.ok) throw new Error(`Model ${url} answered ${response.status}`)
  const gltf: GLTF = await loader.parseAsync(await response.arrayBuffer(), '')
  const parser = gltf.parser
  const ext = (parser.json as { extensions?: Record<string, { variants?: { name: string }[] }> }).extensions
  const variants = (ext?.KHR_materials_variants?.variants ?? []).map((v) => v.name)

  const scene = gltf.scene
  const box = new THREE.Box3().setFromObject(scene)
  if (centre) scene.position.sub(box.getCenter(new THREE.Vector3()))
  const holder = new THREE.Group()
  holder.add(scene)
  const radius = box.getBoundingSphere(new THREE.Sphere()).radius

  async function setVariant(name: string): Promise<boolean> {
    const index = variants.indexOf(name)
    if (index < 0) return false
    const meshes: THREE.Mesh[] = []
    scene.traverse((o) => {
      if (o instanceof THREE.Mesh && mappingsOf(o).length > 0) meshes.push(o)
    })
    await Promise.all(
      meshes.map(async (mesh) => {
        const mapping = mappingsOf(mesh).find((m) => m.variants.includes(index))
        if (!mapping) return
        mesh.material = (await parser.getDependency('material', mapping.material)) as THREE.Material
        parser.assignFinalMaterial(mesh)
      }),
    )
    return true
  }

  return { scene: holder, box, variants, radius, setVariant }
}
