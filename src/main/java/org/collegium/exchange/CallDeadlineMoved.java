package org.collegium.exchange;

/** The secretariat moved a call's deadline; whoever holds a draft for the call is to be told. */
public record CallDeadlineMoved(CallId call, DeadlineChange change) {
}
