// The reservations capability, by concern: policy, errors, reading, creating, the life-cycle actions, and the sweep.
export * from './policy'
export * from './errors'
export { canReadReservation, getReservation, listStoreReservations, getForStaff, findForPickup } from './read'
export { createReservation } from './create'
export { extendHold, confirmReservation, cancelByShopper, markReady, collect, cancelByStaff, resolveAttention } from './actions'
export { sweep } from './sweep'
