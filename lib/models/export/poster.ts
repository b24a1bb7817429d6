import { PNG } from 'pngjs'
import * as THREE from 'three'
import type { Finish } from '../materials'

/**
 * A poster drawn from the model's own triangles: a small software rasteriser (z-buffer,
 * interpolated normals, one key light) in plain JS, so it is the same on every machine and needs
 * no GPU or browser at build time. Drawn at twice the size and box-filtered down for smooth edges;
 * the background is transparent so the page's surface shows through.
 */
export type PosterMesh = { geometry: THREE.BufferGeometry; finish: Finish }

const LIGHT = new THREE.Vector3(-0.45, 0.75, 0.55).normalize()
const FILL = new THREE.Vector3(0.6, 0.1, 0.5).normalize()

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
const toSrgb = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055)

function rgbOf(hex: string): [number, number, number] {
  return [1, 3, 5].map((o) => toLinear(parseInt(hex.slice(o, o + 2), 16) / 255)) as [number, number, number]
}

function shade(finish: Finish, normal: THREE.Vector3): [number, number, number] {
  const base = rgbOf(finish.color)
  const key = Math.max(0, normal.dot(LIGHT))
  const fill = Math.max(0, normal.dot(FILL))
  // A highlight towards the viewer (+z), sharper the smoother the surface.
  const half = LIGHT.clone().add(new THREE.Vector3(0, 0, 1)).normalize()
  const spec = Math.max(0, normal.dot(half)) ** (4 + (1 - finish.roughness) * 60) * (1 - finish.roughness) * 0.6
  const diffuse = 0.28 + 0.75 * key + 0.2 * fill
  const metal = finish.metalness
  return base.map((c) => c * diffuse * (1 - metal * 0.4) + spec * (metal > 0 ? c * 2 : 1) + 0.03 * metal) as [number, number, number]
}

type Tri = { p: THREE.Vector3[]; n: THREE.Vector3[]; finish: Finish }

function trianglesOf(meshes: readonly PosterMesh[], view: THREE.Matrix4): Tri[] {
  const normalView = new THREE.Matrix3().getNormalMatrix(view)
  const tris: Tri[] = []
  for (const { geometry, finish } of meshes) {
    const pos = geometry.getAttribute('position')
    const nor = geometry.getAttribute('normal')
    const index = geometry.getIndex()
    const count = index ? index.count : pos.count
    const at = (i: number) => (index ? index.getX(i) : i)
    for (let i = 0; i < count; i += 3) {
      const ids = [at(i), at(i + 1), at(i + 2)]
      tris.push({
        p: ids.map((v) => new THREE.Vector3().fromBufferAttribute(pos, v).applyMatrix4(view)),
        n: ids.map((v) => new THREE.Vector3().fromBufferAttribute(nor, v).applyMatrix3(normalView).normalize()),
        finish,
      })
    }
  }
  return tris
}

/** Renders the meshes seen from the front-left and a little above, as a `size`-pixel square PNG. */
export function renderPoster(meshes: readonly PosterMesh[], size: number, yaw = -0.6, pitch = 0.35): Buffer {
  const view = new THREE.Matrix4().makeRotationX(pitch).multiply(new THREE.Matrix4().makeRotationY(yaw))
  const tris = trianglesOf(meshes, view)
  const box = new THREE.Box3().setFromPoints(tris.flatMap((t) => t.p))
  const S = size * 2
  const extent = Math.max(box.max.x - box.min.x, box.max.y - box.min.y)
  const scale = (S * 0.84) / extent
  const cx = (box.min.x + box.max.x) / 2
  const cy = (box.min.y + box.max.y) / 2
  const depth = new Float64Array(S * S).fill(-Infinity)
  const rgba = new Float64Array(S * S * 4)
  const screen = (p: THREE.Vector3) => [S / 2 + (p.x - cx) * scale, S / 2 - (p.y - cy) * scale, p.z] as const
  const opaque = tris.filter((t) => t.finish.opacity >= 1)
  // Clear parts after the opaque ones, farthest first, blended over what is behind them.
  const clear = tris.filter((t) => t.finish.opacity < 1).sort((a, b) => a.p[0].z + a.p[1].z + a.p[2].z - (b.p[0].z + b.p[1].z + b.p[2].z))
  for (const t of [...opaque, ...clear]) {
    const [a, b, c] = t.p.map(screen)
    const area = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    if (Math.abs(area) < 1e-9) continue
    const x0 = Math.max(0, Math.floor(Math.min(a[0], b[0], c[0])))
    const x1 = Math.min(S - 1, Math.ceil(Math.max(a[0], b[0], c[0])))
    const y0 = Math.max(0, Math.floor(Math.min(a[1], b[1], c[1])))
    const y1 = Math.min(S - 1, Math.ceil(Math.max(a[1], b[1], c[1])))
    const n = new THREE.Vector3()
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5
        const py = y + 0.5
        const w0 = ((b[0] - px) * (c[1] - py) - (b[1] - py) * (c[0] - px)) / area
        const w1 = ((c[0] - px) * (a[1] - py) - (c[1] - py) * (a[0] - px)) / area
        const w2 = 1 - w0 - w1
        if (w0 < 0 || w1 < 0 || w2 < 0) continue
        const z = w0 * a[2] + w1 * b[2] + w2 * c[2]
        const i = y * S + x
        if (z <= depth[i]) continue
        n.set(0, 0, 0).addScaledVector(t.n[0], w0).addScaledVector(t.n[1], w1).addScaledVector(t.n[2], w2).normalize()
        if (n.z < 0) n.negate()
        const rgb = shade(t.finish, n)
        const alpha = t.finish.opacity
        if (alpha >= 1) depth[i] = z
        for (let k = 0; k < 3; k++) rgba[i * 4 + k] = rgb[k] * alpha + rgba[i * 4 + k] * (1 - alpha)
        rgba[i * 4 + 3] = alpha + rgba[i * 4 + 3] * (1 - alpha)
      }
    }
  }
  return downsample(rgba, S, size)
}

/** 2x2 box filter into 8-bit sRGB with straight alpha. */
function downsample(rgba: Float64Array, S: number, size: number): Buffer {
  const png = new PNG({ width: size, height: size })
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0]
      for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
        const i = ((y * 2 + dy) * S + x * 2 + dx) * 4
        // Colours are premultiplied by coverage above; sum them and divide by the summed alpha.
        for (let k = 0; k < 4; k++) sum[k] += rgba[i + k]
      }
      const o = (y * size + x) * 4
      const alpha = sum[3] / 4
      for (let k = 0; k < 3; k++) png.data[o + k] = alpha > 0 ? Math.round(Math.min(1, toSrgb(Math.min(1, sum[k] / sum[3]))) * 255) : 0
      png.data[o + 3] = Math.round(alpha * 255)
    }
  }
  return PNG.sync.write(png, { colorType: 6 })
}
