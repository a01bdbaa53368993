-- Practitioner profiles: one per account, in the organisation (a local or regional government) the person works for.
-- The organisation's country is kept on the row so that the registry and matching filter by country in SQL.
CREATE TABLE exchange_practitioner (
    account_id               UUID                     NOT NULL PRIMARY KEY,
    organisation_id          UUID                     NOT NULL,
    country                  VARCHAR(2),
    job_title                VARCHAR(200)             NOT NULL,
    function_code            VARCHAR(64)              NOT NULL,
    responsibilities         VARCHAR(2000),
    international_experience VARCHAR(2000),
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX exchange_practitioner_organisation_ix ON exchange_practitioner (organisation_id);
CREATE INDEX exchange_practitioner_function_ix ON exchange_practitioner (function_code, country);
CREATE INDEX exchange_practitioner_country_ix ON exchange_practitioner (country, function_code);

CREATE TABLE exchange_practitioner_topic (
    account_id UUID        NOT NULL REFERENCES exchange_practitioner (account_id) ON DELETE CASCADE,
    topic_code VARCHAR(64) NOT NULL,
    CONSTRAINT exchange_practitioner_topic_pk PRIMARY KEY (account_id, topic_code)
);
CREATE INDEX exchange_practitioner_topic_ix ON exchange_practitioner_topic (topic_code, account_id);

CREATE TABLE exchange_practitioner_language (
    account_id    UUID        NOT NULL REFERENCES exchange_practitioner (account_id) ON DELETE CASCADE,
    language_code VARCHAR(2)  NOT NULL,
    level         VARCHAR(10) NOT NULL,
    CONSTRAINT exchange_practitioner_language_pk PRIMARY KEY (account_id, language_code)
);
CREATE INDEX exchange_practitioner_language_ix ON exchange_practitioner_language (language_code, account_id);

CREATE TABLE exchange_practitioner_availability (
    account_id     UUID NOT NULL REFERENCES exchange_practitioner (account_id) ON DELETE CASCADE,
    available_from DATE NOT NULL,
    available_to   DATE NOT NULL,
    CONSTRAINT exchange_practitioner_availability_pk PRIMARY KEY (account_id, available_from, available_to),
    CONSTRAINT exchange_practitioner_availability_order CHECK (available_to >= available_from)
);
CREATE INDEX exchange_practitioner_availability_ix ON exchange_practitioner_availability (available_to, available_from);
