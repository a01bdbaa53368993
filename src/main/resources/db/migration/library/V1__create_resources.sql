-- The municipal e-library: resources described on Dublin Core, case-study sections and attached files.

CREATE TABLE library_resource (
    id                UUID                     NOT NULL PRIMARY KEY,
    kind              VARCHAR(30)              NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    network_id        UUID                     NOT NULL,
    submitter_id      UUID                     NOT NULL,
    original_language VARCHAR(8)               NOT NULL,
    publisher         VARCHAR(300)             NOT NULL,
    issued            DATE                     NOT NULL,
    licence           VARCHAR(30)              NOT NULL,
    licence_note      VARCHAR(500),
    example           BOOLEAN                  NOT NULL DEFAULT FALSE,
    contact_name      VARCHAR(200),
    contact_function  VARCHAR(200),
    contact_email     VARCHAR(320),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE,
    version           BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX library_resource_network_ix ON library_resource (network_id, status);
CREATE INDEX library_resource_status_ix ON library_resource (status, published_at);
CREATE INDEX library_resource_submitter_ix ON library_resource (submitter_id);

CREATE TABLE library_resource_title (
    resource_id UUID         NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    language    VARCHAR(8)   NOT NULL,
    text        VARCHAR(500) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    CONSTRAINT library_resource_title_pk PRIMARY KEY (resource_id, language)
);

CREATE TABLE library_resource_abstract (
    resource_id UUID           NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    language    VARCHAR(8)     NOT NULL,
    text        VARCHAR(20000) NOT NULL,
    status      VARCHAR(20)    NOT NULL,
    CONSTRAINT library_resource_abstract_pk PRIMARY KEY (resource_id, language)
);

CREATE TABLE library_case_section (
    resource_id UUID           NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    section     VARCHAR(30)    NOT NULL,
    language    VARCHAR(8)     NOT NULL,
    text        VARCHAR(20000) NOT NULL,
    status      VARCHAR(20)    NOT NULL,
    CONSTRAINT library_case_section_pk PRIMARY KEY (resource_id, section, language)
);

CREATE TABLE library_resource_creator (
    resource_id     UUID         NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    position        INTEGER      NOT NULL,
    name            VARCHAR(300) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    organisation_id UUID,
    CONSTRAINT library_resource_creator_pk PRIMARY KEY (resource_id, position)
);
CREATE INDEX library_resource_creator_organisation_ix ON library_resource_creator (organisation_id);

CREATE TABLE library_resource_language (
    resource_id UUID       NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    language    VARCHAR(8) NOT NULL,
    CONSTRAINT library_resource_language_pk PRIMARY KEY (resource_id, language)
);

CREATE TABLE library_resource_country (
    resource_id UUID       NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    country     VARCHAR(2) NOT NULL,
    CONSTRAINT library_resource_country_pk PRIMARY KEY (resource_id, country)
);

CREATE TABLE library_resource_region (
    resource_id UUID        NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    region      VARCHAR(40) NOT NULL,
    CONSTRAINT library_resource_region_pk PRIMARY KEY (resource_id, region)
);

CREATE TABLE library_resource_theme (
    resource_id UUID        NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    theme       VARCHAR(40) NOT NULL,
    CONSTRAINT library_resource_theme_pk PRIMARY KEY (resource_id, theme)
);

CREATE TABLE library_resource_sdg_goal (
    resource_id UUID    NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    goal        INTEGER NOT NULL,
    CONSTRAINT library_resource_sdg_goal_pk PRIMARY KEY (resource_id, goal)
);

CREATE TABLE library_resource_sdg_target (
    resource_id UUID       NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    target      VARCHAR(8) NOT NULL,
    CONSTRAINT library_resource_sdg_target_pk PRIMARY KEY (resource_id, target)
);

CREATE TABLE library_resource_sendai_priority (
    resource_id UUID    NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    priority    INTEGER NOT NULL,
    CONSTRAINT library_resource_sendai_priority_pk PRIMARY KEY (resource_id, priority)
);

CREATE TABLE library_resource_sendai_target (
    resource_id UUID       NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    target      VARCHAR(1) NOT NULL,
    CONSTRAINT library_resource_sendai_target_pk PRIMARY KEY (resource_id, target)
);

CREATE TABLE library_resource_link (
    resource_id UUID         NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    target      VARCHAR(500) NOT NULL,
    label       VARCHAR(300) NOT NULL,
    CONSTRAINT library_resource_link_pk PRIMARY KEY (resource_id, position)
);

CREATE TABLE library_resource_file (
    id             UUID                     NOT NULL PRIMARY KEY,
    resource_id    UUID                     NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    stored_name    VARCHAR(100)             NOT NULL,
    original_name  VARCHAR(255)             NOT NULL,
    media_type     VARCHAR(100)             NOT NULL,
    size_bytes     BIGINT                   NOT NULL,
    extracted_text VARCHAR(1000000),
    uploaded_by    UUID                     NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT library_resource_file_stored_name_uq UNIQUE (stored_name)
);
CREATE INDEX library_resource_file_resource_ix ON library_resource_file (resource_id, uploaded_at);
