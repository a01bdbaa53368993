-- An expression of interest: a municipality of a country that offers expertise answers an expertise request with
-- the practitioners it proposes. One per municipality and request, whatever happens to it (a withdrawn one is
-- taken up again on the same row). Call and programme are copied from the request for the queries of selection.
CREATE TABLE exchange_expression (
    id                   UUID                     NOT NULL PRIMARY KEY,
    request_id           UUID                     NOT NULL REFERENCES exchange_request (id),
    call_id              UUID                     NOT NULL REFERENCES exchange_call (id),
    programme_id         UUID                     NOT NULL REFERENCES exchange_programme (id),
    municipality_id      UUID                     NOT NULL,
    municipality_country VARCHAR(2)               NOT NULL,
    status               VARCHAR(20)              NOT NULL,
    motivation           VARCHAR(8000),
    technical_proposal   VARCHAR(8000),
    method               VARCHAR(30),
    offered_from         DATE,
    offered_to           DATE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           UUID                     NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           UUID                     NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE,
    submitted_by         UUID,
    withdrawn_at         TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT exchange_expression_one_per_municipality UNIQUE (request_id, municipality_id),
    CONSTRAINT exchange_expression_status_known CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    CONSTRAINT exchange_expression_dates_order CHECK (offered_from IS NULL OR offered_to IS NULL OR offered_from <= offered_to)
);
CREATE INDEX exchange_expression_call_ix ON exchange_expression (call_id, status);
CREATE INDEX exchange_expression_municipality_ix ON exchange_expression (municipality_id);

-- A practitioner the municipality proposes, as the form described them when it was saved.
CREATE TABLE exchange_expression_practitioner (
    id                       UUID          NOT NULL PRIMARY KEY,
    expression_id            UUID          NOT NULL REFERENCES exchange_expression (id) ON DELETE CASCADE,
    position                 INTEGER       NOT NULL,
    account_id               UUID          NOT NULL,
    job_title                VARCHAR(200)  NOT NULL,
    function_code            VARCHAR(60)   NOT NULL REFERENCES exchange_function (code),
    responsibilities         VARCHAR(2000) NOT NULL,
    international_experience VARCHAR(2000)
);
CREATE INDEX exchange_expression_practitioner_expression_ix ON exchange_expression_practitioner (expression_id);
CREATE INDEX exchange_expression_practitioner_account_ix ON exchange_expression_practitioner (account_id);

CREATE TABLE exchange_expression_language (
    practitioner_id UUID        NOT NULL REFERENCES exchange_expression_practitioner (id) ON DELETE CASCADE,
    language        VARCHAR(3)  NOT NULL,
    level           VARCHAR(10) NOT NULL,
    CONSTRAINT exchange_expression_language_pk PRIMARY KEY (practitioner_id, language)
);

-- Files attached to an expression; the bytes live in the file store under file_key.
CREATE TABLE exchange_expression_attachment (
    id            UUID                     NOT NULL PRIMARY KEY,
    expression_id UUID                     NOT NULL REFERENCES exchange_expression (id) ON DELETE CASCADE,
    file_key      VARCHAR(36)              NOT NULL,
    name          VARCHAR(200)             NOT NULL,
    media_type    VARCHAR(120)             NOT NULL,
    size_bytes    BIGINT                   NOT NULL,
    sha256        VARCHAR(64)              NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by   UUID                     NOT NULL
);
CREATE INDEX exchange_expression_attachment_expression_ix ON exchange_expression_attachment (expression_id);
