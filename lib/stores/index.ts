export { listStores, getStore, sortStores, toStore } from './stores'
export { openState, formatClock, clockAt, weekdays } from './hours'
export * from './schemas'
