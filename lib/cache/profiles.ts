/**
 * How long each kind of read may be reused in-process. Catalogue data changes with merchandising;
 * stock must reach every screen within a second, so it is reused for well under one.
 */
export const ttl = {
  catalog: 60_000,
  listing: 30_000,
  stores: 60_000,
  stock: 500,
} as const
