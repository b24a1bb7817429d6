// The event outbox every live screen reads, and the database's own settings.
import { bigserial, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import { createdAt } from './columns'

/** Outbox: state changes other screens must see, appended in the writer's transaction. */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    storeId: text('store_id'),
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('events_created_idx').on(t.createdAt)],
)

export const meta = pgTable('aisle_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})
