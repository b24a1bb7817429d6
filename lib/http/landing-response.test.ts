import { describe, expect, it } from 'vitest'
import { landingResponse } from './landing-response'

describe('landingResponse', () => {
  it('sends the shopper on with a 303 that is never cached', () => {
    const res = landingResponse({ kind: 'product', href: '/p/harbor-sunglasses?color=tortoise&via=tag', storeId: 's1' }, null)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/p/harbor-sunglasses?color=tortoise&via=tag')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(landingResponse({ kind: 'missing', href: '/scan?missing=4006381333931', storeId: null }, null).status).toBe(303)
  })

  it('answers a browser with a short page a person can read', async () => {
    const res = landingResponse({ kind: 'invalid', reason: 'The check digit <does not> match.' }, 'text/html,application/xhtml+xml')
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('The check digit &lt;does not&gt; match.')
    expect(html).toContain('href="/scan"')
  })

  it('answers any other client with problem+json', async () => {
    const res = landingResponse({ kind: 'invalid', reason: 'Wrong check digit.' }, 'application/json')
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await res.json()).toMatchObject({ type: '/problems/invalid-code', detail: 'Wrong check digit.' })
  })
})
