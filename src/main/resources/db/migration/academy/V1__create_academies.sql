CREATE TABLE academy (
    id                UUID                     NOT NULL PRIMARY KEY,
    slug              VARCHAR(40)              NOT NULL,
    name              VARCHAR(200)             NOT NULL,
    organisation_id   UUID                     NOT NULL,
    original_language VARCHAR(8)               NOT NULL,
    accent_colour     VARCHAR(7)               NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT academy_slug_uq UNIQUE (slug)
);
CREATE INDEX academy_organisation_ix ON academy (organisation_id);

CREATE TABLE academy_language (
    academy_id UUID       NOT NULL REFERENCES academy (id) ON DELETE CASCADE,
    language   VARCHAR(8) NOT NULL,
    CONSTRAINT academy_language_pk PRIMARY KEY (academy_id, language)
);

CREATE TABLE academy_description (
    academy_id UUID          NOT NULL REFERENCES academy (id) ON DELETE CASCADE,
    language   VARCHAR(8)    NOT NULL,
    text       VARCHAR(8000) NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    CONSTRAINT academy_description_pk PRIMARY KEY (academy_id, language)
);

CREATE TABLE academy_logo (
    academy_id UUID                     NOT NULL PRIMARY KEY REFERENCES academy (id) ON DELETE CASCADE,
    media_type VARCHAR(40)              NOT NULL,
    bytes      BYTEA                    NOT NULL,
    sha256     VARCHAR(64)              NOT NULL,
    width      INTEGER                  NOT NULL,
    height     INTEGER                  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
