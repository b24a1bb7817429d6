// The sign-in mail: the code, how long it lasts, and what to do if it was not you.
import { CODE_MINUTES } from './policy'

export const SIGN_IN_SUBJECT = 'Your Aisle sign-in code'

/** The code is the only 6-digit number in the mail, spaced in HTML for reading, plain in text for copying. */
export function signInMail(code: string): { subject: string; text: string; html: string } {
  const lead = `Your Aisle sign-in code is ${code}.`
  const rules = `Enter it on the sign-in page within ${CODE_MINUTES} minutes. It works once.`
  const notYou = "If you didn't ask to sign in, ignore this email: nobody can sign in without the code, and we never ask for it by phone."
  return {
    subject: SIGN_IN_SUBJECT,
    text: [lead, '', rules, '', notYou].join('\n'),
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1c1917;max-width:560px">
<p>Your Aisle sign-in code is</p>
<p style="font-size:32px;font-weight:700;letter-spacing:6px;margin:8px 0">${code}</p>
<p>${rules}</p>
<p style="color:#57534e;font-size:14px">${notYou}</p>
</body></html>`,
  }
}
