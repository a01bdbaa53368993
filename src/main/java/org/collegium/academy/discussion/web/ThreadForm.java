package org.collegium.academy.discussion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new thread as typed; {@code announcement} only counts for staff.
 */
record ThreadForm(
        @NotBlank(message = "{discussion.title.required}") @Size(max = 200, message = "{discussion.title.too-long}") String title,
        @NotBlank(message = "{discussion.body.required}") @Size(max = 20000, message = "{discussion.body.too-long}") String body,
        Boolean announcement) {

    static ThreadForm empty() {
        return new ThreadForm("", "", false);
    }

    boolean announces() {
        return Boolean.TRUE.equals(announcement);
    }
}
