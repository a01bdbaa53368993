-- Loads the exchange registry and a large open call into a Collegium database that already holds the benchmark
-- directory (load-directory.sql; PostgreSQL). Variables: practitioners, requests.
-- A benchmark CONNECT programme with the European countries of the data set offering expertise; :practitioners
-- practitioner profiles among the benchmark accounts of those countries; an open call with :requests requests from
-- the associations of Uganda, Cambodia, Colombia and Ghana.
\timing on
BEGIN;

INSERT INTO exchange_programme (id, name, help_contact, budget_amount, budget_currency, created_at, version)
VALUES ('00000000-0000-0000-0000-00000000c0c0', 'Bench CONNECT', 'connect@bench.example', 1000000, 'EUR', now(), 0);
INSERT INTO exchange_programme_secretariat (programme_id, organisation_id)
SELECT '00000000-0000-0000-0000-00000000c0c0', id FROM organisation WHERE name = 'PLATFORMA';
INSERT INTO exchange_programme_country (programme_id, country, role)
SELECT '00000000-0000-0000-0000-00000000c0c0', code, 'PARTNER' FROM unnest(ARRAY['UG','KH','CO','GH']) AS code;
INSERT INTO exchange_programme_country (programme_id, country, role)
SELECT '00000000-0000-0000-0000-00000000c0c0', code, 'EXPERTISE'
FROM unnest(ARRAY['MK','RS','AL','BA','BG','HR','ME','MD','RO','SI','TR','NL','BE','ES','FR']) AS code;

INSERT INTO exchange_call (id, programme_id, title, opens_at, deadline_local, deadline_zone, deadline_at, created_at, version)
VALUES ('00000000-0000-0000-0000-0000000ca110', '00000000-0000-0000-0000-00000000c0c0', 'Bench call',
        now() - interval '1 day', date_trunc('day', now() + interval '60 days') + interval '12 hours', 'Europe/Brussels',
        (date_trunc('day', now() + interval '60 days') + interval '12 hours') AT TIME ZONE 'Europe/Brussels', now(), 0);

CREATE TEMP TABLE bench_function AS SELECT code, row_number() OVER (ORDER BY code) - 1 AS position FROM exchange_function;
CREATE TEMP TABLE bench_topic AS SELECT code, row_number() OVER (ORDER BY code) - 1 AS position FROM exchange_topic;

CREATE TEMP TABLE bench_practitioner AS
SELECT a.id AS account_id, a.organisation_id, a.country, row_number() OVER (ORDER BY a.email_key) AS n
FROM account a JOIN organisation o ON o.id = a.organisation_id
WHERE a.email_key LIKE '%@bench.example' AND o.kind IN ('LOCAL_GOVERNMENT', 'REGIONAL_GOVERNMENT')
  AND a.country IN ('MK','RS','AL','BA','BG','HR','ME','MD','RO','SI','TR','NL','BE','ES','FR')
LIMIT :practitioners;

INSERT INTO exchange_practitioner (account_id, organisation_id, country, job_title, function_code, responsibilities,
                                   international_experience, updated_at, version)
SELECT p.account_id, p.organisation_id, p.country, 'Bench officer ' || p.n, f.code,
       'Runs the service of the benchmark municipality.',
       CASE WHEN p.n % 3 = 0 THEN 'Exchanges with partner municipalities abroad.' END, now(), 0
FROM bench_practitioner p JOIN bench_function f ON f.position = p.n % (SELECT count(*) FROM bench_function);

INSERT INTO exchange_practitioner_topic (account_id, topic_code)
SELECT p.account_id, t.code FROM bench_practitioner p
JOIN bench_topic t ON t.position IN (p.n % (SELECT count(*) FROM bench_topic), (p.n * 7 + 3) % (SELECT count(*) FROM bench_topic));

INSERT INTO exchange_practitioner_language (account_id, language_code, level)
SELECT account_id, 'en', (ARRAY['A2','B1','B2','C1','C2'])[1 + n % 5] FROM bench_practitioner;
INSERT INTO exchange_practitioner_language (account_id, language_code, level)
SELECT account_id, (ARRAY['fr','es','nl','sr','mk'])[1 + n % 5], 'NATIVE' FROM bench_practitioner;

INSERT INTO exchange_practitioner_availability (account_id, available_from, available_to)
SELECT account_id, current_date + ((n % 120) || ' days')::interval, current_date + ((n % 120 + 45) || ' days')::interval
FROM bench_practitioner;

CREATE TEMP TABLE bench_association AS
SELECT id, country, row_number() OVER (ORDER BY slug) - 1 AS position FROM organisation
WHERE kind = 'LOCAL_GOVERNMENT_ASSOCIATION' AND country IN ('UG', 'KH', 'CO', 'GH') AND slug LIKE 'bench-%';

INSERT INTO exchange_request (id, call_id, programme_id, association_id, association_country, title, topic, challenge,
                              responsibilities, practitioners_sought, window_from, window_to, filed_by, filed_at, version)
SELECT gen_random_uuid(), '00000000-0000-0000-0000-0000000ca110', '00000000-0000-0000-0000-00000000c0c0', a.id, a.country,
       'Bench request ' || n, t.code, 'A challenge of the benchmark data set.', 'Comparable responsibilities.',
       1 + n % 3, current_date + ((30 + n % 60) || ' days')::interval, current_date + ((90 + n % 60) || ' days')::interval,
       (SELECT id FROM account WHERE email_key = 'admin@collegium.example'), now() - (n || ' minutes')::interval, 0
FROM generate_series(1, :requests) AS n
JOIN bench_association a ON a.position = n % (SELECT count(*) FROM bench_association)
JOIN bench_topic t ON t.position = n % (SELECT count(*) FROM bench_topic);

INSERT INTO exchange_request_beneficiary (request_id, position, name)
SELECT id, 0, 'Bench district' FROM exchange_request WHERE call_id = '00000000-0000-0000-0000-0000000ca110';
INSERT INTO exchange_request_function (request_id, function_code)
SELECT r.id, f.code FROM exchange_request r
JOIN bench_function f ON f.position = abs(hashtext(r.id::text)) % (SELECT count(*) FROM bench_function)
WHERE r.call_id = '00000000-0000-0000-0000-0000000ca110';
INSERT INTO exchange_request_language (request_id, language)
SELECT id, (ARRAY['en','fr','es'])[1 + abs(hashtext(id::text)) % 3] FROM exchange_request
WHERE call_id = '00000000-0000-0000-0000-0000000ca110';
INSERT INTO exchange_request_method (request_id, method)
SELECT id, (ARRAY['EXPERT_MISSION','WORK_PLACEMENT','EXPERT_ROUND_TABLE','STUDY_VISIT'])[1 + abs(hashtext(id::text)) % 4]
FROM exchange_request WHERE call_id = '00000000-0000-0000-0000-0000000ca110';

COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM exchange_practitioner) AS practitioners,
       (SELECT count(*) FROM exchange_request WHERE call_id = '00000000-0000-0000-0000-0000000ca110') AS requests;
