package org.collegium.library.web;

/** An option of a select or a checkbox: the value sent, the label read. */
public record Choice(String value, String label) {
}
