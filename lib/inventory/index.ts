export { getAvailability, stockStatus, LOW_STOCK_THRESHOLD } from './availability'
export * from './schemas'
