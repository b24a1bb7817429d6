// `npm run db:reset`: wipe the database (PGlite in .data/, or DATABASE_URL) and rebuild the demo data.
import { openDb } from '../lib/db/client'
import { seedDemo } from '../lib/demo/seed'

const started = Date.now()
const handle = await openDb({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.AISLE_DATA_DIR || undefined,
})
try {
  await seedDemo(handle.db, { reset: true })
  console.log(`Demo data rebuilt on ${handle.driver} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
} finally {
  await handle.close()
}
