import type { ItemPose } from './pose'
import type { Vec3 } from './vec'

/**
 * The One Euro filter (Casiez, Roussel, Vogel 2012): heavy smoothing while the head is still, so
 * the frames do not jitter, and little when it moves fast, so they do not lag behind.
 */
export class OneEuro {
  private x: number | null = null
  private dx = 0
  private t = 0
  constructor(
    private readonly minCutoff = 1.2,
    private readonly beta = 0.02,
    private readonly dCutoff = 1,
  ) {}

  private static alpha(cutoff: number, dt: number) {
    const tau = 1 / (2 * Math.PI * cutoff)
    return 1 / (1 + tau / dt)
  }

  filter(value: number, tMs: number): number {
    if (this.x === null) {
      this.x = value
      this.t = tMs
      return value
    }
    const dt = Math.max(1e-3, (tMs - this.t) / 1000)
    this.t = tMs
    const rawDx = (value - this.x) / dt
    this.dx += OneEuro.alpha(this.dCutoff, dt) * (rawDx - this.dx)
    const cutoff = this.minCutoff + this.beta * Math.abs(this.dx)
    this.x += OneEuro.alpha(cutoff, dt) * (value - this.x)
    return this.x
  }

  reset() {
    this.x = null
    this.dx = 0
  }
}

type Quat = [number, number, number, number]

function slerp(a: Quat, b: Quat, t: number): Quat {
  let [bx, by, bz, bw] = b
  let cos = a[0] * bx + a[1] * by + a[2] * bz + a[3] * bw
  if (cos < 0) {
    ;[bx, by, bz, bw] = [-bx, -by, -bz, -bw]
    cos = -cos
  }
  if (cos > 0.9995) {
    const q: Quat = [a[0] + t * (bx - a[0]), a[1] + t * (by - a[1]), a[2] + t * (bz - a[2]), a[3] + t * (bw - a[3])]
    const l = Math.hypot(...q)
    return [q[0] / l, q[1] / l, q[2] / l, q[3] / l]
  }
  const angle = Math.acos(cos)
  const sin = Math.sin(angle)
  const wa = Math.sin((1 - t) * angle) / sin
  const wb = Math.sin(t * angle) / sin
  return [a[0] * wa + bx * wb, a[1] * wa + by * wb, a[2] * wa + bz * wb, a[3] * wa + bw * wb]
}

/** Angle between two unit quaternions, in radians. */
export function quatAngle(a: Quat, b: Quat): number {
  const cos = Math.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3])
  return 2 * Math.acos(Math.min(1, cos))
}

/** Smooths an item's pose between tracker readings; the rotation by speed-adaptive slerp. */
export class PoseSmoother {
  private readonly position = [new OneEuro(), new OneEuro(), new OneEuro()]
  private readonly size = new OneEuro(0.6, 0.004)
  private rotation: Quat | null = null
  private t = 0

  update(pose: ItemPose, tMs: number): ItemPose {
    const position = pose.position.map((v, i) => this.position[i].filter(v, tMs)) as Vec3
    const pxPerMetre = this.size.filter(pose.pxPerMetre, tMs)
    if (!this.rotation) {
      this.rotation = pose.quaternion
    } else {
      const dt = Math.max(1e-3, (tMs - this.t) / 1000)
      const speed = quatAngle(this.rotation, pose.quaternion) / dt
      const cutoff = 1.5 + 0.6 * speed
      const tau = 1 / (2 * Math.PI * cutoff)
      this.rotation = slerp(this.rotation, pose.quaternion, 1 / (1 + tau / dt))
    }
    this.t = tMs
    return { position, quaternion: this.rotation, pxPerMetre }
  }

  reset() {
    this.position.forEach((f) => f.reset())
    this.size.reset()
    this.rotation = null
  }
}

/**
 * How visible the item is: it fades in when a face is found and out when tracking is lost, rather
 * than blinking or freezing in place.
 */
export class Presence {
  private value = 0
  private t: number | null = null
  constructor(
    private readonly fadeInMs = 150,
    private readonly fadeOutMs = 350,
  ) {}

  update(tracked: boolean, tMs: number): number {
    const dt = this.t === null ? 0 : Math.max(0, tMs - this.t)
    this.t = tMs
    this.value = tracked ? Math.min(1, this.value + dt / this.fadeInMs) : Math.max(0, this.value - dt / this.fadeOutMs)
    return this.value
  }

  get opacity() {
    return this.value
  }
}
