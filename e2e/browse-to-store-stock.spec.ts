import { expect, test } from './fixtures'

// Downtown Chicago: close to several demo stores, so distances are small and real.
test.use({
  viewport: { width: 390, height: 844 },
  geolocation: { latitude: 41.88, longitude: -87.63 },
  permissions: ['geolocation'],
})

test('browse from home to a category, filter by colour, switch colour and see stock near me', async ({ page, axe }) => {
  // Four pages and seven axe scans in one journey: on a busy 2-core CI machine that outgrew 30 s.
  test.slow()
  await page.goto('/')
  await axe.check(page)

  await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Eyewear', exact: true }).click()
  await expect(page).toHaveURL(/\/c\/eyewear$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Eyewear' })).toBeVisible()
  // After a client-side navigation the title streams in separately; axe needs it.
  await expect(page).toHaveTitle('Eyewear · Aisle')
  await axe.check(page)

  // On phones the facets fold into one disclosure above the results.
  const filters = page.locator('details', { has: page.locator('summary', { hasText: 'Filters' }) })
  await filters.locator('summary').click()
  const filterForm = filters.getByRole('form', { name: 'Filter products' })
  await expect(filterForm).toBeVisible()
  await axe.check(page)

  // The checkbox is visually hidden behind its pill-shaped label: tap the label, as a shopper would.
  await filterForm.getByText('Black', { exact: true }).click()
  await expect(filterForm.getByRole('checkbox', { name: /^Black\b/ })).toBeChecked()
  await filterForm.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/[?&]color=black(&|$)/)
  await expect(filterForm).toBeHidden()

  const cards = page.getByRole('main').getByRole('article')
  await expect(cards.first()).toBeVisible()
  const count = await cards.count()
  expect(count).toBeGreaterThan(0)
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i)
    await expect(card.getByRole('img')).toHaveAttribute('alt', / in Black\b/)
    await expect(card.getByRole('link')).toHaveAttribute('href', /[?&]color=black(&|$)/)
  }
  await expect(page.getByRole('link', { name: /Black \(remove filter\)/ })).toBeVisible()
  await expect(page).toHaveTitle('Eyewear · Aisle')
  await axe.check(page)

  await cards.getByRole('link', { name: 'Harbor Sunglasses', exact: true }).click()
  await expect(page).toHaveURL(/\/p\/harbor-sunglasses\?color=black$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor Sunglasses' })).toBeVisible()
  await expect(page).toHaveTitle('Harbor Sunglasses by Lakefront Optical · Aisle')
  await axe.check(page)

  const gallery = page.getByRole('region', { name: /^Harbor Sunglasses in .+: images$/ })
  const mainImage = gallery.getByRole('img').first()
  const blackSrc = await mainImage.getAttribute('src')
  expect(blackSrc).toBeTruthy()

  await page.getByRole('link', { name: 'Honey', exact: true }).click()
  await expect(page).toHaveURL(/[?&]color=honey(&|$)/)
  await expect(page.getByRole('link', { name: 'Honey', exact: true })).toHaveAttribute('aria-current', 'true')
  await expect(mainImage).not.toHaveAttribute('src', blackSrc!)
  await expect(mainImage).toHaveAttribute('alt', /in Honey/)
  await expect(page).toHaveTitle('Harbor Sunglasses by Lakefront Optical · Aisle')
  await axe.check(page)

  const nearby = page.getByRole('region', { name: 'Available near you' })
  await expect(nearby).toContainText('Honey')
  await nearby.getByRole('button', { name: 'Use my location' }).click()
  await expect(nearby.getByRole('status')).toHaveText('Nearest stores first.')

  // Rows folded under "Show N more stores" are hidden, so this is the list a shopper sees.
  const rows = nearby.getByRole('listitem')
  await expect(rows.first()).toBeVisible()
  const rowCount = await rows.count()
  expect(rowCount).toBeGreaterThan(0)
  for (let i = 0; i < rowCount; i++) {
    const row = rows.nth(i)
    await expect(row.getByRole('link', { name: /^Aisle / })).toBeVisible()
    await expect(row).toContainText(/In stock|Only \d+ left|Out of stock/)
    await expect(row).toContainText(/\d+(\.\d)? mi\b/)
  }
  // Nearest first: the distances never go down the list.
  const distances = (await rows.allInnerTexts()).map((t) => Number(/(\d+(?:\.\d)?) mi\b/.exec(t)?.[1]))
  expect(distances.every((d) => Number.isFinite(d))).toBe(true)
  expect(distances).toEqual([...distances].sort((a, b) => a - b))
  await axe.check(page)
})
