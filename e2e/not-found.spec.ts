import { expect, test } from './fixtures'

test.use({ viewport: { width: 390, height: 844 } })

for (const path of ['/p/no-such-product', '/c/no-such-category']) {
  test(`${path} answers 404 with the friendly not-found page`, async ({ page, axe }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'We couldn’t find that page' })).toBeVisible()
    const main = page.getByRole('main')
    await expect(main.getByRole('search').getByRole('searchbox', { name: 'Search products' })).toBeVisible()
    await expect(main.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/')
    await axe.check(page)
  })
}

test('the API answers problem+json for an unknown product', async ({ request }) => {
  const response = await request.get('/api/v1/products/no-such-product')
  expect(response.status()).toBe(404)
  expect(response.headers()['content-type']).toMatch(/^application\/problem\+json/)
  const problem = await response.json()
  expect(problem).toMatchObject({ type: expect.any(String), title: expect.any(String), status: 404 })
})

test('the API answers 400 problem+json listing the bad parameter', async ({ request }) => {
  const response = await request.get('/api/v1/products?minPrice=abc')
  expect(response.status()).toBe(400)
  expect(response.headers()['content-type']).toMatch(/^application\/problem\+json/)
  const problem = await response.json()
  expect(problem).toMatchObject({ type: expect.any(String), title: expect.any(String), status: 400 })
  expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'minPrice' })]))
})

test('the API describes itself as OpenAPI 3.1', async ({ request }) => {
  const response = await request.get('/api/v1/openapi.json')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/json/)
  const doc = await response.json()
  expect(doc.openapi).toMatch(/^3\.1\.\d+$/)
  expect(doc.paths).toHaveProperty(['/products/{handle}'])
})
