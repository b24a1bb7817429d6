import { Rng } from '../../demo/random'
import { SHELF_SCENES, shelfScene } from './background'
import { addNoise, filterRegion, gaussianBlur, jpegRoundTrip, tone, type Box } from './filters'
import { grayImage, paste, type Gray } from './gray'
import { warpInto, type Point, type Quad } from './warp'

/** What can go wrong between a printed code and the camera frame, one class at a time. */
export const distortions = ['clean', 'rotation', 'blur', 'noise', 'contrast', 'small', 'perspective', 'jpeg'] as const
export type Distortion = (typeof distortions)[number]

export const severities = ['mild', 'moderate', 'severe'] as const
export type Severity = (typeof severities)[number]
/** A clean frame has no severity. */
export type Level = Severity | 'none'

type Table<T> = Record<Severity, T>

/** In-plane rotation, degrees: a phone held at an angle to the bars. */
const rotationDeg: Table<number> = { mild: 5, moderate: 15, severe: 35 }
/** Gaussian blur sigma in frame pixels (a retail module is ~4 px here): focus not yet settled. */
const blurSigma: Table<number> = { mild: 1.2, moderate: 2, severe: 3.5 }
/** Sensor noise sigma, grey levels: a dim aisle pushes the camera's gain up. */
const noiseSigma: Table<number> = { mild: 8, moderate: 18, severe: 36 }
/** Ink and paper grey levels: faded print or glare. */
const contrastTones: Table<readonly [number, number]> = { mild: [70, 190], moderate: [100, 165], severe: [118, 146] }
/** Scale of the code against its usual size: the shopper stands back. */
const smallFactor: Table<number> = { mild: 0.6, moderate: 0.42, severe: 0.28 }
/** Tilt of the label away from the camera, degrees (yaw; pitch is half of it). */
const tiltDeg: Table<number> = { mild: 20, moderate: 35, severe: 55 }
/** JPEG quality: a compressed stream from a low-end camera. */
const jpegQuality: Table<number> = { mild: 40, moderate: 20, severe: 8 }

/** A steady hand still holds the phone a little off level. */
const HAND_TILT_DEG = 1.5
/** A phone camera's focal length against the frame width (a ~65° horizontal field of view). */
const FOCAL = 0.8

export type ComposeOptions = {
  distortion: Distortion
  /** 'none' (or a 'clean' distortion) leaves the frame undistorted. */
  severity: Level
  /** Every random choice (scene, placement, noise) follows from it: same seed, same frame. */
  seed: number
  /** The code's width in the frame, in pixels, before distortion. */
  codeWidth: number
  width?: number
  height?: number
}

/** Options with the frame size filled in and the severity known (clean frames skip every table). */
type Placed = Required<Omit<ComposeOptions, 'severity'>> & { severity: Severity }

function sign(rng: Rng): number {
  return rng.chance(0.5) ? -1 : 1
}

/** Where the label's corners land: centred near the aiming box, then rotated or tilted in 3-D. */
function placement(label: Gray, o: Placed, rng: Rng): Quad {
  const scale = (o.codeWidth / label.width) * (o.distortion === 'small' ? smallFactor[o.severity] : 1)
  const w = label.width * scale
  const h = label.height * scale
  const cx = o.width / 2 + (rng.float() - 0.5) * 0.06 * o.width
  const cy = o.height / 2 + (rng.float() - 0.5) * 0.08 * o.height
  const roll =
    ((rng.float() * 2 - 1) * HAND_TILT_DEG + (o.distortion === 'rotation' ? sign(rng) * rotationDeg[o.severity] : 0)) *
    (Math.PI / 180)
  const tilt = o.distortion === 'perspective' ? tiltDeg[o.severity] * (Math.PI / 180) : 0
  const yaw = sign(rng) * tilt
  const pitch = (sign(rng) * tilt) / 2
  const f = FOCAL * o.width
  const corner = (x: number, y: number): Point => {
    const rx = x * Math.cos(roll) - y * Math.sin(roll)
    const ry = x * Math.sin(roll) + y * Math.cos(roll)
    const py = ry * Math.cos(pitch)
    const pz = ry * Math.sin(pitch)
    const yx = rx * Math.cos(yaw) + pz * Math.sin(yaw)
    const yz = -rx * Math.sin(yaw) + pz * Math.cos(yaw)
    const s = f / (f + yz)
    return { x: cx + yx * s, y: cy + py * s }
  }
  return [corner(-w / 2, -h / 2), corner(w / 2, -h / 2), corner(w / 2, h / 2), corner(-w / 2, h / 2)]
}

function bounds(quad: Quad): Box {
  const x = Math.floor(Math.min(...quad.map((p) => p.x)))
  const y = Math.floor(Math.min(...quad.map((p) => p.y)))
  return { x, y, width: Math.ceil(Math.max(...quad.map((p) => p.x))) - x, height: Math.ceil(Math.max(...quad.map((p) => p.y))) - y }
}

/** The printed label: the code with a white margin around its quiet zone. */
function onLabel(code: Gray): Gray {
  const margin = Math.round(code.height * 0.08)
  const label = grayImage(code.width + 2 * margin, code.height + 2 * margin)
  paste(label, code, margin, margin)
  return label
}

/**
 * One camera frame (1280×720 by default) showing `code` on a shelf, with one distortion class at
 * one severity applied. Deterministic: the same code and options give the same pixels.
 */
export function composeFrame(code: Gray, options: ComposeOptions): Gray {
  const clean = options.distortion === 'clean' || options.severity === 'none'
  const o: Placed = {
    width: 1280,
    height: 720,
    ...options,
    distortion: clean ? 'clean' : options.distortion,
    severity: options.severity === 'none' ? 'mild' : options.severity,
  }
  const rng = new Rng(o.seed)
  const frame = shelfScene(o.width, o.height, rng.int(0, SHELF_SCENES - 1))
  let label = onLabel(code)
  if (o.distortion === 'contrast') label = tone(label, ...contrastTones[o.severity])
  const quad = placement(label, o, rng)
  warpInto(frame, label, quad)
  switch (o.distortion) {
    case 'blur': {
      const sigma = blurSigma[o.severity]
      filterRegion(frame, bounds(quad), Math.ceil(sigma * 3), 1, (region) => gaussianBlur(region, sigma))
      return frame
    }
    case 'jpeg':
      filterRegion(frame, bounds(quad), 0, 16, (region) => jpegRoundTrip(region, jpegQuality[o.severity]))
      return frame
    case 'noise':
      return addNoise(frame, noiseSigma[o.severity], rng)
    default:
      return frame
  }
}
