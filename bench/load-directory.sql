-- Loads a large directory into a Collegium database that the application has already migrated (PostgreSQL).
-- Variables: organisations, accounts. Rows are marked as benchmark data by their slugs and addresses.
\timing on
BEGIN;

CREATE TEMP TABLE bench_country(code, position) AS
SELECT code, row_number() OVER () - 1
FROM unnest(ARRAY['MK','RS','AL','BA','BG','HR','ME','MD','RO','SI','TR','MN','BJ','CM','ML','MA','MZ','TN',
                  'UG','KH','CO','GH','NL','BE','ES','FR','ZA','BR']) AS code;

INSERT INTO organisation (id, slug, name, acronym, kind, country, region, website, original_language, created_at,
                          version, search_key)
SELECT gen_random_uuid(),
       'bench-municipality-' || n,
       'Bench municipality ' || n,
       NULL,
       CASE WHEN n % 50 = 0 THEN 'LOCAL_GOVERNMENT_ASSOCIATION' WHEN n % 10 = 0 THEN 'REGIONAL_GOVERNMENT'
            ELSE 'LOCAL_GOVERNMENT' END,
       c.code,
       'Region ' || (n % 40),
       'https://municipality-' || n || '.example.org',
       'en',
       now() - (n || ' minutes')::interval,
       0,
       'bench municipality ' || n
FROM generate_series(1, :organisations) AS n
JOIN bench_country c ON c.position = n % 28;

INSERT INTO organisation_description (organisation_id, language, text, status)
SELECT id, 'en', 'A local government of the benchmark data set, with services, investment plans and partners abroad.', 'ORIGINAL'
FROM organisation WHERE slug LIKE 'bench-municipality-%';
INSERT INTO organisation_description (organisation_id, language, text, status)
SELECT id, 'fr', 'Une collectivité du jeu de données de mesure, avec ses services, ses plans d’investissement et ses partenaires.', 'TRANSLATED'
FROM organisation WHERE slug LIKE 'bench-municipality-%' AND random() < 0.5;

-- Every municipality is a member of an association of its country; associations are members of NALAS.
INSERT INTO organisation_membership (id, member_id, parent_id, since)
SELECT gen_random_uuid(), m.id, a.id, DATE '2015-01-01'
FROM organisation m
JOIN LATERAL (SELECT id FROM organisation a
              WHERE a.kind = 'LOCAL_GOVERNMENT_ASSOCIATION' AND a.country = m.country AND a.id <> m.id
              ORDER BY a.slug LIMIT 1) a ON true
WHERE m.slug LIKE 'bench-municipality-%' AND m.kind <> 'LOCAL_GOVERNMENT_ASSOCIATION';

-- One Argon2id hash for every benchmark account: hashing 100,000 passwords would measure only the hash.
INSERT INTO account (id, email, email_key, display_name, password_hash, created_at, confirmed_at, ui_language,
                     version, organisation_id, job_title, job_function, country)
SELECT gen_random_uuid(),
       'person' || n || '@bench.example',
       'person' || n || '@bench.example',
       'Bench person ' || n,
       (SELECT password_hash FROM account WHERE email_key = 'admin@collegium.example'),
       now(), now(),
       (ARRAY['en','fr','es'])[1 + n % 3],
       0,
       o.id,
       'Officer',
       'OTHER',
       o.country
FROM generate_series(1, :accounts) AS n
JOIN organisation o ON o.slug = 'bench-municipality-' || (1 + n % :organisations);

INSERT INTO role_grant (id, account_id, role, scope_id, granted_at)
SELECT gen_random_uuid(), id, 'ORGANISATION_MEMBER', organisation_id, now()
FROM account WHERE email_key LIKE '%@bench.example';

COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM organisation) AS organisations, (SELECT count(*) FROM account) AS accounts,
       (SELECT count(*) FROM organisation_membership) AS memberships;
