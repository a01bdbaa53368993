package org.collegium.academy;

/**
 * How a person hears of a course's discussions by e-mail. Announcements are mailed at once unless NONE.
 */
public enum NotificationPreference {
    NONE, EACH_POST, DAILY_DIGEST;

    public static final NotificationPreference DEFAULT = DAILY_DIGEST;
}
