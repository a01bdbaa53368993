CREATE TABLE organisation (
    id                UUID                     NOT NULL PRIMARY KEY,
    slug              VARCHAR(80)              NOT NULL,
    name              VARCHAR(200)             NOT NULL,
    kind              VARCHAR(40)              NOT NULL,
    country           VARCHAR(2),
    region            VARCHAR(120),
    website           VARCHAR(300),
    original_language VARCHAR(8)               NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT organisation_slug_uq UNIQUE (slug)
);
CREATE INDEX organisation_kind_country_ix ON organisation (kind, country);

CREATE TABLE organisation_description (
    organisation_id UUID         NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    language        VARCHAR(8)   NOT NULL,
    text            VARCHAR(8000) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    CONSTRAINT organisation_description_pk PRIMARY KEY (organisation_id, language)
);
