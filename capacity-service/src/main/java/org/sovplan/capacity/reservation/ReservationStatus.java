package org.sovplan.capacity.reservation;

/** ACTIVE reservations hold accelerators and IT MW; RELEASED ones are history. */
public enum ReservationStatus {
    ACTIVE, RELEASED
}
