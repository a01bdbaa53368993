ALTER TABLE account ADD COLUMN organisation_id UUID;
ALTER TABLE account ADD COLUMN job_title VARCHAR(120);
ALTER TABLE account ADD COLUMN job_function VARCHAR(60);
ALTER TABLE account ADD COLUMN country VARCHAR(2);
CREATE INDEX account_display_name_ix ON account (display_name);

CREATE TABLE account_language (
    account_id    UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    language_code VARCHAR(8)  NOT NULL,
    level         VARCHAR(8)  NOT NULL,
    CONSTRAINT account_language_pk PRIMARY KEY (account_id, language_code)
);

CREATE TABLE account_expertise (
    account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    topic      VARCHAR(60) NOT NULL,
    CONSTRAINT account_expertise_pk PRIMARY KEY (account_id, topic)
);
