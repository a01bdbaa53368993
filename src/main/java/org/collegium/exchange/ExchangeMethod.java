package org.collegium.exchange;

/** The four ways colleagues meet in an exchange, as the programmes name them. */
public enum ExchangeMethod {
    /** Practitioners travel to the partner country. */
    EXPERT_MISSION,
    /** A practitioner of the partner country works for a while in a municipality that offers expertise. */
    WORK_PLACEMENT,
    /** Experts meet around a complex challenge shared by several local governments. */
    EXPERT_ROUND_TABLE,
    /** A group from the partner country visits municipalities in Europe. */
    STUDY_VISIT
}
