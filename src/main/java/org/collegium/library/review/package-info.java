/**
 * Peer analyses (strengths, weaknesses, recommendations) and comments that participants and editors add to published
 * resources, with their editors' moderation.
 */
package org.collegium.library.review;
