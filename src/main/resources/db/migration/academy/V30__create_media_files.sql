CREATE TABLE media_file (
    id                UUID                     NOT NULL PRIMARY KEY,
    academy_id        UUID                     NOT NULL REFERENCES academy (id),
    activity_id       UUID,
    kind              VARCHAR(16)              NOT NULL,
    media_type        VARCHAR(100)             NOT NULL,
    file_name         VARCHAR(255)             NOT NULL,
    storage_key       VARCHAR(36)              NOT NULL,
    size_bytes        BIGINT                   NOT NULL,
    sha256            VARCHAR(64)              NOT NULL,
    publicly_readable BOOLEAN                  NOT NULL,
    language          VARCHAR(8),
    uploaded_by       UUID,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT media_file_storage_key_uq UNIQUE (storage_key)
);
CREATE INDEX media_file_academy_ix ON media_file (academy_id, uploaded_at);
CREATE INDEX media_file_activity_ix ON media_file (activity_id);
