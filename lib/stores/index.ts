export { listStores, getStore, sortStores, toStore } from './stores'
export { openState, formatClock, weekdays } from './hours'
export * from './schemas'
