import { expect, test } from './fixtures'

test('robots.txt points crawlers at a sitemap of every category, product and store', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Disallow: /api/')
  const sitemapUrl = /Sitemap: (\S+)/.exec(robots)?.[1]
  expect(sitemapUrl).toMatch(/\/sitemap\.xml$/)

  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/xml/)
  const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  expect(locs).toContain('/p/harbor-sunglasses')
  expect(locs).toContain('/c/eyewear')
  expect(locs.filter((p) => p.startsWith('/p/')).length).toBeGreaterThanOrEqual(150)
  expect(locs.filter((p) => p.startsWith('/stores/')).length).toBeGreaterThanOrEqual(8)
  // A sample of the listed pages really exists.
  for (const path of [locs[0], locs.find((p) => p.startsWith('/stores/'))!, locs[locs.length - 1]]) {
    expect((await request.get(new URL(path, baseURL).toString())).status(), path).toBe(200)
  }
})

test('pages and API answers carry the security headers', async ({ request }) => {
  for (const path of ['/', '/api/v1/products/harbor-sunglasses/availability', '/api/v1/products/by-code/4006381333931']) {
    const headers = (await request.get(path)).headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
  }
})
