// Opens the database once (migrations, and the demo seed when it is empty), then exits.
// `npm start` runs this before the server on a new embedded database: seeding grows PGlite's
// WebAssembly heap, which never shrinks, so the server then opens an already-seeded one lean.
import { openDb } from '../lib/db/client'
import { seedIfEmpty } from '../lib/demo/seed'

const started = Date.now()
const handle = await openDb({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.AISLE_DATA_DIR || undefined,
})
try {
  const seeded = process.env.AISLE_DEMO_SEED !== 'off' && (await seedIfEmpty(handle.db))
  const what = seeded ? 'migrated and seeded with demo data' : 'migrated'
  console.log(`> Database ${what} on ${handle.driver} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} finally {
  await handle.close()
}
