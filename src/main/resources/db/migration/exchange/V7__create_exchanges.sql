-- What a programme does when a budget line would take its committed total past its budget.
ALTER TABLE exchange_programme ADD COLUMN budget_overrun VARCHAR(10) DEFAULT 'REFUSE' NOT NULL;

-- An exchange: a selected expression of interest carried out, from planning to its joint report.
CREATE TABLE exchange_exchange (
    id               UUID                     NOT NULL PRIMARY KEY,
    programme_id     UUID                     NOT NULL REFERENCES exchange_programme (id),
    call_id          UUID                     NOT NULL REFERENCES exchange_call (id),
    request_id       UUID                     NOT NULL REFERENCES exchange_request (id),
    expression_id    UUID                     NOT NULL,
    municipality_id  UUID                     NOT NULL,
    association_id   UUID                     NOT NULL,
    method           VARCHAR(30)              NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    starts_on        DATE                     NOT NULL,
    ends_on          DATE                     NOT NULL,
    places           VARCHAR(1000)            NOT NULL,
    preparation      VARCHAR(4000),
    course_run_id    UUID,
    report_done      VARCHAR(8000),
    report_results   VARCHAR(8000),
    report_lessons   VARCHAR(8000),
    report_next      VARCHAR(8000),
    reported_at      TIMESTAMP WITH TIME ZONE,
    created_by       UUID                     NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT exchange_exchange_expression_uq UNIQUE (expression_id),
    CONSTRAINT exchange_exchange_dates_order CHECK (starts_on <= ends_on)
);
CREATE INDEX exchange_exchange_programme_ix ON exchange_exchange (programme_id, status);
CREATE INDEX exchange_exchange_request_ix ON exchange_exchange (request_id);

-- The colleagues of both sides, in pairs or groups (round tables and study visits gather several).
CREATE TABLE exchange_participant (
    exchange_id  UUID         NOT NULL REFERENCES exchange_exchange (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    side         VARCHAR(10)  NOT NULL,
    group_number INTEGER      NOT NULL,
    account_id   UUID,
    name         VARCHAR(200) NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    job_title    VARCHAR(200),
    CONSTRAINT exchange_participant_pk PRIMARY KEY (exchange_id, position)
);

CREATE TABLE exchange_budget_line (
    id          UUID                     NOT NULL PRIMARY KEY,
    exchange_id UUID                     NOT NULL REFERENCES exchange_exchange (id) ON DELETE CASCADE,
    programme_id UUID                    NOT NULL REFERENCES exchange_programme (id),
    category    VARCHAR(20)              NOT NULL,
    description VARCHAR(300)             NOT NULL,
    planned     DECIMAL(14, 2)           NOT NULL,
    spent       DECIMAL(14, 2),
    over_budget BOOLEAN                  NOT NULL,
    created_by  UUID                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exchange_budget_line_planned_positive CHECK (planned >= 0),
    CONSTRAINT exchange_budget_line_spent_positive CHECK (spent IS NULL OR spent >= 0)
);
CREATE INDEX exchange_budget_line_exchange_ix ON exchange_budget_line (exchange_id);
CREATE INDEX exchange_budget_line_programme_ix ON exchange_budget_line (programme_id);
