import { getDbHandle, type DbHandle } from '../db'
import { Hub } from './hub'

export { openEventStream } from './stream'
export { resumeCursor } from './events'

// On globalThis, like the database: the dev server re-evaluates modules, and a second copy of this
// one must find the hub (and its one LISTEN connection) rather than open another.
type Slot = { handle: DbHandle; hub: Hub }
const slot = globalThis as typeof globalThis & { [key: symbol]: Slot | undefined }
const KEY = Symbol.for('aisle.realtime.hub')

/** The process-wide hub, on the process-wide database; it starts listening on its first subscriber. */
export async function getHub(): Promise<Hub> {
  const handle = await getDbHandle()
  const current = slot[KEY]
  if (current?.handle === handle && !current.hub.isClosed) return current.hub
  current?.hub.close().catch(() => {})
  const hub = new Hub(handle)
  slot[KEY] = { handle, hub }
  return hub
}
