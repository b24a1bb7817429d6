import { LM, type Point3 } from './landmarks'
import { add, cross, distance, dot, normalize, quaternionFromBasis, scale, sub, type Vec3 } from './vec'

/**
 * Where a face is and how it is turned, from the tracker's mesh, in the try-on scene's space:
 * pixels of the source frame with the origin at its centre, x right, y up, z towards the camera
 * (an orthographic camera looks down −z, so one scene unit is one source pixel on screen).
 */
export type FacePose = {
  /** Head axes: wearer's left (image right when unmirrored), up, and out of the face. */
  right: Vec3
  up: Vec3
  forward: Vec3
  quaternion: [number, number, number, number]
  /** Mid-point of the eyes' corners. */
  eyes: Vec3
  /** The nose bridge between the eyes (landmark 168). */
  bridge: Vec3
  /** Top of the forehead (landmark 10). */
  forehead: Vec3
  /** Scene pixels per millimetre, from the iris (11.7 mm across) or, without it, the face's width. */
  pxPerMm: number
  /**
   * How the scale was found: 'iris' measured it in this frame; 'iris-earlier' used the face's width
   * as the iris measured it in earlier frames (the tracker skips the iris model on most frames);
   * 'face-width' only assumes an average face.
   */
  scaleFrom: 'iris' | 'iris-earlier' | 'face-width'
  /** Face width between the cheek outlines, in mm (meaningful when scaleFrom is 'iris'). */
  faceWidthMm: number
}

/** Average human iris diameter (horizontal visible iris), the ruler the fit estimate uses. */
export const IRIS_MM = 11.7
/** Assumed cheek-to-cheek width when there is no iris to measure by. */
export const DEFAULT_FACE_WIDTH_MM = 140

type Frame = { width: number; height: number }

const toScene = (p: Point3, frame: Frame): Vec3 => [p[0] - frame.width / 2, frame.height / 2 - p[1], -(p[2] ?? 0)]

function mean(points: Vec3[]): Vec3 {
  const s = points.reduce((a, b) => add(a, b), [0, 0, 0] as Vec3)
  return scale(s, 1 / points.length)
}

function irisDiameter(mesh: readonly Point3[], frame: Frame, ring: readonly number[]): number | null {
  if (mesh.length <= ring[3]) return null
  const [a, b, c, d] = ring.map((i) => toScene(mesh[i], frame))
  // The ring's points sit on the iris edge, two across and two up-down.
  const across = (distance(a, c) + distance(b, d)) / 2
  return across > 0 ? across : null
}

/**
 * The face's pose, or null when the mesh is too small to hold the landmarks try-on needs.
 * `knownFaceWidthMm`: the face's width as earlier frames' irises measured it, for frames read
 * without the iris model.
 */
export function facePose(mesh: readonly Point3[], frame: Frame, knownFaceWidthMm?: number | null): FacePose | null {
  if (mesh.length < 468) return null
  const p = (i: number) => toScene(mesh[i], frame)
  const rightEye = mean([p(LM.rightEyeOuter), p(133)])
  const leftEye = mean([p(LM.leftEyeOuter), p(362)])
  const right = normalize(sub(leftEye, rightEye))
  const chinToForehead = sub(p(LM.forehead), p(LM.chin))
  const up = normalize(sub(chinToForehead, scale(right, dot(chinToForehead, right))))
  const forward = normalize(cross(right, up))
  if (!Number.isFinite(forward[0]) || (forward[0] === 0 && forward[1] === 0 && forward[2] === 0)) return null

  const faceWidthPx = distance(p(LM.rightCheek), p(LM.leftCheek))
  const irises = [irisDiameter(mesh, frame, LM.rightIris.ring), irisDiameter(mesh, frame, LM.leftIris.ring)].filter(
    (d): d is number => d !== null,
  )
  const fromWidth = faceWidthPx / DEFAULT_FACE_WIDTH_MM
  let pxPerMm = fromWidth
  let scaleFrom: FacePose['scaleFrom'] = 'face-width'
  if (irises.length > 0) {
    const fromIris = irises.reduce((a, b) => a + b, 0) / irises.length / IRIS_MM
    // An iris reading far from what the face's width suggests is a bad reading (a squint, a blink).
    const ratio = fromIris / fromWidth
    if (ratio > 0.75 && ratio < 1.33) {
      pxPerMm = fromIris
      scaleFrom = 'iris'
    }
  } else if (knownFaceWidthMm && knownFaceWidthMm > 60 && knownFaceWidthMm < 220) {
    pxPerMm = faceWidthPx / knownFaceWidthMm
    scaleFrom = 'iris-earlier'
  }
  return {
    right,
    up,
    forward,
    quaternion: quaternionFromBasis(right, up, forward),
    eyes: mean([rightEye, leftEye]),
    bridge: p(LM.bridge),
    forehead: p(LM.forehead),
    pxPerMm,
    scaleFrom,
    faceWidthMm: faceWidthPx / pxPerMm,
  }
}

export type ItemGroup = 'eyewear' | 'hat'

/** Where to draw an item: position in scene pixels, the head's rotation, scene pixels per model metre. */
export type ItemPose = { position: Vec3; quaternion: [number, number, number, number]; pxPerMetre: number }

/** How a hat sits: its band about this far above the forehead's top landmark, pushed back to the head's centre. */
const HAT_BAND_ABOVE_MM = 8
const HEAD_CENTRE_BEHIND_FOREHEAD_MM = 88
/** Hats come in sizes: one is shown in the size that fits the head, judged from the face's width. */
const HAT_HEAD_WIDTH_MM = 150

/**
 * The item's pose on the face. Glasses: the model's origin (the bridge's back plane) at eye level
 * on the nose bridge. Hats: the band's centre inside the head, at the forehead's top, scaled to the
 * head (a shopper picks the size that fits).
 */
export function itemPose(face: FacePose, group: ItemGroup): ItemPose {
  const mm = face.pxPerMm
  if (group === 'eyewear') {
    const depth = dot(sub(face.bridge, face.eyes), face.forward)
    const position = add(face.eyes, scale(face.forward, depth))
    return { position, quaternion: face.quaternion, pxPerMetre: mm * 1000 }
  }
  const band = add(add(face.forehead, scale(face.up, HAT_BAND_ABOVE_MM * mm)), scale(face.forward, -HEAD_CENTRE_BEHIND_FOREHEAD_MM * mm))
  const headWidthMm = face.faceWidthMm * 1.08
  const fit = Math.min(1.25, Math.max(0.85, headWidthMm / HAT_HEAD_WIDTH_MM))
  return { position: band, quaternion: face.quaternion, pxPerMetre: mm * 1000 * fit }
}

/** The head stand-in that hides what is behind the head (the far temple, a hat's inner back). */
export type Occluder = { centre: Vec3; quaternion: [number, number, number, number]; radii: Vec3 }

export function headOccluder(face: FacePose): Occluder {
  const mm = face.pxPerMm
  // Its front stays 20 mm behind the bridge, so it never cuts into the frame's front or the lenses;
  // the temples, running back from the hinges, pass behind it once the head turns.
  const halfWidth = (face.faceWidthMm / 2) * 0.95
  const centre = add(add(face.bridge, scale(face.forward, -120 * mm)), scale(face.up, 12 * mm))
  return { centre, quaternion: face.quaternion, radii: [halfWidth * mm, 125 * mm, 100 * mm] }
}
