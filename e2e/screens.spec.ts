import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { cumulativeLayoutShift } from './layout-shift'

const phone = { width: 390, height: 844 }
const desktop = { width: 1280, height: 800 }

const screens: { name: string; path: string; viewport: { width: number; height: number }; measureShift: boolean }[] = [
  { name: 'home', path: '/', viewport: phone, measureShift: true },
  { name: 'category', path: '/c/eyewear', viewport: phone, measureShift: false },
  { name: 'search', path: '/search?q=sunglasses', viewport: phone, measureShift: false },
  { name: 'product', path: '/p/harbor-sunglasses', viewport: phone, measureShift: true },
  { name: 'stores', path: '/stores', viewport: phone, measureShift: false },
  { name: 'scan', path: '/scan', viewport: phone, measureShift: true },
  { name: 'sign-in', path: '/account/sign-in', viewport: phone, measureShift: true },
  { name: 'offline', path: '/offline', viewport: phone, measureShift: false },
  { name: 'home', path: '/', viewport: desktop, measureShift: true },
  { name: 'product', path: '/p/harbor-sunglasses', viewport: desktop, measureShift: true },
  { name: 'scan', path: '/scan', viewport: desktop, measureShift: true },
]

/** Brings every rendered image into view so lazy ones load, then lists those that failed. */
async function brokenImages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const images = [...document.querySelectorAll('img')].filter((img) => img.checkVisibility())
    for (const img of images) {
      img.scrollIntoView({ block: 'center', inline: 'center' })
      await img.decode().catch(() => undefined)
    }
    // Put every scroller (page and gallery strip) back where it started for the screenshot.
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      if (el.scrollLeft !== 0) el.scrollLeft = 0
    }
    window.scrollTo(0, 0)
    return images.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.currentSrc || img.src)
  })
}

for (const screen of screens) {
  const size = `${screen.viewport.width}x${screen.viewport.height}`
  test.describe(`${screen.name} at ${size}`, () => {
    test.use({ viewport: screen.viewport })

    test(`${screen.name} ${size}: loads every image${screen.measureShift ? ', no layout shift' : ''}, screenshot`, async ({
      page,
      axe,
    }) => {
      const response = await page.goto(screen.path)
      expect(response?.status()).toBe(200)
      await page.waitForLoadState('networkidle')
      await page.evaluate(() => document.fonts.ready)

      if (screen.measureShift) {
        const cls = await cumulativeLayoutShift(page)
        test.info().annotations.push({ type: 'cumulative layout shift', description: cls.toFixed(4) })
        expect(cls, `cumulative layout shift on ${screen.path}`).toBeLessThan(0.1)
      }

      expect(await brokenImages(page), `broken images on ${screen.path}`).toEqual([])
      // Nothing wider than the screen: a phone page that scrolls sideways is broken.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width on ${screen.path}`).toBeLessThanOrEqual(screen.viewport.width)
      await axe.check(page)
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: `test-results/screens/${screen.name}-${size}.png`, fullPage: true })
    })
  })
}
