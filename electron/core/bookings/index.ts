/** What the bookings feature offers the rest of the core; its other modules are its own. */
export { applyBookings, createBookingHandlers } from './booking-handlers';
