package org.collegium.library.review;

/** What a participant found in a resource: its strengths, its weaknesses, and what they recommend. */
public record PeerAnalysis(String strengths, String weaknesses, String recommendations) {
}
