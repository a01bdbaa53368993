-- Attempts counted by every application node alike: sign-in failures, registrations, password reset requests.
CREATE TABLE throttle_attempt (
    id          UUID                     NOT NULL PRIMARY KEY,
    bucket      VARCHAR(40)              NOT NULL,
    subject_key VARCHAR(254)             NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX throttle_attempt_ix ON throttle_attempt (bucket, subject_key, at);
CREATE INDEX throttle_attempt_at_ix ON throttle_attempt (at);
