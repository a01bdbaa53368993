package org.collegium.exchange;

import java.time.Instant;
import java.util.List;

/**
 * A call of a programme with its deadline and the moves of that deadline, oldest first.
 *
 * @param open whether the call takes submissions at the instant it was read (opened, deadline not passed)
 */
public record CallView(CallId id, ProgrammeId programme, String title, Instant opensAt, CallDeadline deadline,
        List<DeadlineChange> changes, boolean open) {

    public boolean deadlineMoved() {
        return !changes.isEmpty();
    }
}
