import * as THREE from 'three'
import { loadModel, type LoadedModel } from '@/lib/models/load'
import type { ItemPose, Occluder } from '@/lib/try-on/pose'

/**
 * The try-on's drawing: the item over the camera picture, in an orthographic camera whose units
 * are the source's pixels (so the face mesh's coordinates place it directly), with an invisible
 * head that writes depth only, so a temple or a hat's back behind the head is hidden by it.
 */
export type Overlay = {
  /** The item's width across (x), in millimetres: for the fit estimate. */
  widthMm: number
  variants: string[]
  setVariant: (code: string) => Promise<boolean>
  setSize: (width: number, height: number) => void
  draw: (pose: ItemPose | null, head: Occluder | null, opacity: number) => void
  canvas: HTMLCanvasElement
  dispose: () => void
}

export async function createOverlay(canvas: HTMLCanvasElement, glb: string, signal?: AbortSignal): Promise<Overlay> {
  const model: LoadedModel = await loadModel(glb, signal, { centre: false })
  const renderer = new THREE.WebGLRenderer({ canvas, alpha: true, antialias: true, preserveDrawingBuffer: true })
  renderer.setClearColor(0x000000, 0)
  renderer.outputColorSpace = THREE.SRGBColorSpace
  renderer.toneMapping = THREE.NeutralToneMapping

  const scene = new THREE.Scene()
  scene.add(new THREE.HemisphereLight(0xffffff, 0x4a4036, 1.6))
  const key = new THREE.DirectionalLight(0xffffff, 2.2)
  key.position.set(0.3, 0.6, 1)
  scene.add(key)
  const rim = new THREE.DirectionalLight(0xffffff, 0.6)
  rim.position.set(-0.6, 0.2, -0.4)
  scene.add(rim)

  const camera = new THREE.OrthographicCamera(-1, 1, 1, -1, -100000, 100000)
  camera.position.set(0, 0, 10000)

  const head = new THREE.Mesh(new THREE.SphereGeometry(1, 40, 24), new THREE.MeshBasicMaterial({ colorWrite: false }))
  head.renderOrder = -1
  scene.add(head)
  const item = model.scene
  scene.add(item)

  // Each material's own look (a lens is see-through), which fading multiplies rather than replaces.
  const original = new WeakMap<THREE.Material, { transparent: boolean; opacity: number }>()
  const materials = () => {
    const found = new Set<THREE.Material>()
    item.traverse((o) => {
      if (o instanceof THREE.Mesh) for (const m of [o.material].flat()) found.add(m as THREE.Material)
    })
    return [...found]
  }

  const setSize = (width: number, height: number) => {
    renderer.setPixelRatio(1)
    // Drawn at the source's size (a phone's camera is 640–1280 px across); CSS scales it with the video.
    renderer.setSize(width, height, false)
    camera.left = -width / 2
    camera.right = width / 2
    camera.top = height / 2
    camera.bottom = -height / 2
    camera.updateProjectionMatrix()
  }

  return {
    widthMm: (model.box.max.x - model.box.min.x) * 1000,
    variants: model.variants,
    setVariant: model.setVariant,
    setSize,
    canvas,
    draw(pose, occluder, opacity) {
      const shown = !!pose && opacity > 0.01
      item.visible = shown
      head.visible = shown && !!occluder
      if (pose) {
        item.position.set(...pose.position)
        item.quaternion.set(...pose.quaternion)
        item.scale.setScalar(pose.pxPerMetre)
        for (const m of materials()) {
          const own = original.get(m) ?? { transparent: m.transparent, opacity: m.opacity }
          original.set(m, own)
          const transparent = own.transparent || opacity < 0.999
          if (m.transparent !== transparent) {
            m.transparent = transparent
            m.needsUpdate = true
          }
          m.opacity = own.opacity * opacity
        }
      }
      if (occluder) {
        head.position.set(...occluder.centre)
        head.quaternion.set(...occluder.quaternion)
        head.scale.set(...occluder.radii)
      }
      renderer.render(scene, camera)
    },
    dispose() {
      renderer.dispose()
      head.geometry.dispose()
    },
  }
}
