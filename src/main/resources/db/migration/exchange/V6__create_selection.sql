-- Selection of expressions of interest: a programme's weighted criteria, each call's committee, the reviewers'
-- score sheets (one per reviewer and expression) and the secretariat's decisions.
CREATE TABLE exchange_selection_criterion (
    id            UUID         NOT NULL PRIMARY KEY,
    programme_id  UUID         NOT NULL REFERENCES exchange_programme (id),
    position      INTEGER      NOT NULL,
    standard_code VARCHAR(60),
    name          VARCHAR(200),
    weight        INTEGER      NOT NULL,
    max_score     INTEGER      NOT NULL,
    CONSTRAINT exchange_selection_criterion_position_uq UNIQUE (programme_id, position),
    CONSTRAINT exchange_selection_criterion_weight_range CHECK (weight BETWEEN 1 AND 100),
    CONSTRAINT exchange_selection_criterion_max_range CHECK (max_score BETWEEN 1 AND 100),
    CONSTRAINT exchange_selection_criterion_named CHECK (standard_code IS NOT NULL OR name IS NOT NULL)
);

CREATE TABLE exchange_selection_reviewer (
    call_id      UUID                     NOT NULL REFERENCES exchange_call (id),
    account_id   UUID                     NOT NULL,
    appointed_by UUID                     NOT NULL,
    appointed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exchange_selection_reviewer_pk PRIMARY KEY (call_id, account_id)
);
CREATE INDEX exchange_selection_reviewer_account_ix ON exchange_selection_reviewer (account_id);

CREATE TABLE exchange_scoresheet (
    id            UUID                     NOT NULL PRIMARY KEY,
    call_id       UUID                     NOT NULL REFERENCES exchange_call (id),
    expression_id UUID                     NOT NULL,
    reviewer_id   UUID                     NOT NULL,
    comment       VARCHAR(4000),
    submitted_at  TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT exchange_scoresheet_uq UNIQUE (expression_id, reviewer_id)
);
CREATE INDEX exchange_scoresheet_call_ix ON exchange_scoresheet (call_id);

CREATE TABLE exchange_score (
    scoresheet_id UUID    NOT NULL REFERENCES exchange_scoresheet (id) ON DELETE CASCADE,
    criterion_id  UUID    NOT NULL REFERENCES exchange_selection_criterion (id),
    score         INTEGER NOT NULL,
    CONSTRAINT exchange_score_pk PRIMARY KEY (scoresheet_id, criterion_id),
    CONSTRAINT exchange_score_positive CHECK (score >= 0)
);

CREATE TABLE exchange_selection_decision (
    expression_id UUID                     NOT NULL PRIMARY KEY,
    call_id       UUID                     NOT NULL REFERENCES exchange_call (id),
    outcome       VARCHAR(20)              NOT NULL,
    reason        VARCHAR(2000)            NOT NULL,
    decided_by    UUID                     NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    notified_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX exchange_selection_decision_call_ix ON exchange_selection_decision (call_id);
