CREATE TABLE facilitation_message (
    id         UUID                     NOT NULL PRIMARY KEY,
    academy_id UUID                     NOT NULL,
    run_id     UUID                     NOT NULL,
    sender_id  UUID                     NOT NULL,
    subject    VARCHAR(200)             NOT NULL,
    body       VARCHAR(5000)            NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX facilitation_message_run_ix ON facilitation_message (run_id);

CREATE TABLE facilitation_message_recipient (
    message_id UUID NOT NULL REFERENCES facilitation_message (id) ON DELETE CASCADE,
    account_id UUID NOT NULL,
    CONSTRAINT facilitation_message_recipient_pk PRIMARY KEY (message_id, account_id)
);

CREATE TABLE facilitation_log_entry (
    id         UUID                     NOT NULL PRIMARY KEY,
    academy_id UUID                     NOT NULL,
    actor_id   UUID                     NOT NULL,
    action     VARCHAR(40)              NOT NULL,
    course_id  UUID,
    run_id     UUID,
    detail     VARCHAR(300)             NOT NULL,
    first_count  INTEGER                NOT NULL DEFAULT 0,
    second_count INTEGER                NOT NULL DEFAULT 0,
    acted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX facilitation_log_entry_academy_ix ON facilitation_log_entry (academy_id, acted_at);
CREATE INDEX facilitation_log_entry_actor_ix ON facilitation_log_entry (actor_id, acted_at);

CREATE TABLE facilitation_cohort_starting_mail (
    enrolment_id UUID                     NOT NULL PRIMARY KEY,
    run_id       UUID                     NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
