import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>
type Violation = AxeResults['violations'][number]

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export interface AxeCheckOptions {
  /** CSS selectors to exclude from the scan. */
  exclude?: string[]
  /** axe rule ids to disable (justify each one in the spec). */
  disableRules?: string[]
}

export interface AxeFixture {
  /** Runs axe (WCAG 2.0/2.1 A + AA) on the page; fails listing every violation. */
  check(page: Page, options?: AxeCheckOptions): Promise<void>
}

export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes
        .map((n) => `      - ${n.target.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(' ')}`)
        .join('\n')
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets}`
    })
    .join('\n')
}

export const test = base.extend<{ axe: AxeFixture }>({
  axe: async ({}, provide, testInfo) => {
    await provide({
      async check(page, options = {}) {
        // After a server action's redirect the new page's <title> lands a moment after its body:
        // audit the page once it is whole, so a missing title is a real one (it still fails after 5 s).
        await expect.poll(() => page.title(), { message: `a <title> on ${page.url()}` }).not.toBe('')
        let builder = new AxeBuilder({ page }).withTags(AXE_TAGS)
        for (const selector of options.exclude ?? []) builder = builder.exclude(selector)
        if (options.disableRules?.length) builder = builder.disableRules(options.disableRules)
        const results = await builder.analyze()
        if (results.violations.length > 0) {
          await testInfo.attach(`axe-violations-${page.url()}`, {
            body: JSON.stringify(results.violations, null, 2),
            contentType: 'application/json',
          })
        }
        expect(
          results.violations.length,
          `${results.violations.length} accessibility violation(s) on ${page.url()}:\n${formatViolations(results.violations)}`,
        ).toBe(0)
      },
    })
  },
})

export { expect }
