-- Discussion forums of courses (or of one module of a course), their threads and posts.
CREATE TABLE discussion_forum (
    id          UUID         NOT NULL PRIMARY KEY,
    academy_id  UUID         NOT NULL,
    course_id   UUID         NOT NULL,
    module_id   UUID,
    -- course id and module id (or "course"): one forum per place, even when two staff open it at once
    place       VARCHAR(80)  NOT NULL,
    opened_by   UUID         NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_discussion_forum_place UNIQUE (place)
);

CREATE INDEX ix_discussion_forum_academy ON discussion_forum (academy_id);

CREATE TABLE discussion_thread (
    id                UUID          NOT NULL PRIMARY KEY,
    forum_id          UUID          NOT NULL REFERENCES discussion_forum (id),
    kind              VARCHAR(20)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    author_id         UUID          NOT NULL,
    pinned            BOOLEAN       NOT NULL,
    locked            BOOLEAN       NOT NULL,
    replies           INTEGER       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL
);

CREATE INDEX ix_discussion_thread_order ON discussion_thread (forum_id, pinned, last_activity_at);

CREATE TABLE discussion_post (
    id              UUID           NOT NULL PRIMARY KEY,
    thread_id       UUID           NOT NULL REFERENCES discussion_thread (id),
    author_id       UUID           NOT NULL,
    opening         BOOLEAN        NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    quoted_post_id  UUID           REFERENCES discussion_post (id),
    hidden          BOOLEAN        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at       TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_discussion_post_thread ON discussion_post (thread_id, created_at);
CREATE INDEX ix_discussion_post_created ON discussion_post (created_at);

-- Who hid, locked or pinned what, and when.
CREATE TABLE discussion_moderation (
    id            UUID         NOT NULL PRIMARY KEY,
    academy_id    UUID         NOT NULL,
    course_id     UUID         NOT NULL,
    thread_id     UUID         NOT NULL REFERENCES discussion_thread (id),
    post_id       UUID         REFERENCES discussion_post (id),
    moderator_id  UUID         NOT NULL,
    action        VARCHAR(20)  NOT NULL,
    acted_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_discussion_moderation_academy ON discussion_moderation (academy_id, acted_at);

-- How each person hears of a course's discussions; no row means the default (a daily digest).
CREATE TABLE discussion_preference (
    account_id  UUID         NOT NULL,
    course_id   UUID         NOT NULL,
    preference  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (account_id, course_id)
);

-- A digest is recorded before it is sent, so that no two nodes send the same person the same day's digest.
CREATE TABLE discussion_digest (
    account_id  UUID  NOT NULL,
    digest_day  DATE  NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, digest_day)
);
