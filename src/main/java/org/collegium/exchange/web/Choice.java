package org.collegium.exchange.web;

/** An option of a form's list or checkboxes: the value sent and the label shown. */
record Choice(String value, String label) {
}
