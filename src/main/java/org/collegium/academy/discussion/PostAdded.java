package org.collegium.academy.discussion;

import org.collegium.academy.DiscussionPostId;

/**
 * A post was written; once it is committed, those who follow each post (or announcements) hear of it.
 */
record PostAdded(DiscussionPostId post) {
}
