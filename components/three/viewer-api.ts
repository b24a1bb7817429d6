/** What the viewer's buttons and keys can ask of the scene once it is running. */
export type ViewerApi = {
  rotate: (yaw: number, pitch: number) => void
  zoom: (factor: number) => void
  reset: () => void
}

export type ModelState = 'poster' | 'loading' | 'ready' | 'error' | 'no-webgl'

/** Turns a key press into a viewer action; false when the key is not one of ours. */
export function keyAction(key: string, api: ViewerApi): boolean {
  const step = Math.PI / 12
  switch (key) {
    case 'ArrowLeft':
      api.rotate(-step, 0)
      return true
    case 'ArrowRight':
      api.rotate(step, 0)
      return true
    case 'ArrowUp':
      api.rotate(0, -step)
      return true
    case 'ArrowDown':
      api.rotate(0, step)
      return true
    case '+':
    case '=':
      api.zoom(0.8)
      return true
    case '-':
    case '_':
      api.zoom(1.25)
      return true
    case '0':
    case 'Home':
      api.reset()
      return true
    default:
      return false
  }
}

export function hasWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas')
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'))
  } catch {
    return false
  }
}
