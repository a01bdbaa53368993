package org.collegium.library.web;

import java.util.HashMap;
import java.util.Map;

import org.collegium.library.LanguageVersion;

/** One translation on the resource form: its language, title, abstract and, for a case study, sections. */
public class TextRow {

    private String language;
    private String title;
    private String summary;
    private Map<String, String> sections = new HashMap<>();

    static TextRow of(String language, LanguageVersion text) {
        TextRow row = new TextRow();
        row.language = language;
        row.title = text.title();
        row.summary = text.summary();
        text.sections().forEach((section, body) -> row.sections.put(section.name(), body));
        return row;
    }

    boolean isEmpty() {
        return ResourceForm.blankToNull(language) == null && ResourceForm.blankToNull(title) == null
                && ResourceForm.blankToNull(summary) == null && ResourceForm.sectionsOf(sections).isEmpty();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Map<String, String> getSections() {
        return sections;
    }

    public void setSections(Map<String, String> sections) {
        this.sections = sections;
    }
}
