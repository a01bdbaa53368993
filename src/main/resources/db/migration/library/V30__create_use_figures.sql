-- Use figures of library resources: counters per resource, day (UTC), country of the viewer's organisation ('ZZ'
-- when unknown) and kind (a page view or a file download). Nothing that names a person is kept.
CREATE TABLE library_use_figure (
    resource_id UUID        NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    network_id  UUID        NOT NULL,
    used_on     DATE        NOT NULL,
    country     VARCHAR(2)  NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    uses        BIGINT      NOT NULL,
    CONSTRAINT library_use_figure_pk PRIMARY KEY (resource_id, used_on, country, kind),
    CONSTRAINT library_use_figure_kind_ck CHECK (kind IN ('VIEW', 'DOWNLOAD')),
    CONSTRAINT library_use_figure_uses_ck CHECK (uses > 0)
);
CREATE INDEX library_use_figure_network_ix ON library_use_figure (network_id, resource_id);
