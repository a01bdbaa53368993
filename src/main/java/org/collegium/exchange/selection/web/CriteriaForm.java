package org.collegium.exchange.selection.web;

import java.util.ArrayList;
import java.util.List;

import org.collegium.exchange.selection.CriterionDraft;
import org.collegium.exchange.selection.CriterionView;

/**
 * The programme's criteria as the editor shows them: one row per criterion, and an empty row more each time the
 * secretariat asks for one, without JavaScript. Rows marked for removal and empty named rows are left out.
 */
public record CriteriaForm(List<Row> criteria) {

    public CriteriaForm {
        criteria = criteria == null ? new ArrayList<>() : new ArrayList<>(criteria);
    }

    static CriteriaForm of(List<CriterionView> views) {
        return new CriteriaForm(views.stream().map(view -> new Row(view.standardCode(), view.name(),
                Integer.toString(view.weight()), Integer.toString(view.maxScore()), null)).toList());
    }

    CriteriaForm withEmptyRow() {
        List<Row> rows = new ArrayList<>(criteria);
        rows.add(new Row(null, "", "", "10", null));
        return new CriteriaForm(rows);
    }

    /** What is kept, as drafts; a weight or maximum that is not a number becomes 0, which the rules refuse. */
    List<CriterionDraft> drafts() {
        return kept().stream().map(criteria::get)
                .map(row -> new CriterionDraft(row.standard() ? row.standardCode() : null, row.name(),
                        number(row.weight()), number(row.maxScore())))
                .toList();
    }

    /**
     * The field of the form a refusal of the drafts names: the rules count the kept rows, the form all of them.
     */
    String fieldOf(String draftField) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("criteria\\[(\\d+)](.*)").matcher(
                draftField == null ? "" : draftField);
        if (!matcher.matches()) {
            return draftField;
        }
        int index = Integer.parseInt(matcher.group(1));
        List<Integer> kept = kept();
        return index < kept.size() ? "criteria[" + kept.get(index) + "]" + matcher.group(2) : draftField;
    }

    private List<Integer> kept() {
        return java.util.stream.IntStream.range(0, criteria.size()).filter(index -> {
            Row row = criteria.get(index);
            return !Boolean.TRUE.equals(row.remove()) && (row.standard() || row.name() != null && !row.name().isBlank()
                    || !blank(row.weight()));
        }).boxed().toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int number(String value) {
        try {
            return blank(value) ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    public record Row(String standardCode, String name, String weight, String maxScore, Boolean remove) {

        public boolean standard() {
            return standardCode != null && !standardCode.isBlank();
        }
    }
}
