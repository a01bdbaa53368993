-- The controlled vocabulary of colleague-to-colleague exchanges: local-government functions (mapped to ISCO-08
-- unit groups where one fits; the family groups comparable responsibilities) and topics of expertise.
CREATE TABLE exchange_function (
    code     VARCHAR(60)  NOT NULL PRIMARY KEY,
    family   VARCHAR(60)  NOT NULL,
    isco08   VARCHAR(4),
    label_en VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_es VARCHAR(200) NOT NULL
);
CREATE INDEX exchange_function_family_ix ON exchange_function (family);

CREATE TABLE exchange_topic (
    code     VARCHAR(60)  NOT NULL PRIMARY KEY,
    label_en VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_es VARCHAR(200) NOT NULL
);

INSERT INTO exchange_function (code, family, isco08, label_en, label_fr, label_es) VALUES
('mayor', 'executive', '1111', 'Mayor', 'Maire', 'Alcalde o alcaldesa'),
('councillor', 'executive', '1111', 'Municipal councillor', 'Conseiller·ère municipal·e', 'Concejal o concejala'),
('chief-executive', 'executive', '1112', 'Chief executive of the municipality', 'Directeur·rice général·e des services', 'Gerente municipal'),
('head-of-finance', 'finance', '1211', 'Head of finance', 'Directeur·rice des finances', 'Director o directora de finanzas'),
('budget-officer', 'finance', '2411', 'Budget officer', 'Chargé·e du budget', 'Responsable de presupuesto'),
('revenue-officer', 'finance', '3352', 'Local revenue officer', 'Agent·e des recettes fiscales locales', 'Responsable de ingresos locales'),
('internal-auditor', 'finance', '2411', 'Internal auditor', 'Auditeur·rice interne', 'Auditor o auditora interna'),
('procurement-officer', 'finance', '3323', 'Procurement officer', 'Chargé·e des marchés publics', 'Responsable de contratación pública'),
('head-of-human-resources', 'human-resources', '1212', 'Head of human resources', 'Directeur·rice des ressources humaines', 'Director o directora de recursos humanos'),
('human-resources-officer', 'human-resources', '2423', 'Human resources officer', 'Chargé·e des ressources humaines', 'Técnico o técnica de recursos humanos'),
('training-officer', 'human-resources', '2424', 'Training and staff development officer', 'Chargé·e de la formation du personnel', 'Responsable de formación del personal'),
('head-of-planning', 'planning', '1213', 'Head of urban planning', 'Directeur·rice de l''urbanisme', 'Director o directora de urbanismo'),
('urban-planner', 'planning', '2164', 'Urban planner', 'Urbaniste', 'Urbanista'),
('mobility-planner', 'planning', '2164', 'Mobility and transport planner', 'Planificateur·rice de la mobilité', 'Planificador o planificadora de movilidad'),
('civil-engineer', 'infrastructure', '2142', 'Civil engineer', 'Ingénieur·e en génie civil', 'Ingeniero o ingeniera civil'),
('environmental-health-officer', 'environmental-health', '2263', 'Environmental health officer', 'Agent·e de santé environnementale', 'Técnico o técnica de salud ambiental'),
('sanitation-engineer', 'environmental-health', '2143', 'Sanitation engineer', 'Ingénieur·e de l''assainissement', 'Ingeniero o ingeniera de saneamiento'),
('waste-management-officer', 'environmental-health', '3257', 'Waste management officer', 'Chargé·e de la gestion des déchets', 'Responsable de gestión de residuos'),
('water-engineer', 'environmental-health', '2142', 'Water supply engineer', 'Ingénieur·e de l''eau potable', 'Ingeniero o ingeniera de agua potable'),
('environmental-officer', 'environment', '2133', 'Environmental protection officer', 'Chargé·e de la protection de l''environnement', 'Técnico o técnica de medio ambiente'),
('climate-officer', 'environment', '2133', 'Climate and energy officer', 'Chargé·e du climat et de l''énergie', 'Responsable de clima y energía'),
('agricultural-officer', 'agriculture', '2132', 'Agricultural extension officer', 'Agent·e de vulgarisation agricole', 'Extensionista agrícola'),
('food-security-officer', 'agriculture', '2132', 'Food security officer', 'Chargé·e de la sécurité alimentaire', 'Responsable de seguridad alimentaria'),
('veterinary-officer', 'agriculture', '2250', 'Veterinary officer', 'Vétérinaire municipal·e', 'Veterinario o veterinaria municipal'),
('tourism-officer', 'tourism', NULL, 'Tourism development officer', 'Chargé·e du développement touristique', 'Responsable de desarrollo turístico'),
('protected-area-manager', 'tourism', '1439', 'Nature park and protected area manager', 'Gestionnaire d''espace naturel protégé', 'Gestor o gestora de espacios naturales protegidos'),
('economic-development-officer', 'economic-development', '2422', 'Local economic development officer', 'Chargé·e du développement économique local', 'Responsable de desarrollo económico local'),
('social-services-manager', 'social-services', '1344', 'Social services manager', 'Directeur·rice de l''action sociale', 'Director o directora de servicios sociales'),
('social-worker', 'social-services', '2635', 'Social worker', 'Travailleur·euse social·e', 'Trabajador o trabajadora social'),
('health-services-manager', 'health', '1342', 'Municipal health services manager', 'Responsable des services de santé municipaux', 'Responsable de servicios municipales de salud'),
('education-officer', 'education', '2351', 'Education officer', 'Chargé·e de l''éducation', 'Responsable de educación'),
('e-government-officer', 'digital', '2511', 'E-government and IT officer', 'Chargé·e de l''administration numérique', 'Responsable de gobierno digital'),
('communications-officer', 'communication', '2432', 'Communications officer', 'Chargé·e de communication', 'Responsable de comunicación'),
('participation-officer', 'governance', '2422', 'Citizen participation officer', 'Chargé·e de la participation citoyenne', 'Responsable de participación ciudadana'),
('legal-officer', 'governance', '2619', 'Legal officer', 'Juriste', 'Asesor o asesora jurídica'),
('disaster-risk-officer', 'disaster-risk', NULL, 'Disaster risk management officer', 'Chargé·e de la gestion des risques de catastrophe', 'Responsable de gestión del riesgo de desastres');

INSERT INTO exchange_topic (code, label_en, label_fr, label_es) VALUES
('food-security', 'Food security', 'Sécurité alimentaire', 'Seguridad alimentaria'),
('human-resources-management', 'Human resources management', 'Gestion des ressources humaines', 'Gestión de recursos humanos'),
('ecotourism', 'Ecotourism', 'Écotourisme', 'Ecoturismo'),
('environmental-health', 'Environmental health and sanitation', 'Santé environnementale et assainissement', 'Salud ambiental y saneamiento'),
('water-supply', 'Water supply', 'Approvisionnement en eau', 'Abastecimiento de agua'),
('waste-management', 'Waste management', 'Gestion des déchets', 'Gestión de residuos'),
('local-economic-development', 'Local economic development', 'Développement économique local', 'Desarrollo económico local'),
('urban-planning', 'Urban planning', 'Urbanisme', 'Planificación urbana'),
('public-finance', 'Public finance and budgeting', 'Finances publiques et budget', 'Finanzas públicas y presupuesto'),
('local-taxation', 'Local taxation', 'Fiscalité locale', 'Tributación local'),
('disaster-risk-reduction', 'Disaster risk reduction', 'Réduction des risques de catastrophe', 'Reducción del riesgo de desastres'),
('climate-adaptation', 'Climate change adaptation', 'Adaptation au changement climatique', 'Adaptación al cambio climático'),
('citizen-participation', 'Citizen participation', 'Participation citoyenne', 'Participación ciudadana'),
('e-government', 'E-government', 'Administration numérique', 'Gobierno digital'),
('social-inclusion', 'Social inclusion', 'Inclusion sociale', 'Inclusión social'),
('gender-equality', 'Gender equality', 'Égalité femmes-hommes', 'Igualdad de género'),
('migration', 'Migration', 'Migrations', 'Migración'),
('education', 'Education', 'Éducation', 'Educación'),
('public-health', 'Public health', 'Santé publique', 'Salud pública'),
('mobility', 'Mobility and transport', 'Mobilité et transports', 'Movilidad y transporte'),
('cultural-heritage', 'Cultural heritage', 'Patrimoine culturel', 'Patrimonio cultural'),
('agriculture', 'Agriculture and rural development', 'Agriculture et développement rural', 'Agricultura y desarrollo rural');

-- An expertise request of a local-government association of a partner country, covered by a call.
CREATE TABLE exchange_request (
    id                   UUID                     NOT NULL PRIMARY KEY,
    call_id              UUID                     NOT NULL REFERENCES exchange_call (id),
    programme_id         UUID                     NOT NULL REFERENCES exchange_programme (id),
    association_id       UUID                     NOT NULL,
    association_country  VARCHAR(2)               NOT NULL,
    title                VARCHAR(300)             NOT NULL,
    topic                VARCHAR(60)              NOT NULL REFERENCES exchange_topic (code),
    challenge            VARCHAR(8000)            NOT NULL,
    responsibilities     VARCHAR(4000)            NOT NULL,
    practitioners_sought INTEGER                  NOT NULL,
    window_from          DATE                     NOT NULL,
    window_to            DATE                     NOT NULL,
    filed_by             UUID                     NOT NULL,
    filed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT exchange_request_practitioners_range CHECK (practitioners_sought BETWEEN 1 AND 20),
    CONSTRAINT exchange_request_window_order CHECK (window_from <= window_to)
);
CREATE INDEX exchange_request_call_ix ON exchange_request (call_id);
CREATE INDEX exchange_request_association_ix ON exchange_request (association_id);
CREATE INDEX exchange_request_topic_ix ON exchange_request (topic);

CREATE TABLE exchange_request_beneficiary (
    request_id UUID         NOT NULL REFERENCES exchange_request (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    name       VARCHAR(200) NOT NULL,
    CONSTRAINT exchange_request_beneficiary_pk PRIMARY KEY (request_id, position)
);

CREATE TABLE exchange_request_function (
    request_id    UUID        NOT NULL REFERENCES exchange_request (id) ON DELETE CASCADE,
    function_code VARCHAR(60) NOT NULL REFERENCES exchange_function (code),
    CONSTRAINT exchange_request_function_pk PRIMARY KEY (request_id, function_code)
);

CREATE TABLE exchange_request_language (
    request_id UUID       NOT NULL REFERENCES exchange_request (id) ON DELETE CASCADE,
    language   VARCHAR(3) NOT NULL,
    CONSTRAINT exchange_request_language_pk PRIMARY KEY (request_id, language)
);
CREATE INDEX exchange_request_language_ix ON exchange_request_language (language);

CREATE TABLE exchange_request_method (
    request_id UUID        NOT NULL REFERENCES exchange_request (id) ON DELETE CASCADE,
    method     VARCHAR(30) NOT NULL,
    CONSTRAINT exchange_request_method_pk PRIMARY KEY (request_id, method)
);
CREATE INDEX exchange_request_method_ix ON exchange_request_method (method);
