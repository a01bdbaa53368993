-- Loads :resources published library resources into a Collegium database (PostgreSQL), for bench/library-search.sh.
-- Titles and abstracts in French, English or Spanish built from a small vocabulary of the field (so that words
-- repeat as in real text), case-study sections for case studies, one attached file's text for every tenth
-- resource, and facets spread over kinds, themes, SDGs, Sendai priorities, countries, regions, languages and years.
\timing on
BEGIN;

CREATE TEMP TABLE bench_word (language VARCHAR(2), position INT, word TEXT);
INSERT INTO bench_word
SELECT 'fr', ordinality - 1, word FROM unnest(ARRAY['coopération','décentralisée','évaluation','assainissement','eau',
    'potable','budget','participatif','commune','planification','gouvernance','locale','déchets','solides','femmes',
    'jeunes','formation','santé','énergie','climat','résilience','risques','catastrophes','transport','marchés',
    'fiscalité','foncier','services','publics','citoyens']) WITH ORDINALITY AS w(word, ordinality)
UNION ALL
SELECT 'en', ordinality - 1, word FROM unnest(ARRAY['decentralised','cooperation','evaluation','sanitation','water',
    'drinking','budget','participatory','municipality','planning','governance','local','waste','solid','women',
    'youth','training','health','energy','climate','resilience','risk','disasters','transport','markets',
    'taxation','land','services','public','citizens']) WITH ORDINALITY AS w(word, ordinality)
UNION ALL
SELECT 'es', ordinality - 1, word FROM unnest(ARRAY['cooperación','descentralizada','evaluación','saneamiento','agua',
    'potable','presupuesto','participativo','municipio','planificación','gobernanza','local','residuos','sólidos',
    'mujeres','jóvenes','formación','salud','energía','clima','resiliencia','riesgos','desastres','transporte',
    'mercados','fiscalidad','tierras','servicios','públicos','ciudadanos']) WITH ORDINALITY AS w(word, ordinality);

CREATE TEMP TABLE bench_resource AS
SELECT md5('bench-resource-' || n)::uuid AS id, n,
       (ARRAY['fr','en','es'])[1 + n % 3] AS language,
       (ARRAY['GOOD_PRACTICE','CASE_STUDY','GUIDE','POLICY_DOCUMENT','REPORT','RECORDING','PEER_LEARNING_NOTE',
              'TEMPLATE'])[1 + n % 8] AS kind,
       (ARRAY['BJ','CM','ML','MA','MZ','TN','SN','UG','CO','MK','RS','FR','ES','NL','KH'])[1 + n % 15] AS country,
       (ARRAY['AFRICA','AFRICA','AFRICA','AFRICA','AFRICA','AFRICA','AFRICA','AFRICA','LATIN_AMERICA','EUROPE',
              'EUROPE','EUROPE','EUROPE','EUROPE','ASIA_PACIFIC'])[1 + n % 15] AS region
FROM generate_series(1, :resources) AS n;

-- A phrase of :count words of the language, chosen from the resource's number.
CREATE FUNCTION pg_temp.bench_phrase(lang TEXT, seed INT, count INT) RETURNS TEXT AS $$
    SELECT string_agg(w.word, ' ' ORDER BY i)
    FROM generate_series(0, count - 1) AS i
    JOIN bench_word w ON w.language = lang
        AND w.position = ((seed::bigint * 7 + i * 13 + i::bigint * i * seed) % 30 + 30) % 30
$$ LANGUAGE sql STABLE;

INSERT INTO library_resource (id, kind, status, network_id, submitter_id, original_language, publisher, issued,
                              licence, example, created_at, updated_at, published_at, version)
SELECT r.id, r.kind, 'PUBLISHED', (SELECT id FROM organisation ORDER BY name LIMIT 1),
       (SELECT id FROM account ORDER BY email_key LIMIT 1), r.language,
       'Bench association ' || (r.n % 200), DATE '2005-01-01' + (r.n % 7300), 'CC_BY', FALSE,
       now(), now(), now(), 0
FROM bench_resource r;

INSERT INTO library_resource_title (resource_id, language, text, status)
SELECT id, language, initcap(pg_temp.bench_phrase(language, n, 5)) || ' ' || n, 'ORIGINAL' FROM bench_resource;
INSERT INTO library_resource_abstract (resource_id, language, text, status)
SELECT id, language, pg_temp.bench_phrase(language, n + 1, 40) || '.', 'ORIGINAL' FROM bench_resource;
INSERT INTO library_case_section (resource_id, section, language, text, status)
SELECT id, section, language, pg_temp.bench_phrase(language, n + length(section), 60) || '.', 'ORIGINAL'
FROM bench_resource, unnest(ARRAY['CONTEXT','DESIGN','RESULTS','LESSONS_LEARNED']) AS section
WHERE kind = 'CASE_STUDY';
INSERT INTO library_resource_file (id, resource_id, stored_name, original_name, media_type, size_bytes,
                                   extracted_text, uploaded_by, uploaded_at)
SELECT md5('bench-file-' || n)::uuid, id, 'bench-' || n || '.pdf', 'report-' || n || '.pdf', 'application/pdf', 100000,
       pg_temp.bench_phrase(language, n + 2, 300), (SELECT id FROM account ORDER BY email_key LIMIT 1), now()
FROM bench_resource WHERE n % 10 = 0;
INSERT INTO library_resource_creator (resource_id, position, name, kind)
SELECT id, 0, 'Bench association ' || (n % 200), 'ORGANISATION' FROM bench_resource;
INSERT INTO library_resource_language (resource_id, language) SELECT id, language FROM bench_resource;
INSERT INTO library_resource_country (resource_id, country) SELECT id, country FROM bench_resource;
INSERT INTO library_resource_region (resource_id, region) SELECT id, region FROM bench_resource;
INSERT INTO library_resource_theme (resource_id, theme)
SELECT id, (ARRAY['INVESTMENT_PLANNING','LOCAL_SERVICES','ENERGY_EFFICIENCY','MUNICIPAL_FINANCE','WATER_MANAGEMENT',
                  'GENDER_EQUALITY','DECENTRALISED_COOPERATION','FOOD_SECURITY','HUMAN_RESOURCES','ECOTOURISM',
                  'ENVIRONMENTAL_HEALTH','DISASTER_RISK_REDUCTION','SDG_LOCALISATION'])[1 + n % 13]
FROM bench_resource;
INSERT INTO library_resource_sdg_goal (resource_id, goal) SELECT id, 1 + n % 17 FROM bench_resource;
INSERT INTO library_resource_sdg_goal (resource_id, goal) SELECT id, 11 FROM bench_resource WHERE n % 17 <> 10;
INSERT INTO library_resource_sendai_priority (resource_id, priority) SELECT id, 1 + n % 4 FROM bench_resource
WHERE n % 5 = 0;

COMMIT;
ANALYZE;
SELECT count(*) AS published_resources FROM library_resource WHERE status = 'PUBLISHED';
