package org.collegium.academy.facilitation;

import java.util.List;

import org.collegium.academy.AcademySummary;

/**
 * An academy's figures: the whole, then per course, per run, per learners' country and per kind of organisation.
 */
public record Figures(AcademySummary academy, FigureRow total, List<FigureRow> courses, List<FigureRow> runs,
        List<FigureRow> countries, List<FigureRow> organisationKinds) {
}
