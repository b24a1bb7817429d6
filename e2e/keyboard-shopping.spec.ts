import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// A shopper who uses only the keyboard: skip link, search, a result, a colour — each focus visible.

// Reduced motion: the product page's 3D view, which loads as focus scrolls it into view, then draws
// only on demand instead of spinning; on a shared CI machine a spinning software-WebGL scene can
// starve the page. (Keyboard use is the point here, not the spin.)
test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' })

/** Tabs forward until `matches` holds for the focused element; fails after `max` presses. */
async function tabTo(page: Page, matches: () => Promise<boolean>, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await matches()) return
  }
  throw new Error(`focus never reached the target in ${max} presses`)
}

async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return 'none'
    const style = getComputedStyle(el)
    return style.outlineStyle === 'none' || style.outlineWidth === '0px' ? style.boxShadow : style.outlineStyle
  })
  expect(outline, 'the focused element shows a focus indicator').not.toBe('none')
}

test('search, open a product and change its colour with the keyboard alone', async ({ page, axe }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expectVisibleFocus(page)

  const search = page.getByRole('searchbox', { name: 'Search products' }).first()
  await tabTo(page, () => search.evaluate((el) => el === document.activeElement))
  await expectVisibleFocus(page)
  await page.keyboard.type('harbor sunglasses')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=harbor/)
  await expect(page).toHaveTitle(/Aisle/)
  await axe.check(page)

  const result = page.getByRole('link', { name: 'Harbor Sunglasses' }).first()
  await tabTo(page, () => result.evaluate((el) => el === document.activeElement))
  await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/p\/harbor-sunglasses/)
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor Sunglasses' })).toBeVisible()

  const black = page.getByRole('link', { name: 'Black', exact: true })
  await tabTo(page, () => black.evaluate((el) => el === document.activeElement))
  await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/color=black/)
  await expect(page).toHaveTitle(/Harbor Sunglasses/)
  await axe.check(page)
})
