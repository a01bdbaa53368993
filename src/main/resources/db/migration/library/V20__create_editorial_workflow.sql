-- The library's editorial workflow: decisions with their notes, numbered published versions, and the peer analyses
-- and comments that participants add to published resources.

CREATE TABLE library_editorial_decision (
    id          UUID                     NOT NULL PRIMARY KEY,
    resource_id UUID                     NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    action      VARCHAR(20)              NOT NULL,
    actor_id    UUID                     NOT NULL,
    note        VARCHAR(4000),
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX library_editorial_decision_resource_ix ON library_editorial_decision (resource_id, decided_at);

CREATE TABLE library_resource_version (
    id           UUID                     NOT NULL PRIMARY KEY,
    resource_id  UUID                     NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    version_number INTEGER                NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by UUID                     NOT NULL,
    snapshot     VARCHAR(1000000)         NOT NULL,
    CONSTRAINT library_resource_version_number_uq UNIQUE (resource_id, version_number)
);

CREATE TABLE library_contribution (
    id              UUID                     NOT NULL PRIMARY KEY,
    resource_id     UUID                     NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    kind            VARCHAR(20)              NOT NULL,
    author_id       UUID                     NOT NULL,
    strengths       VARCHAR(5000),
    weaknesses      VARCHAR(5000),
    recommendations VARCHAR(5000),
    body            VARCHAR(5000),
    hidden          BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX library_contribution_resource_ix ON library_contribution (resource_id, created_at);
