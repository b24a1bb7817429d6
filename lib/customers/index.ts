export * from './cookies'
export * from './sessions'
