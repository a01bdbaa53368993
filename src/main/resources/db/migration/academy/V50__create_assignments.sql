CREATE TABLE assignment (
    id                    UUID                     NOT NULL PRIMARY KEY,
    activity_id           UUID                     NOT NULL,
    academy_id            UUID                     NOT NULL REFERENCES academy (id),
    instructions          VARCHAR(40000),
    submission_type       VARCHAR(10)              NOT NULL,
    due_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    late_policy           VARCHAR(30)              NOT NULL,
    cut_off_at            TIMESTAMP WITH TIME ZONE,
    pass_mark             INTEGER                  NOT NULL,
    peer_reviews          INTEGER                  NOT NULL,
    peer_review_seconds   BIGINT,
    peer_review_anonymous BOOLEAN                  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT assignment_activity_uq UNIQUE (activity_id)
);
CREATE INDEX assignment_academy_ix ON assignment (academy_id);

CREATE TABLE assignment_rubric_level (
    assignment_id      UUID         NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    criterion_position INTEGER      NOT NULL,
    criterion_title    VARCHAR(500) NOT NULL,
    level_position     INTEGER      NOT NULL,
    level_title        VARCHAR(500) NOT NULL,
    points             INTEGER      NOT NULL,
    CONSTRAINT assignment_rubric_level_pk PRIMARY KEY (assignment_id, criterion_position, level_position)
);

CREATE TABLE assignment_submission (
    id                 UUID                     NOT NULL PRIMARY KEY,
    assignment_id      UUID                     NOT NULL REFERENCES assignment (id),
    learner_id         UUID                     NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    text               VARCHAR(20000),
    file_id            UUID,
    saved_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    first_submitted_at TIMESTAMP WITH TIME ZONE,
    version            BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT assignment_submission_learner_uq UNIQUE (assignment_id, learner_id)
);

CREATE TABLE assignment_submission_version (
    submission_id UUID                     NOT NULL REFERENCES assignment_submission (id) ON DELETE CASCADE,
    number        INTEGER                  NOT NULL,
    text          VARCHAR(20000),
    file_id       UUID,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    late          BOOLEAN                  NOT NULL,
    CONSTRAINT assignment_submission_version_pk PRIMARY KEY (submission_id, number)
);

CREATE TABLE assignment_grade (
    submission_id  UUID                     NOT NULL PRIMARY KEY REFERENCES assignment_submission (id),
    assignment_id  UUID                     NOT NULL REFERENCES assignment (id),
    levels         VARCHAR(400)             NOT NULL,
    points         INTEGER                  NOT NULL,
    total_points   INTEGER                  NOT NULL,
    passed         BOOLEAN                  NOT NULL,
    feedback       VARCHAR(20000),
    graded_version INTEGER                  NOT NULL,
    graded_by      UUID                     NOT NULL,
    graded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at    TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX assignment_grade_assignment_ix ON assignment_grade (assignment_id);

CREATE TABLE assignment_peer_review (
    id            UUID                     NOT NULL PRIMARY KEY,
    assignment_id UUID                     NOT NULL REFERENCES assignment (id),
    submission_id UUID                     NOT NULL REFERENCES assignment_submission (id),
    reviewer_id   UUID                     NOT NULL,
    status        VARCHAR(20)              NOT NULL,
    allocated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    levels        VARCHAR(400),
    points        INTEGER,
    comment       VARCHAR(5000),
    given_at      TIMESTAMP WITH TIME ZONE,
    closed_at     TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX assignment_peer_review_assignment_ix ON assignment_peer_review (assignment_id, reviewer_id);
CREATE INDEX assignment_peer_review_submission_ix ON assignment_peer_review (submission_id);
CREATE INDEX assignment_peer_review_due_ix ON assignment_peer_review (status, due_at);
