// Pure and dependency-free: the shopper's page and the staff desk (client code) print codes too.

/** "K7P3QX" → "K7P-3QX", as printed and shown. */
export const formatPickupCode = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`
