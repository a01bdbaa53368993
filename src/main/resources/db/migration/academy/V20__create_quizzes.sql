-- Question banks: each academy's questions, their prompt per language, tags and options (choices, accepted
-- answers or pairs, in the question's original language).
CREATE TABLE quiz_question (
    id                 UUID                     NOT NULL PRIMARY KEY,
    academy_id         UUID                     NOT NULL REFERENCES academy (id) ON DELETE CASCADE,
    kind               VARCHAR(20)              NOT NULL,
    original_language  VARCHAR(8)               NOT NULL,
    points             INTEGER                  NOT NULL,
    correct_feedback   VARCHAR(1000),
    incorrect_feedback VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX quiz_question_academy_ix ON quiz_question (academy_id, created_at);

CREATE TABLE quiz_question_prompt (
    question_id UUID          NOT NULL REFERENCES quiz_question (id) ON DELETE CASCADE,
    language    VARCHAR(8)    NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    CONSTRAINT quiz_question_prompt_pk PRIMARY KEY (question_id, language)
);

CREATE TABLE quiz_question_tag (
    question_id UUID        NOT NULL REFERENCES quiz_question (id) ON DELETE CASCADE,
    tag         VARCHAR(40) NOT NULL,
    CONSTRAINT quiz_question_tag_pk PRIMARY KEY (question_id, tag)
);
CREATE INDEX quiz_question_tag_ix ON quiz_question_tag (tag);

CREATE TABLE quiz_question_option (
    question_id UUID          NOT NULL REFERENCES quiz_question (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    option_key  VARCHAR(16)   NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    correct     BOOLEAN       NOT NULL,
    match_key   VARCHAR(16),
    match_text  VARCHAR(1000),
    feedback    VARCHAR(1000),
    CONSTRAINT quiz_question_option_pk PRIMARY KEY (question_id, position)
);

-- The quiz of an activity: a fixed list of questions, or a number drawn from tagged questions, and its settings.
CREATE TABLE quiz (
    id                 UUID                     NOT NULL PRIMARY KEY,
    activity_id        UUID                     NOT NULL,
    academy_id         UUID                     NOT NULL REFERENCES academy (id) ON DELETE CASCADE,
    draw_count         INTEGER                  NOT NULL,
    shuffle_questions  BOOLEAN                  NOT NULL,
    shuffle_choices    BOOLEAN                  NOT NULL,
    attempts_limit     INTEGER                  NOT NULL,
    time_limit_minutes INTEGER,
    opens_at           TIMESTAMP WITH TIME ZONE,
    closes_at          TIMESTAMP WITH TIME ZONE,
    pass_mark          INTEGER                  NOT NULL,
    feedback           VARCHAR(20)              NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT quiz_activity_uq UNIQUE (activity_id)
);

CREATE TABLE quiz_fixed_question (
    quiz_id     UUID    NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    question_id UUID    NOT NULL REFERENCES quiz_question (id),
    CONSTRAINT quiz_fixed_question_pk PRIMARY KEY (quiz_id, position)
);

CREATE TABLE quiz_draw_tag (
    quiz_id UUID        NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    tag     VARCHAR(40) NOT NULL,
    CONSTRAINT quiz_draw_tag_pk PRIMARY KEY (quiz_id, tag)
);

-- One learner at one quiz: attempts started and first pass; its row serialises that learner's starts and submissions.
CREATE TABLE quiz_participation (
    id               UUID                     NOT NULL PRIMARY KEY,
    quiz_id          UUID                     NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    learner_id       UUID                     NOT NULL,
    attempts_started INTEGER                  NOT NULL,
    passed_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT quiz_participation_uq UNIQUE (quiz_id, learner_id)
);

-- Attempts, with their frozen questions, the answers saved and, once graded, the points awarded.
CREATE TABLE quiz_attempt (
    id             UUID                     NOT NULL PRIMARY KEY,
    quiz_id        UUID                     NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    activity_id    UUID                     NOT NULL,
    learner_id     UUID                     NOT NULL,
    number         INTEGER                  NOT NULL,
    seed           BIGINT                   NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    time_limit_end TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    overdue_by     VARCHAR(20),
    score          NUMERIC(10, 2),
    max_score      INTEGER                  NOT NULL,
    passed         BOOLEAN,
    version        BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT quiz_attempt_number_uq UNIQUE (quiz_id, learner_id, number)
);
CREATE INDEX quiz_attempt_learner_ix ON quiz_attempt (learner_id);

CREATE TABLE quiz_attempt_item (
    attempt_id  UUID           NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    position    INTEGER        NOT NULL,
    question_id UUID           NOT NULL REFERENCES quiz_question (id),
    points      INTEGER        NOT NULL,
    answer_keys VARCHAR(1000),
    answer_text VARCHAR(1000),
    awarded     NUMERIC(10, 2),
    CONSTRAINT quiz_attempt_item_pk PRIMARY KEY (attempt_id, position)
);
