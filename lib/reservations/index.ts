export * from './service'
export * from './schemas'
export { formatPickupCode, normalizePickupCode } from './codes'
