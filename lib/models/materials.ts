import type { DemoColor } from '../demo/colors'
import type { Role } from './geometry/parts'

/** Plain PBR numbers for a material, shared by the GLB, the USDZ and the poster renderer. */
export type Finish = { color: string; roughness: number; metalness: number; opacity: number }

const METALS = new Set(['gold', 'silver'])
const CLEAR = new Set(['crystal', 'frosted'])

/** The finish of a colour variant; metals shine, crystal and frosted let light through. */
export function primaryFinish(color: DemoColor, glossy: boolean): Finish {
  if (METALS.has(color.code)) return { color: `#${color.hex}`, roughness: 0.3, metalness: 0.9, opacity: 1 }
  return { color: `#${color.hex}`, roughness: glossy ? 0.35 : 0.75, metalness: 0, opacity: CLEAR.has(color.code) ? 0.6 : 1 }
}

/** Fixed materials: every role but `primary`. Sunglass lenses are smoked, optical lenses clear. */
export function fixedFinish(role: Exclude<Role, 'primary'>, tinted: boolean): Finish {
  switch (role) {
    case 'lens':
      return tinted
        ? { color: '#23282c', roughness: 0.1, metalness: 0, opacity: 0.85 }
        : { color: '#e8f0f2', roughness: 0.05, metalness: 0, opacity: 0.25 }
    case 'sole':
      return { color: '#f1efe9', roughness: 0.85, metalness: 0, opacity: 1 }
    case 'trim':
      return { color: '#f4f2ec', roughness: 0.8, metalness: 0, opacity: 1 }
    case 'wax':
      return { color: '#efe6d2', roughness: 0.6, metalness: 0, opacity: 1 }
    case 'dark':
      return { color: '#2a2522', roughness: 0.7, metalness: 0, opacity: 1 }
  }
}
