CREATE TABLE facilitation_notification_preferences (
    account_id UUID NOT NULL,
    kind VARCHAR(40) NOT NULL,
    enabled BOOLEAN NOT NULL,
    CONSTRAINT pk_facilitation_notification_preferences PRIMARY KEY (account_id, kind)
);
