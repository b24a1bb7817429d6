export { getAvailability } from './availability'
export { stockStatus, summarizeStock, LOW_STOCK_THRESHOLD, type StockSummary } from './stock-status'
export * from './schemas'
