// ONE schema (DESIGN.md), kept in a file per capability; drizzle-kit and openDb read it through here.
export * from './tables/catalog'
export * from './tables/inventory'
export * from './tables/platform'
export * from './tables/bopis'
export * from './tables/loyalty'
export * from './tables/customers'
