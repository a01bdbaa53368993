-- Collections: reading lists curated by a network's library editors, with a title and a description per language
-- and an ordered list of resources.
CREATE TABLE library_collection (
    id                UUID                     NOT NULL PRIMARY KEY,
    network_id        UUID                     NOT NULL,
    original_language VARCHAR(16)              NOT NULL,
    created_by        UUID                     NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL
);
CREATE INDEX library_collection_network_ix ON library_collection (network_id);

CREATE TABLE library_collection_title (
    collection_id UUID         NOT NULL REFERENCES library_collection (id) ON DELETE CASCADE,
    language      VARCHAR(16)  NOT NULL,
    text          VARCHAR(200) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    CONSTRAINT library_collection_title_pk PRIMARY KEY (collection_id, language)
);

CREATE TABLE library_collection_description (
    collection_id UUID          NOT NULL REFERENCES library_collection (id) ON DELETE CASCADE,
    language      VARCHAR(16)   NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    CONSTRAINT library_collection_description_pk PRIMARY KEY (collection_id, language)
);

CREATE TABLE library_collection_item (
    collection_id UUID    NOT NULL REFERENCES library_collection (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    resource_id   UUID    NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
    CONSTRAINT library_collection_item_pk PRIMARY KEY (collection_id, position)
);
CREATE INDEX library_collection_item_resource_ix ON library_collection_item (resource_id);
