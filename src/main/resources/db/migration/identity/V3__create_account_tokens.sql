-- One-time links sent by mail (address confirmation, password reset). Only the SHA-256 of the token is kept.
CREATE TABLE account_token (
    id         UUID                     NOT NULL PRIMARY KEY,
    account_id UUID                     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose    VARCHAR(20)              NOT NULL,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX account_token_account_ix ON account_token (account_id, purpose);
