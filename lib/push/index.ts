// What the BFF's routes use; the dispatcher is started from instrumentation.ts (lib/push/dispatcher).
export { getVapidKeys } from './keys'
export { subscribe, unsubscribe } from './subscriptions'
