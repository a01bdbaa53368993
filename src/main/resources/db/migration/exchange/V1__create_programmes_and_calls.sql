CREATE TABLE exchange_programme (
    id              UUID                     NOT NULL PRIMARY KEY,
    name            VARCHAR(200)             NOT NULL,
    help_contact    VARCHAR(320)             NOT NULL,
    budget_amount   DECIMAL(14, 2)           NOT NULL,
    budget_currency VARCHAR(3)               NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT exchange_programme_budget_positive CHECK (budget_amount >= 0)
);

CREATE TABLE exchange_programme_secretariat (
    programme_id    UUID NOT NULL REFERENCES exchange_programme (id) ON DELETE CASCADE,
    organisation_id UUID NOT NULL,
    CONSTRAINT exchange_programme_secretariat_pk PRIMARY KEY (programme_id, organisation_id)
);

CREATE TABLE exchange_programme_country (
    programme_id UUID        NOT NULL REFERENCES exchange_programme (id) ON DELETE CASCADE,
    country      VARCHAR(2)  NOT NULL,
    role         VARCHAR(20) NOT NULL,
    CONSTRAINT exchange_programme_country_pk PRIMARY KEY (programme_id, country, role)
);

CREATE TABLE exchange_call (
    id             UUID                     NOT NULL PRIMARY KEY,
    programme_id   UUID                     NOT NULL REFERENCES exchange_programme (id),
    title          VARCHAR(300)             NOT NULL,
    opens_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline_local TIMESTAMP                NOT NULL,
    deadline_zone  VARCHAR(64)              NOT NULL,
    deadline_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX exchange_call_programme_ix ON exchange_call (programme_id);
CREATE INDEX exchange_call_deadline_ix ON exchange_call (deadline_at);

CREATE TABLE exchange_call_deadline_change (
    id                      UUID                     NOT NULL PRIMARY KEY,
    call_id                 UUID                     NOT NULL REFERENCES exchange_call (id) ON DELETE CASCADE,
    previous_deadline_local TIMESTAMP                NOT NULL,
    previous_deadline_zone  VARCHAR(64)              NOT NULL,
    deadline_local          TIMESTAMP                NOT NULL,
    deadline_zone           VARCHAR(64)              NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by              UUID                     NOT NULL
);
CREATE INDEX exchange_call_deadline_change_call_ix ON exchange_call_deadline_change (call_id, changed_at);
