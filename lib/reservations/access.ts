export { canReadReservation } from './service'
