CREATE TABLE course_run (
    id                  UUID                     NOT NULL PRIMARY KEY,
    course_id           UUID                     NOT NULL REFERENCES course (id),
    kind                VARCHAR(20)              NOT NULL,
    policy              VARCHAR(20)              NOT NULL,
    language            VARCHAR(8)               NOT NULL,
    capacity            INTEGER,
    enrolment_opens_at  TIMESTAMP WITH TIME ZONE,
    enrolment_closes_at TIMESTAMP WITH TIME ZONE,
    starts_at           TIMESTAMP WITH TIME ZONE,
    ends_at             TIMESTAMP WITH TIME ZONE,
    zone                VARCHAR(64)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT course_run_capacity_positive CHECK (capacity IS NULL OR capacity > 0)
);
CREATE INDEX course_run_course_ix ON course_run (course_id);

CREATE TABLE course_run_facilitator (
    run_id     UUID NOT NULL REFERENCES course_run (id) ON DELETE CASCADE,
    account_id UUID NOT NULL,
    CONSTRAINT course_run_facilitator_pk PRIMARY KEY (run_id, account_id)
);
CREATE INDEX course_run_facilitator_account_ix ON course_run_facilitator (account_id);

CREATE TABLE enrolment (
    id           UUID                     NOT NULL PRIMARY KEY,
    run_id       UUID                     NOT NULL REFERENCES course_run (id),
    course_id    UUID                     NOT NULL REFERENCES course (id),
    learner_id   UUID                     NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    queue_number BIGINT,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT enrolment_learner_run_uq UNIQUE (run_id, learner_id)
);
CREATE INDEX enrolment_run_status_ix ON enrolment (run_id, status);
CREATE INDEX enrolment_learner_ix ON enrolment (learner_id);
CREATE INDEX enrolment_course_learner_ix ON enrolment (course_id, learner_id);

CREATE TABLE enrolment_invitation (
    run_id     UUID                     NOT NULL REFERENCES course_run (id) ON DELETE CASCADE,
    email      VARCHAR(320)             NOT NULL,
    invited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    invited_by UUID                     NOT NULL,
    CONSTRAINT enrolment_invitation_pk PRIMARY KEY (run_id, email)
);

CREATE TABLE activity_completion (
    enrolment_id UUID                     NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
    activity_id  UUID                     NOT NULL REFERENCES course_activity (id),
    rule         VARCHAR(20)              NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT activity_completion_pk PRIMARY KEY (enrolment_id, activity_id)
);
CREATE INDEX activity_completion_activity_ix ON activity_completion (activity_id);

CREATE TABLE live_session (
    id          UUID                     NOT NULL PRIMARY KEY,
    run_id      UUID                     NOT NULL REFERENCES course_run (id) ON DELETE CASCADE,
    activity_id UUID REFERENCES course_activity (id),
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    zone        VARCHAR(64)              NOT NULL,
    place       VARCHAR(500),
    link        VARCHAR(1000)
);
CREATE INDEX live_session_run_ix ON live_session (run_id);

CREATE TABLE live_session_attendance (
    session_id   UUID                     NOT NULL REFERENCES live_session (id) ON DELETE CASCADE,
    enrolment_id UUID                     NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
    present      BOOLEAN                  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  UUID                     NOT NULL,
    CONSTRAINT live_session_attendance_pk PRIMARY KEY (session_id, enrolment_id)
);
