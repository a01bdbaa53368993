package org.collegium.academy;

/**
 * What an author writes for an activity, in one language.
 *
 * @param body rich text (HTML) for pages; it is sanitised by an allow-list before it is stored
 * @param videoUrl for videos hosted on a video platform: an http or https address
 * @param completionRule what completes the activity, or null when it does not count towards completion
 * @param estimatedMinutes the time it takes, or null
 */
public record ActivityDraft(ActivityKind kind, String language, String title, String body, String videoUrl,
        CompletionRule completionRule, Integer estimatedMinutes) {
}
