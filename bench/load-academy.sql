-- Loads MOOC-scale e-Academy data into a Collegium database that already holds the benchmark directory
-- (load-directory.sql: accounts person<n>@bench.example). PostgreSQL.
-- Variables: courses, learners (at most the number of benchmark accounts), per_learner (enrolments per learner).
-- Every course is published in the NALAS e-Academy with 3 modules of 4 pages; course 1, "bench-mooc-1", is a MOOC
-- that every fourth learner takes; each learner has done 0 to 6 activities of each course they take.
\timing on
BEGIN;

CREATE TEMP TABLE bench_course AS
SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS run_id,
       (ARRAY['INVESTMENT_PLANNING','LOCAL_SERVICES','ENERGY_EFFICIENCY','MUNICIPAL_FINANCE','WATER_MANAGEMENT',
              'GENDER_EQUALITY','DECENTRALISED_COOPERATION','DISASTER_RISK_REDUCTION','SDG_LOCALISATION'])[1 + n % 9]
           AS theme,
       (ARRAY['water','budget','energy','waste','tourism','housing','mobility','health','youth','climate'])[1 + n % 10]
           || ' ' || (ARRAY['planning','services','finance','governance','resilience','partnerships'])[1 + n % 6]
           AS topic
FROM generate_series(1, :courses) AS n;

INSERT INTO course (id, academy_id, slug, original_language, level, format, status, duration_hours, sort_key,
                    search_key, created_at, published_at, version)
SELECT c.id, a.id,
       CASE WHEN c.n = 1 THEN 'bench-mooc-1' ELSE 'bench-course-' || c.n END,
       'en',
       (ARRAY['INTRODUCTORY','INTERMEDIATE','ADVANCED'])[1 + c.n % 3],
       CASE WHEN c.n = 1 THEN 'MOOC' ELSE (ARRAY['SELF_PACED','FACILITATED_COHORT','MOOC','HYBRID'])[1 + c.n % 4] END,
       'PUBLISHED', 2 + c.n % 30,
       'bench course ' || c.n || ' ' || c.topic,
       'bench course ' || c.n || ' ' || c.topic || ' a course of the benchmark data set for municipal officers on '
           || c.topic || ' cours ' || c.topic,
       now() - (c.n || ' minutes')::interval, now() - (c.n || ' minutes')::interval, 0
FROM bench_course c, academy a WHERE a.slug = 'nalas';

INSERT INTO course_title (course_id, language, text, status)
SELECT id, 'en', 'Bench course ' || n || ': ' || topic, 'ORIGINAL' FROM bench_course;
INSERT INTO course_title (course_id, language, text, status)
SELECT id, 'fr', 'Cours de mesure ' || n || ' : ' || topic, 'TRANSLATED' FROM bench_course WHERE n % 2 = 0;
INSERT INTO course_summary (course_id, language, text, status)
SELECT id, 'en', 'A course of the benchmark data set for municipal officers on ' || topic || '.', 'ORIGINAL'
FROM bench_course;
INSERT INTO course_theme (course_id, theme) SELECT id, theme FROM bench_course;
INSERT INTO course_audience (course_id, audience)
SELECT id, (ARRAY['ELECTED_OFFICIALS','ADMINISTRATORS','PRACTITIONERS'])[1 + n % 3] FROM bench_course;
INSERT INTO course_language (course_id, language) SELECT id, 'en' FROM bench_course;
INSERT INTO course_language (course_id, language) SELECT id, 'fr' FROM bench_course WHERE n % 2 = 0;
INSERT INTO course_sdg (course_id, goal) SELECT id, 1 + n % 17 FROM bench_course;
INSERT INTO course_sdg (course_id, goal) SELECT id, 11 FROM bench_course WHERE 1 + n % 17 <> 11;

CREATE TEMP TABLE bench_module AS
SELECT c.id AS course_id, m AS position, gen_random_uuid() AS id FROM bench_course c, generate_series(1, 3) AS m;
INSERT INTO course_module (id, course_id, position) SELECT id, course_id, position FROM bench_module;
INSERT INTO course_module_title (module_id, language, text, status)
SELECT id, 'en', 'Module ' || position, 'ORIGINAL' FROM bench_module;

CREATE TEMP TABLE bench_activity AS
SELECT m.course_id, m.id AS module_id, (m.position - 1) * 4 + a AS rank, a AS position, gen_random_uuid() AS id
FROM bench_module m, generate_series(1, 4) AS a;
INSERT INTO course_activity (id, module_id, course_id, position, kind, completion_rule, estimated_minutes, published)
SELECT id, module_id, course_id, position, 'PAGE', 'VIEWED', 15, true FROM bench_activity;
INSERT INTO course_activity_title (activity_id, language, text, status)
SELECT id, 'en', 'Reading ' || rank, 'ORIGINAL' FROM bench_activity;
INSERT INTO course_activity_body (activity_id, language, text, status)
SELECT id, 'en', '<h2>Reading ' || rank || '</h2><p>' || repeat('Municipal practice, explained step by step. ', 40)
    || '</p>', 'ORIGINAL' FROM bench_activity;
CREATE INDEX ON bench_activity (course_id, rank);

INSERT INTO course_run (id, course_id, kind, policy, language, capacity, zone, created_at, version)
SELECT run_id, id, 'SELF_PACED', 'SELF_SERVICE', 'en', NULL, 'Europe/Skopje', now(), 0 FROM bench_course;

-- Learner l takes per_learner courses; the first is the MOOC for every fourth learner.
CREATE TEMP TABLE bench_enrolment AS
SELECT gen_random_uuid() AS id, p.id AS learner_id, c.id AS course_id, c.run_id, (l + j) % 7 AS done
FROM generate_series(1, :learners) AS l
JOIN account p ON p.email_key = 'person' || l || '@bench.example'
CROSS JOIN generate_series(0, :per_learner - 1) AS j
JOIN bench_course c ON c.n = CASE WHEN j = 0 AND l % 4 = 0 THEN 1
                                  ELSE 2 + ((l::bigint * 7919 + j * 104729) % (:courses - 1)) END;
DELETE FROM bench_enrolment e USING bench_enrolment d
WHERE e.learner_id = d.learner_id AND e.course_id = d.course_id AND e.id < d.id;

INSERT INTO enrolment (id, run_id, course_id, learner_id, status, requested_at, changed_at, version)
SELECT id, run_id, course_id, learner_id, 'ACTIVE', now() - interval '30 days', now() - interval '30 days', 0
FROM bench_enrolment;

INSERT INTO activity_completion (enrolment_id, activity_id, rule, completed_at)
SELECT e.id, a.id, 'VIEWED', now() - interval '1 day'
FROM bench_enrolment e JOIN bench_activity a ON a.course_id = e.course_id AND a.rank <= e.done;

COMMIT;
VACUUM ANALYZE;
SELECT (SELECT count(*) FROM course) AS courses, (SELECT count(*) FROM course_activity) AS activities,
       (SELECT count(*) FROM enrolment) AS enrolments, (SELECT count(*) FROM activity_completion) AS completions,
       (SELECT count(*) FROM enrolment e JOIN course c ON c.id = e.course_id WHERE c.slug = 'bench-mooc-1')
           AS mooc_learners;
