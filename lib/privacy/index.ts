export * from './consents'
export * from './erase'
export * from './export'
export * from './schemas'
