package org.collegium.shared.files;

/**
 * What an office document's ZIP container may hold before it is taken for a zip bomb.
 *
 * @param maxEntries how many entries at most
 * @param maxUncompressedBytes how many bytes all entries may unpack to, together
 * @param maxRatio how many times the archive's own size its content may unpack to
 */
public record ArchiveLimits(int maxEntries, long maxUncompressedBytes, int maxRatio) {
}
