export { getAvailability } from './availability'
export { stockStatus, summarizeStock, LOW_STOCK_THRESHOLD, type StockSummary } from './stock-status'
export * from './schemas'
export {
  recordMovement,
  recordCount,
  transferStock,
  StockMovementInput,
  StockCountInput,
  StockTransferInput,
  InsufficientStock,
  UnknownStockLevel,
  CountBelowReserved,
  EVENTS_CHANNEL,
  type MovementRecord,
  type StockLevel,
} from './movements'
