/** Absolute origin for metadata and structured data; NEXT_PUBLIC_ so it is the same on server and client. */
export const siteUrl = process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000'
