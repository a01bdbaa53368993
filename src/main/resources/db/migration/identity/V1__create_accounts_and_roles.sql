CREATE TABLE account (
    id            UUID                     NOT NULL PRIMARY KEY,
    email         VARCHAR(254)             NOT NULL,
    email_key     VARCHAR(254)             NOT NULL,
    display_name  VARCHAR(120)             NOT NULL,
    password_hash VARCHAR(255)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE,
    ui_language   VARCHAR(8),
    time_zone     VARCHAR(64),
    version       BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT account_email_key_uq UNIQUE (email_key)
);

CREATE TABLE role_grant (
    id         UUID                     NOT NULL PRIMARY KEY,
    account_id UUID                     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(40)              NOT NULL,
    scope_id   UUID                     NOT NULL,
    granted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT role_grant_uq UNIQUE (account_id, role, scope_id)
);
CREATE INDEX role_grant_scope_ix ON role_grant (role, scope_id);
