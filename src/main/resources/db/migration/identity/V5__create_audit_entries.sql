CREATE TABLE audit_entry (
    id           UUID                     NOT NULL PRIMARY KEY,
    actor_id     UUID,
    action       VARCHAR(80)              NOT NULL,
    subject_type VARCHAR(40)              NOT NULL,
    subject_id   VARCHAR(80)              NOT NULL,
    summary      VARCHAR(500)             NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_entry_at_ix ON audit_entry (at);
CREATE INDEX audit_entry_action_ix ON audit_entry (action, at);
