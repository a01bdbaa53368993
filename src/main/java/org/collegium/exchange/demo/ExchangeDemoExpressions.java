package org.collegium.exchange.demo;

import java.time.LocalDate;
import java.util.List;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.identity.LanguageLevel;
import org.collegium.exchange.expression.ExpressionDraft;
import org.collegium.exchange.expression.LanguageSkill;
import org.collegium.exchange.expression.ProposedPractitioner;
import org.collegium.identity.AccountId;

/** What the demo municipalities answered. */
final class ExchangeDemoExpressions {

    private ExchangeDemoExpressions() {
    }

    static ExpressionDraft utrechtForHumanResources(AccountId head, AccountId trainer) {
        return new ExpressionDraft(List.of(
                new ProposedPractitioner(head, "Head of human resources", "head-of-human-resources",
                        "Leads a department of 35 people serving 4,000 staff: recruitment, appraisal, training.",
                        List.of(skill("nl", LanguageLevel.NATIVE), skill("en", LanguageLevel.C1)),
                        "Advised the city of León (Nicaragua) on its staff regulations."),
                new ProposedPractitioner(trainer, "Training and staff development officer", "training-officer",
                        "Designs the city's training plan and its leadership programme.",
                        List.of(skill("nl", LanguageLevel.NATIVE), skill("en", LanguageLevel.B2)), null)),
                "Utrecht rebuilt its appraisal system in 2014 and wants to share what worked and what did not.",
                "Two weeks in Phnom Penh: a diagnosis with the capital's HR team, then a workshop to draft job "
                        + "descriptions and an appraisal cycle, followed up remotely for three months.",
                ExchangeMethod.EXPERT_MISSION, LocalDate.of(2017, 3, 20), LocalDate.of(2017, 3, 31));
    }

    static ExpressionDraft barcelonaForEcotourism(AccountId manager) {
        return new ExpressionDraft(List.of(new ProposedPractitioner(manager, "Gestor de espacios naturales protegidos",
                "protected-area-manager", "Manages the Collserola park's visitor services and its community programmes.",
                List.of(skill("es", LanguageLevel.NATIVE), skill("en", LanguageLevel.B2)),
                "Two exchanges with Latin American parks through the Catalan cooperation agency.")),
                "We host visitors in a metropolitan park while protecting it, with the neighbourhoods around it.",
                "A three-week placement in Barcelona for two Colombian officers: visitor management, guides from "
                        + "the community, and a plan for their municipalities.",
                ExchangeMethod.WORK_PLACEMENT, LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 21));
    }

    static ExpressionDraft ghentForFoodSecurity(AccountId officer) {
        return new ExpressionDraft(List.of(new ProposedPractitioner(officer, "Food strategy officer",
                "food-security-officer", "Coordinates the city's food strategy: short supply chains and food reserves.",
                List.of(skill("nl", LanguageLevel.NATIVE), skill("en", LanguageLevel.C1)), null)),
                "Ghent's food strategy links farmers and the city.", "A study visit of five days to Ghent's food "
                        + "council, markets and farms.", ExchangeMethod.STUDY_VISIT, LocalDate.of(2017, 4, 24),
                LocalDate.of(2017, 4, 28));
    }

    static ExpressionDraft ghentForSanitation(AccountId officer) {
        return new ExpressionDraft(List.of(new ProposedPractitioner(officer, "Food strategy officer",
                "food-security-officer", "Coordinates the city's food strategy, including food waste.",
                List.of(skill("nl", LanguageLevel.NATIVE), skill("en", LanguageLevel.C1)), null)),
                "We would like to share our approach to food waste.", "A round table in Accra on organic waste.",
                ExchangeMethod.EXPERT_ROUND_TABLE, LocalDate.of(2017, 4, 10), LocalDate.of(2017, 4, 12));
    }

    static ExpressionDraft barcelonaDraftForClimate(AccountId manager, LocalDate today) {
        return new ExpressionDraft(List.of(new ProposedPractitioner(manager, "Gestor de espacios naturales protegidos",
                "protected-area-manager", "Manages the metropolitan park's fire and landslide prevention.",
                List.of(skill("es", LanguageLevel.NATIVE), skill("en", LanguageLevel.B2)), null)),
                "Borrador: experiencia en prevención de riesgos en espacios naturales.", null, null,
                today.plusMonths(3), today.plusMonths(3).plusDays(10));
    }

    private static LanguageSkill skill(String language, LanguageLevel level) {
        return new LanguageSkill(language, level);
    }
}
