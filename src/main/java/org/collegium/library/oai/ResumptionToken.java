package org.collegium.library.oai;

import java.time.Instant;

import org.collegium.library.resource.HarvestPosition;

/**
 * Where an incomplete list continues: the arguments of the first request (absent ones are null), how many records
 * were already sent and the last of them, and until when the token is honoured.
 */
record ResumptionToken(String metadataPrefix, String from, String until, String set, long cursor,
        HarvestPosition after, Instant expires) {
}
