ALTER TABLE organisation ADD COLUMN acronym VARCHAR(20);
ALTER TABLE organisation ADD COLUMN search_key VARCHAR(240) NOT NULL DEFAULT '';
CREATE INDEX organisation_search_key_ix ON organisation (search_key);
CREATE INDEX organisation_name_ix ON organisation (name);
CREATE INDEX organisation_country_ix ON organisation (country);

CREATE TABLE organisation_membership (
    id        UUID NOT NULL PRIMARY KEY,
    member_id UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    parent_id UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    since     DATE,
    CONSTRAINT organisation_membership_uq UNIQUE (member_id, parent_id),
    CONSTRAINT organisation_membership_not_self CHECK (member_id <> parent_id)
);
CREATE INDEX organisation_membership_parent_ix ON organisation_membership (parent_id);

CREATE TABLE partnership (
    id                UUID                     NOT NULL PRIMARY KEY,
    title             VARCHAR(300)             NOT NULL,
    kind              VARCHAR(40)              NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    signed_on         DATE,
    signed_at         VARCHAR(200),
    original_language VARCHAR(8)               NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL DEFAULT 0
);

CREATE TABLE partnership_party (
    partnership_id  UUID NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    organisation_id UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT partnership_party_pk PRIMARY KEY (partnership_id, organisation_id)
);
CREATE INDEX partnership_party_organisation_ix ON partnership_party (organisation_id);

CREATE TABLE partnership_objective (
    partnership_id UUID          NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    text           VARCHAR(2000) NOT NULL,
    CONSTRAINT partnership_objective_pk PRIMARY KEY (partnership_id, position)
);
