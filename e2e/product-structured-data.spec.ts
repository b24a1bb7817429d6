import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

type Thing = Record<string, unknown> & { '@type'?: string | string[] }

/** Every JSON-LD node on the page, with `@graph` flattened. */
async function jsonLd(page: Page): Promise<Thing[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blocks
    .map((text) => JSON.parse(text) as Thing)
    .flatMap((doc) => (Array.isArray(doc['@graph']) ? (doc['@graph'] as Thing[]) : [doc]))
}

const ofType = (nodes: Thing[], type: string) =>
  nodes.filter((n) => (Array.isArray(n['@type']) ? n['@type'].includes(type) : n['@type'] === type))

test('the product page describes the product with offers, GTINs and rating', async ({ page, axe }) => {
  await page.goto('/p/harbor-sunglasses')
  await axe.check(page)
  const [product] = ofType(await jsonLd(page), 'Product')
  expect(product).toBeDefined()
  expect(product.name).toBe('Harbor Sunglasses')
  const offers = product.offers as Thing[]
  expect(Array.isArray(offers) && offers.length).toBeGreaterThan(0)
  for (const offer of offers) {
    const gtinKey = Object.keys(offer).find((k) => /^gtin(8|12|13|14)?$/.test(k))
    expect(gtinKey, `offer ${String(offer.sku)} has no gtin`).toBeDefined()
    expect(String(offer[gtinKey!])).toMatch(/^\d{8,14}$/)
    expect(Number(offer.price)).toBeGreaterThan(0)
    expect(offer.priceCurrency).toMatch(/^[A-Z]{3}$/)
    expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock|LimitedAvailability)$/)
  }
  const rating = product.aggregateRating as Thing
  expect(rating['@type']).toBe('AggregateRating')
  expect(Number(rating.ratingValue)).toBeGreaterThanOrEqual(1)
  expect(Number(rating.ratingValue)).toBeLessThanOrEqual(5)
  expect(Number(rating.reviewCount)).toBeGreaterThan(0)
})

test('the home page names the organization', async ({ page, axe }) => {
  await page.goto('/')
  await axe.check(page)
  const [org] = ofType(await jsonLd(page), 'Organization')
  expect(org).toMatchObject({ name: 'Aisle', url: expect.stringMatching(/^https?:\/\//) })
})

test('a store page describes the store', async ({ page, request, axe }) => {
  const [first] = (await (await request.get('/api/v1/stores')).json()) as { slug: string; name: string }[]
  await page.goto(`/stores/${first.slug}`)
  await axe.check(page)
  const [store] = ofType(await jsonLd(page), 'Store')
  expect(store).toMatchObject({ name: first.name, address: expect.objectContaining({ '@type': 'PostalAddress' }) })
  expect((store.openingHoursSpecification as Thing[]).length).toBeGreaterThan(0)
})
