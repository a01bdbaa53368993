package org.collegium.academy.facilitation;

/** What a facilitator did, as the facilitation log names it. Labels: {@code facilitation.log.entry.<NAME>}. */
public enum LogAction {
    GRADE_RELEASED, DISCUSSION_MODERATED, ANNOUNCEMENT_POSTED, ATTENDANCE_TAKEN, MESSAGE_SENT
}
