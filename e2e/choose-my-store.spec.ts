import { expect, test } from './fixtures'

test.use({ viewport: { width: 390, height: 844 } })

type StoreStock = {
  store: { id: string; slug: string; name: string }
  variants: { colorCode: string; available: number }[]
}

test('choose my store, then see its stock, aisle and hours', async ({ page, axe, request }) => {
  // Pick a store that has the default colour on its shelf, so the aisle and bay are shown.
  const product = await (await request.get('/api/v1/products/harbor-sunglasses')).json()
  const colorCode: string = product.colors[0].code
  const availability = await (await request.get('/api/v1/products/harbor-sunglasses/availability')).json()
  const stocked = (availability.stores as StoreStock[]).find((s) =>
    s.variants.some((v) => v.colorCode === colorCode && v.available > 0),
  )
  expect(stocked, `no store has Harbor Sunglasses in ${colorCode}`).toBeDefined()
  const store = stocked!.store

  await page.goto('/stores')
  await expect(page.getByRole('heading', { level: 1, name: 'Find a store' })).toBeVisible()
  await axe.check(page)

  const header = page.getByRole('banner')
  await expect(header).toContainText('Choose a store')
  await page.getByRole('button', { name: `Set as my store ${store.name}`, exact: true }).click()
  await expect(header).toContainText(`My store: ${store.name}`)
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: store.name, exact: true }) })
  await expect(card).toContainText('My store')
  await axe.check(page)

  await page.goto('/p/harbor-sunglasses')
  const main = page.getByRole('main')
  await expect(main.getByText(`${store.name}`, { exact: true }).first()).toBeVisible()
  await expect(main.getByText(/^Find it in aisle \w+, bay \w+$/)).toBeVisible()
  const nearby = page.getByRole('region', { name: 'Available near you' })
  const firstRow = nearby.getByRole('listitem').first()
  await expect(firstRow.getByRole('link', { name: store.name, exact: true })).toBeVisible()
  await expect(firstRow).toContainText('My store')
  await expect(firstRow).toContainText(/In stock|Only \d+ left/)
  await expect(firstRow).toContainText(/Aisle \w+ · Bay \w+/)
  await axe.check(page)

  await firstRow.getByRole('link', { name: store.name, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/stores/${store.slug}$`))
  await expect(page.getByRole('heading', { level: 1, name: store.name })).toBeVisible()
  // After a client-side navigation the title streams in separately; axe needs it.
  await expect(page).toHaveTitle(`${store.name} · Aisle`)
  await expect(page.getByRole('main').getByText(/^(Open until \d|Closed · opens \d|Temporarily closed)/).first()).toBeVisible()
  const hours = page.getByRole('table', { name: `Opening hours, ${store.name}` })
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    await expect(hours.getByRole('rowheader', { name: new RegExp(`^${day}`) })).toBeVisible()
  }
  await expect(hours.getByRole('row')).toHaveCount(7)
  await expect(hours.getByText('Today')).toHaveCount(1)
  await expect(page.getByRole('main').getByText('My store', { exact: true })).toBeVisible()
  await axe.check(page)
})

test('the in-stock-at-my-store filter appears once a store is chosen', async ({ page, axe, request, context, baseURL }) => {
  const stores = (await (await request.get('/api/v1/stores')).json()) as { id: string; name: string }[]
  const store = stores[0]

  await page.goto('/c/eyewear')
  // A click that lands while the page is still hydrating on a busy runner can be lost: open the
  // disclosure until its contents show.
  await expect(async () => {
    if (!(await page.getByRole('button', { name: 'Apply filters' }).isVisible())) {
      await page.locator('summary', { hasText: 'Filters' }).click()
    }
    await expect(page.getByRole('button', { name: 'Apply filters' })).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
  await expect(page.getByRole('checkbox', { name: /^In stock at/ })).toHaveCount(0)
  await axe.check(page)

  // Same cookie the store picker sets; scoped to this test's browser context only.
  await context.addCookies([{ name: 'aisle_store', value: store.id, url: baseURL! }])
  await page.reload()
  await page.locator('summary', { hasText: 'Filters' }).click()
  const form = page.getByRole('form', { name: 'Filter products' }).filter({ visible: true })
  const inStock = form.getByRole('checkbox', { name: `In stock at ${store.name}` })
  await expect(inStock).toBeVisible()
  await axe.check(page)

  await inStock.check()
  await form.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(new RegExp(`[?&]inStockAt=${store.id}(&|$)`))
  await expect(page.getByRole('link', { name: `In stock at ${store.name} (remove filter)` })).toBeVisible()
  await expect(page).toHaveTitle('Eyewear · Aisle')
  await axe.check(page)
})
