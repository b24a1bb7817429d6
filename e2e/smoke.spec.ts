import { expect, test } from './fixtures'

test('home page answers 200, has an <h1> and passes axe', async ({ page, axe }) => {
  const response = await page.goto('/')
  expect(response, 'no response for /').not.toBeNull()
  expect(response!.status()).toBe(200)
  await expect(page.locator('h1').first()).toBeVisible()
  await axe.check(page)
})
