package org.collegium.exchange.expression;

import org.collegium.identity.LanguageLevel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class SpokenLanguage {

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LanguageLevel level;

    protected SpokenLanguage() {
    }

    SpokenLanguage(LanguageSkill skill) {
        this.language = skill.language();
        this.level = skill.level();
    }

    LanguageSkill skill() {
        return new LanguageSkill(language, level);
    }
}
