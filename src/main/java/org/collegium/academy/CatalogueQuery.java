package org.collegium.academy;

import org.collegium.identity.ExpertiseTopic;

/**
 * A search of the published courses; every criterion is optional (null or blank means any).
 *
 * @param text words that must all appear in the title or summary, in any language, accents and case ignored
 * @param language a content language the course is offered in
 * @param sdg a Sustainable Development Goal, 1 to 17
 */
public record CatalogueQuery(String text, AcademyId academy, ExpertiseTopic theme, String language, CourseFormat format,
        Integer sdg, CatalogueSort sort) {

    public CatalogueQuery {
        text = text == null ? "" : text.strip();
        language = language == null || language.isBlank() ? null : language.strip();
        sdg = sdg != null && sdg >= 1 && sdg <= 17 ? sdg : null;
        sort = sort == null ? CatalogueSort.TITLE : sort;
    }

    public static CatalogueQuery all() {
        return new CatalogueQuery("", null, null, null, null, null, CatalogueSort.TITLE);
    }

    public CatalogueQuery inAcademy(AcademyId id) {
        return new CatalogueQuery(text, id, theme, language, format, sdg, sort);
    }
}
