package org.collegium.exchange.web;

/** The e-mail address of the person to appoint to a programme's secretariat. */
record AppointmentForm(String email) {
}
