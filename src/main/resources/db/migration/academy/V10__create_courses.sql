CREATE TABLE course (
    id                 UUID                     NOT NULL PRIMARY KEY,
    academy_id         UUID                     NOT NULL REFERENCES academy (id),
    slug               VARCHAR(60)              NOT NULL,
    original_language  VARCHAR(8)               NOT NULL,
    level              VARCHAR(20)              NOT NULL,
    format             VARCHAR(30)              NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    duration_hours     INTEGER,
    origin_course_id   UUID,
    licence            VARCHAR(2000),
    sort_key           VARCHAR(300)             NOT NULL,
    search_key         VARCHAR(16000)           NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE,
    version            BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT course_slug_uq UNIQUE (academy_id, slug)
);
CREATE INDEX course_status_sort_ix ON course (status, sort_key);
CREATE INDEX course_status_published_ix ON course (status, published_at);
CREATE INDEX course_format_ix ON course (format);

CREATE TABLE course_title (
    course_id UUID         NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    language  VARCHAR(8)   NOT NULL,
    text      VARCHAR(300) NOT NULL,
    status    VARCHAR(20)  NOT NULL,
    CONSTRAINT course_title_pk PRIMARY KEY (course_id, language)
);

CREATE TABLE course_summary (
    course_id UUID          NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    language  VARCHAR(8)    NOT NULL,
    text      VARCHAR(2000) NOT NULL,
    status    VARCHAR(20)   NOT NULL,
    CONSTRAINT course_summary_pk PRIMARY KEY (course_id, language)
);

CREATE TABLE course_theme (
    course_id UUID        NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    theme     VARCHAR(40) NOT NULL,
    CONSTRAINT course_theme_pk PRIMARY KEY (course_id, theme)
);
CREATE INDEX course_theme_theme_ix ON course_theme (theme);

CREATE TABLE course_audience (
    course_id UUID        NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    audience  VARCHAR(30) NOT NULL,
    CONSTRAINT course_audience_pk PRIMARY KEY (course_id, audience)
);

CREATE TABLE course_language (
    course_id UUID       NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    language  VARCHAR(8) NOT NULL,
    CONSTRAINT course_language_pk PRIMARY KEY (course_id, language)
);
CREATE INDEX course_language_language_ix ON course_language (language);

CREATE TABLE course_sdg (
    course_id UUID    NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    goal      INTEGER NOT NULL,
    CONSTRAINT course_sdg_pk PRIMARY KEY (course_id, goal),
    CONSTRAINT course_sdg_range CHECK (goal BETWEEN 1 AND 17)
);
CREATE INDEX course_sdg_goal_ix ON course_sdg (goal);

CREATE TABLE course_module (
    id        UUID    NOT NULL PRIMARY KEY,
    course_id UUID    NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL
);
CREATE INDEX course_module_course_ix ON course_module (course_id);

CREATE TABLE course_module_title (
    module_id UUID         NOT NULL REFERENCES course_module (id) ON DELETE CASCADE,
    language  VARCHAR(8)   NOT NULL,
    text      VARCHAR(300) NOT NULL,
    status    VARCHAR(20)  NOT NULL,
    CONSTRAINT course_module_title_pk PRIMARY KEY (module_id, language)
);

CREATE TABLE course_activity (
    id                UUID          NOT NULL PRIMARY KEY,
    module_id         UUID          NOT NULL REFERENCES course_module (id),
    course_id         UUID          NOT NULL REFERENCES course (id),
    position          INTEGER       NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    completion_rule   VARCHAR(20),
    estimated_minutes INTEGER,
    video_url         VARCHAR(1000),
    published         BOOLEAN       NOT NULL
);
CREATE INDEX course_activity_module_ix ON course_activity (module_id);
CREATE INDEX course_activity_course_ix ON course_activity (course_id);

CREATE TABLE course_activity_title (
    activity_id UUID         NOT NULL REFERENCES course_activity (id) ON DELETE CASCADE,
    language    VARCHAR(8)   NOT NULL,
    text        VARCHAR(300) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    CONSTRAINT course_activity_title_pk PRIMARY KEY (activity_id, language)
);

CREATE TABLE course_activity_body (
    activity_id UUID            NOT NULL REFERENCES course_activity (id) ON DELETE CASCADE,
    language    VARCHAR(8)      NOT NULL,
    text        VARCHAR(200000) NOT NULL,
    status      VARCHAR(20)     NOT NULL,
    CONSTRAINT course_activity_body_pk PRIMARY KEY (activity_id, language)
);
