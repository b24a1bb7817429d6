import fs from 'node:fs'
import path from 'node:path'
import type { APIRequestContext, Locator } from '@playwright/test'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import { siteUrl } from '../app/site-url'
import { shelfTagPath } from '../lib/catalog/code'
import { expect, test } from './staff-fixtures'

// Staff print a store's shelf tags; the barcodes on them must scan as the variant's real codes.

// The first request for each label draws its two symbols; a category's worth takes a while on a busy runner.
test.describe.configure({ timeout: 90_000 })

const SCREENS = path.join('test-results', 'screens')
const HARBOR = { sku: 'AIS-HARB-TOR', gtin: '8034592001024' }
/** 96 CSS px per inch: the size a label's millimetres take on screen. */
const mm = (n: number) => (n * 96) / 25.4

prepareZXingModule({
  overrides: { wasmBinary: fs.readFileSync(path.join('node_modules', 'zxing-wasm', 'dist', 'reader', 'zxing_reader.wasm')).buffer },
})

async function wickerPark(request: APIRequestContext): Promise<{ id: string; name: string }> {
  const stores: { id: string; name: string }[] = await (await request.get('/api/v1/stores')).json()
  expect(stores).toHaveLength(10)
  const store = stores.find((s) => s.name.includes('Wicker Park'))
  expect(store, 'the Wicker Park demo store').toBeTruthy()
  return store!
}

/** What a scanner reads off a screenshot of the element: every symbol found, as format and text. */
async function scan(element: Locator): Promise<{ format: string; text: string }[]> {
  const png = await element.screenshot({ scale: 'device' })
  const results = await readBarcodes(new Uint8Array(png), { formats: ['EAN13', 'UPCA', 'EAN8', 'QRCode'], tryHarder: true })
  return results.filter((r) => r.isValid).map((r) => ({ format: r.format, text: r.text }))
}

async function imagesLoaded(label: Locator) {
  await label.locator('img').evaluateAll((images) => Promise.all(images.map((img) => (img as HTMLImageElement).decode())))
}

test('staff pick a store and a category and see its labels, with name, price and SKU', async ({ page, request, axe }) => {
  const store = await wickerPark(request)
  const product = await (await request.get('/api/v1/products/harbor-sunglasses')).json()
  const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: product.price.currency }).format(product.price.amount / 100)

  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/staff/shelf-tags')
  await expect(page.getByRole('heading', { level: 1, name: 'Shelf tags' })).toBeVisible()
  await expect(page.getByText('Aisle Staff')).toBeVisible()
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expect(page.getByRole('status')).toContainText('Choose a store')

  await page.getByLabel('Store').selectOption(store.id)
  await page.getByLabel('Category').selectOption('eyewear')
  await page.getByRole('button', { name: 'Show labels' }).click()

  const label = page.locator(`article[data-sku="${HARBOR.sku}"]`)
  await expect(label).toContainText('Harbor Sunglasses', { timeout: 30_000 })
  await expect(page).toHaveURL(new RegExp(`store=${store.id}.*category=eyewear`))
  await expect(label).toContainText(price)
  await expect(label).toContainText(HARBOR.sku)
  await expect(label.getByRole('img', { name: `EAN-13 barcode ${HARBOR.gtin}` })).toBeVisible()
  const count = await page.locator('article[data-sku]').count()
  expect(count).toBeGreaterThan(20)
  await expect(page.getByRole('button', { name: `Print ${count} labels` })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Sheet 1 of \d+$/ })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached()
  // Staff pages have their own header: none of the shop's navigation.
  await expect(page.getByRole('navigation', { name: 'Staff tools' })).toBeVisible()
  await expect(page.getByRole('search')).toHaveCount(0)

  await axe.check(page)
  await imagesLoaded(page.locator('.label-page').first())
  await page.screenshot({ path: path.join(SCREENS, 'shelf-tags-1280x800.png') })
})

test('the printed barcode and QR code scan as the variant’s GTIN and its shelf-tag URL', async ({ browser, request }) => {
  const store = await wickerPark(request)
  const product = await (await request.get('/api/v1/products/harbor-sunglasses')).json()
  const variant = product.variants.find((v: { sku: string }) => v.sku === HARBOR.sku)
  expect(variant.gtin).toBe(HARBOR.gtin)

  // Three device pixels per CSS pixel is about what a 300 dpi label printer puts down.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 3 })
  const page = await context.newPage()
  await page.goto(`/staff/shelf-tags?store=${store.id}&category=eyewear`)
  const label = page.locator(`article[data-sku="${HARBOR.sku}"]`)
  await label.scrollIntoViewIfNeeded()
  await imagesLoaded(label)

  const barcode = await scan(label.locator('img[data-symbol="barcode"]'))
  expect(barcode).toEqual([{ format: 'EAN13', text: variant.gtin }])
  const qr = await scan(label.locator('img[data-symbol="qr"]'))
  expect(qr).toEqual([{ format: 'QRCode', text: `${siteUrl}${shelfTagPath(store.id, variant.gtin)}` }])

  // The symbols are vector images, so they stay sharp at any printer resolution.
  const svg = await page.request.get(`/staff/shelf-tags/symbols/barcode/${variant.gtin}`)
  expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/)
  expect(await svg.text()).toMatch(/^<svg [^>]*viewBox=/)
  await context.close()
})

test('printing shows only the A4 sheets, labels where the stock has them, one sheet per page', async ({ page, request }) => {
  const store = await wickerPark(request)
  // A4 at 96 dpi: the print preview is the page as it comes out of the printer.
  await page.setViewportSize({ width: Math.round(mm(210)), height: Math.round(mm(297)) })
  await page.goto(`/staff/shelf-tags?store=${store.id}&category=eyewear`)
  const form = page.getByRole('form', { name: 'Choose shelf tags' })
  await expect(form).toBeVisible()

  await page.emulateMedia({ media: 'print' })
  await expect(form).toBeHidden()
  await expect(page.getByText('Aisle Staff')).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden()
  await expect(page.getByRole('button', { name: /^Print/ })).toBeHidden()
  await expect(page.getByRole('heading', { name: /^Sheet 1/ })).toBeHidden()

  // The first label sits 15.15 mm down and 7.21 mm in, and measures 63.5 × 38.1 mm.
  const first = await page.locator('article[data-sku]').first().boundingBox()
  expect(first).not.toBeNull()
  expect(first!.x).toBeCloseTo(mm(7.21), 0)
  expect(first!.y).toBeCloseTo(mm(15.15), 0)
  expect(first!.width).toBeCloseTo(mm(63.5), 0)
  expect(first!.height).toBeCloseTo(mm(38.1), 0)

  await imagesLoaded(page.locator('.label-page').first())
  await page.screenshot({ path: path.join(SCREENS, 'shelf-tags-print-a4.png') })

  // Chromium's own print: exactly one A4 page per sheet, no blank page after any of them.
  const labels = await page.locator('article[data-sku]').count()
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  fs.writeFileSync(path.join(SCREENS, 'shelf-tags-print.pdf'), pdf)
  const text = pdf.toString('latin1')
  expect(text.match(/\/Type\s*\/Page\b/g) ?? []).toHaveLength(Math.ceil(labels / 21))
  expect(text).toMatch(/\/MediaBox\s*\[0 0 59[45]\.\d+ 84[12]\.\d+\]/)
  // Not one raster image: every bar and QR module reaches the printer as a vector shape.
  expect(text).not.toMatch(/\/Subtype\s*\/Image/)
})

test('a single label prints on its own; unknown stores, SKUs and searches get clear messages', async ({ page, request }) => {
  const store = await wickerPark(request)

  const one = await page.goto(`/staff/shelf-tags/${store.id}/${HARBOR.sku}`)
  expect(one?.status()).toBe(200)
  await expect(page.locator('article[data-sku]')).toHaveCount(1)
  await expect(page.locator(`article[data-sku="${HARBOR.sku}"]`)).toContainText('Harbor Sunglasses')
  await expect(page.getByRole('button', { name: 'Print 1 label' })).toBeVisible()

  for (const [url, message] of [
    ['/staff/shelf-tags?store=str_nope&category=eyewear', 'We have no store with the id “str_nope”.'],
    ['/staff/shelf-tags?store=%3Cscript%3E', 'We have no store with the id “<script>”.'],
    [`/staff/shelf-tags?store=${store.id}&q=zzqqxx`, `No shelf tags match “zzqqxx” at ${store.name}.`],
    [`/staff/shelf-tags/${store.id}/NOPE-123`, `No shelf tags match SKU “NOPE-123” at ${store.name}.`],
    [`/staff/shelf-tags/str_nope/${HARBOR.sku}`, 'We have no store with the id “str_nope”.'],
    [`/staff/shelf-tags/${store.id}/100%25`, 'These filters cannot be used.'],
  ]) {
    const response = await page.goto(url)
    expect(response?.status(), url).toBeLessThan(500)
    await expect(page.getByText(message), url).toBeVisible()
    await expect(page.locator('article[data-sku]')).toHaveCount(0)
  }

  const bad = await request.get('/staff/shelf-tags/symbols/barcode/8034592001025')
  expect(bad.status()).toBe(422)
  expect(bad.headers()['content-type']).toMatch(/^application\/problem\+json/)
})

test('a whole store is capped at 210 labels, ten sheets, with a message saying so', async ({ page, request }) => {
  const store = await wickerPark(request)
  // This test is about the cap, not about drawing 420 symbols.
  await page.route('**/staff/shelf-tags/symbols/**', (route) => route.abort())
  await page.goto(`/staff/shelf-tags?store=${store.id}`)
  await expect(page.getByText(/^Showing the first 210 of [\d,]+ labels\.$/)).toBeVisible()
  await expect(page.locator('article[data-sku]')).toHaveCount(210)
  await expect(page.locator('.label-page')).toHaveCount(10)
})
