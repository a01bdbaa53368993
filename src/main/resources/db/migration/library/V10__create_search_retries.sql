-- Resources whose indexing failed after they were saved: indexed again until it succeeds (IndexingRetries).

CREATE TABLE library_search_retry (
    resource_id UUID                     NOT NULL PRIMARY KEY,
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts    INTEGER                  NOT NULL
);
