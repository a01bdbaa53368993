/**
 * The practitioner registry: who in a local or regional government could go on an exchange, with their function
 * (from the vocabulary), topics of expertise, languages, availability and international experience.
 * {@link org.collegium.exchange.practitioner.Practitioners} is its facade.
 */
package org.collegium.exchange.practitioner;
