import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'

/** One email, however it was typed: trimmed and lower-cased (the whole address; providers treat local parts case-insensitively in practice). */
export function normalizeEmail(input: string): string | null {
  const email = input.trim().toLowerCase()
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? email : null
}

/** One phone number, however it was typed: E.164 (`+13125550100`), or null when it is not a valid number. */
export function normalizePhone(input: string, defaultCountry: CountryCode = 'US'): string | null {
  const phone = parsePhoneNumberFromString(input.trim(), defaultCountry)
  return phone?.isValid() ? phone.number : null
}
