import { expect, type Page } from '@playwright/test'

/** The subject of the sign-in mail (lib/auth/code-mail.ts); the fixture finds the code by it. */
export const SIGN_IN_SUBJECT = 'Your Aisle sign-in code'

/**
 * The newest 6-digit sign-in code mailed to `email`, read from the dev outbox in a page of its own
 * (the caller's page stays where it is). Retries briefly: the mail is written with the code, but
 * the outbox page is a separate request.
 */
export async function readSignInCode(page: Page, email: string): Promise<string> {
  const outbox = await page.context().newPage()
  try {
    let code = ''
    await expect(async () => {
      await outbox.goto('/dev/outbox')
      const mail = outbox
        .getByRole('article')
        .filter({ has: outbox.getByRole('heading', { name: SIGN_IN_SUBJECT }) })
        .filter({ hasText: email.trim().toLowerCase() })
        .first()
      const text = await mail.locator('pre').innerText({ timeout: 1_000 })
      code = /\b(\d{6})\b/.exec(text)?.[1] ?? ''
      expect(code, `no sign-in code in the mail to ${email}`).toMatch(/^\d{6}$/)
    }).toPass({ timeout: 10_000 })
    return code
  } finally {
    await outbox.close()
  }
}

/**
 * Signs the page's browser context in as `email` through the real flow: request a code, read it
 * from the dev outbox, verify it. Afterwards every page of the context carries the session
 * cookie (page.request shares the context's cookies). The page is not navigated.
 */
export async function signInByEmail(page: Page, email: string): Promise<void> {
  const requested = await page.request.post('/api/v1/auth/code', { data: { email } })
  expect(requested.status(), await requested.text()).toBe(202)
  const code = await readSignInCode(page, email)
  const verified = await page.request.post('/api/v1/auth/verify', { data: { email, code } })
  expect(verified.status(), await verified.text()).toBe(200)
}
