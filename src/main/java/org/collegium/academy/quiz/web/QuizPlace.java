package org.collegium.academy.quiz.web;

import org.collegium.academy.AcademySummary;
import org.collegium.academy.ActivityReference;
import org.collegium.academy.CourseSummary;

/**
 * A quiz activity where its address puts it: the academy, the course and the activity, all checked to belong together.
 */
record QuizPlace(AcademySummary academy, CourseSummary course, ActivityReference activity) {

    /** The activity's page, where learners see the quiz's overview and their attempts. */
    public String activityPath() {
        return "/academies/" + academy.slug() + "/courses/" + course.slug() + "/activities/" + activity.id().value();
    }

    /** Where learners take the quiz. */
    public String quizPath() {
        return activityPath() + "/quiz";
    }

    public String attemptPath(java.util.UUID attempt) {
        return quizPath() + "/attempts/" + attempt;
    }

    /** Where the course's authors set the quiz up and follow its results. */
    public String managePath() {
        return "/academies/" + academy.slug() + "/manage/courses/" + course.slug() + "/activities/"
                + activity.id().value() + "/quiz";
    }

    public String authoringPath() {
        return "/academies/" + academy.slug() + "/manage/courses/" + course.slug() + "/activities/"
                + activity.id().value();
    }
}
