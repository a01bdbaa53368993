-- Certificates of completion, one per enrolment, with the snapshot they were issued from and the fields an
-- Open Badges 3.0 AchievementCredential needs. Academies, courses, runs, enrolments and accounts are referenced by id.
CREATE TABLE certificate (
    id                        UUID PRIMARY KEY,
    number                    VARCHAR(40)   NOT NULL,
    academy_id                UUID          NOT NULL REFERENCES academy (id),
    course_id                 UUID          NOT NULL,
    run_id                    UUID          NOT NULL,
    enrolment_id              UUID          NOT NULL,
    learner_id                UUID          NOT NULL,
    learner_name              VARCHAR(200)  NOT NULL,
    course_original_language  VARCHAR(16)   NOT NULL,
    workload                  VARCHAR(200),
    completed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    status                    VARCHAR(16)   NOT NULL,
    revoked_at                TIMESTAMP WITH TIME ZONE,
    revoked_by                UUID,
    revocation_reason         VARCHAR(1000),
    issuer_name               VARCHAR(200)  NOT NULL,
    issuer_url                VARCHAR(500)  NOT NULL,
    achievement_id            VARCHAR(200)  NOT NULL,
    achievement_description   VARCHAR(2000) NOT NULL,
    criteria_narrative        VARCHAR(2000) NOT NULL,
    subject_identity_hash     VARCHAR(100)  NOT NULL,
    subject_identity_salt     VARCHAR(64)   NOT NULL,
    version                   BIGINT        NOT NULL,
    CONSTRAINT certificate_number_unique UNIQUE (number),
    CONSTRAINT certificate_enrolment_unique UNIQUE (enrolment_id),
    CONSTRAINT certificate_status_known CHECK (status IN ('VALID', 'REVOKED'))
);

CREATE INDEX certificate_learner_index ON certificate (learner_id, issued_at);
CREATE INDEX certificate_academy_index ON certificate (academy_id, issued_at);

CREATE TABLE certificate_course_title (
    certificate_id  UUID          NOT NULL REFERENCES certificate (id),
    language        VARCHAR(16)   NOT NULL,
    text            VARCHAR(500)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    PRIMARY KEY (certificate_id, language)
);
