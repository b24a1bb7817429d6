import { describe, expect, it } from 'vitest'
import { artKinds } from '@/lib/demo/art/kinds'
import { GET } from './route'

function get(path: string) {
  const slug = path.split('/').filter(Boolean)
  return GET(new Request(`http://localhost/media/art/${path}`), { params: Promise.resolve({ slug }) })
}

describe('GET /media/art/...', () => {
  it('draws every kind and view as a small, cacheable SVG', async () => {
    for (const kind of artKinds) {
      for (const view of [0, 1, 2]) {
        const res = await get(`${kind}/6e4326/${view}/417.svg`)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('image/svg+xml')
        expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
        const svg = await res.text()
        expect(svg).toMatch(/^<svg [^>]*width="800" height="1000" viewBox="0 0 800 1000"/)
        expect(svg.length).toBeLessThan(6144)
      }
    }
  })

  it('is deterministic', async () => {
    const a = await (await get('sunglasses/1c1c1e/1/12.svg')).text()
    const b = await (await get('sunglasses/1c1c1e/1/12.svg')).text()
    expect(a).toBe(b)
  })

  it('answers 404 for anything malformed', async () => {
    for (const path of [
      'robot/6e4326/0/1.svg',
      'tee/6E4326/0/1.svg',
      'tee/6e432/0/1.svg',
      'tee/zzzzzz/0/1.svg',
      'tee/6e4326/3/1.svg',
      'tee/6e4326/0/1.png',
      'tee/6e4326/0/-1.svg',
      'tee/6e4326/0/12345.svg',
      'tee/6e4326/0',
      'tee/6e4326/0/1.svg/extra',
      'tee/"><script>/0/1.svg',
    ]) {
      expect((await get(path)).status, path).toBe(404)
    }
  })
})
