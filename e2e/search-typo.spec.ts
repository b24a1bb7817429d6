import { expect, test } from './fixtures'

test.use({ viewport: { width: 390, height: 844 } })

test('a misspelt search still finds Harbor Sunglasses', async ({ page, axe }) => {
  await page.goto('/')
  await axe.check(page)
  const search = page.getByRole('search').filter({ visible: true })
  await search.getByRole('searchbox', { name: 'Search products' }).fill('harbr sunglases')
  await search.getByRole('searchbox', { name: 'Search products' }).press('Enter')
  await expect(page).toHaveURL(/\/search\?q=harbr(\+|%20)sunglases$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “harbr sunglases”')
  // After a client-side navigation the title streams in separately; axe needs it.
  await expect(page).toHaveTitle('Results for “harbr sunglases” · Aisle')
  await axe.check(page)

  const result = page.getByRole('main').getByRole('link', { name: 'Harbor Sunglasses', exact: true })
  await result.click()
  await expect(page).toHaveURL(/\/p\/harbor-sunglasses$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbor Sunglasses')
  await expect(page).toHaveTitle('Harbor Sunglasses by Lakefront Optical · Aisle')
  await axe.check(page)
})

test('a nonsense search shows the empty state, not an error', async ({ page, axe }) => {
  const response = await page.goto('/search?q=zzqxv+plorkwump')
  expect(response?.status()).toBe(200)
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 2, name: /^Nothing matches “zzqxv plorkwump”/ })).toBeVisible()
  await expect(main.getByRole('article')).toHaveCount(0)
  await expect(main.getByRole('alert')).toHaveCount(0)
  // The empty state offers a way on: category links.
  await expect(main.getByRole('link', { name: 'Eyewear' })).toBeVisible()
  await axe.check(page)
})
