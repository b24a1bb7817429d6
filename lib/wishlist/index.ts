export * from './policy'
export * from './schemas'
export * from './wishlist'
