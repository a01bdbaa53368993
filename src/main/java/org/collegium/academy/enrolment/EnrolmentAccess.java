package org.collegium.academy.enrolment;

import java.util.Optional;

import org.collegium.academy.AcademyAccess;
import org.collegium.academy.ActivityId;
import org.collegium.academy.ActivityReference;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.course.CourseContents;
import org.collegium.identity.AccountId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers to "who may" for courses, runs and activities, from the courses' academies and the enrolments.
 */
@Service
@Transactional(readOnly = true)
class EnrolmentAccess implements CourseAccess {

    private final CourseContents contents;
    private final EnrolmentRepository enrolments;
    private final RunRepository runs;
    private final AcademyAccess academies;

    EnrolmentAccess(CourseContents contents, EnrolmentRepository enrolments, RunRepository runs,
            AcademyAccess academies) {
        this.contents = contents;
        this.enrolments = enrolments;
        this.runs = runs;
        this.academies = academies;
    }

    @Override
    public boolean mayAuthor(AccountId account, CourseId course) {
        return account != null && contents.mayAuthor(Optional.of(account), course);
    }

    @Override
    public boolean isLearnerOf(AccountId account, CourseId course) {
        return account != null && enrolments.learns(account.value(), course.value());
    }

    @Override
    public java.util.Set<AccountId> learnersOf(CourseId course) {
        java.util.Set<AccountId> learners = new java.util.LinkedHashSet<>();
        enrolments.learnersOf(course.value()).forEach(id -> learners.add(new AccountId(id)));
        return learners;
    }

    @Override
    public boolean mayFacilitate(AccountId account, CourseRunId run) {
        if (account == null) {
            return false;
        }
        return runs.findById(run.value()).map(found -> found.isFacilitatedBy(account)
                || contents.academyOf(found.course())
                        .map(academy -> academies.mayAdminister(Optional.of(account), academy)).orElse(false))
                .orElse(false);
    }

    @Override
    public Optional<ActivityReference> activity(ActivityId activity) {
        return contents.reference(activity);
    }

    @Override
    public boolean mayOpen(AccountId account, ActivityId activity) {
        return account != null && contents.reference(activity)
                .map(reference -> mayAuthor(account, reference.course())
                        || reference.published() && isLearnerOf(account, reference.course()))
                .orElse(false);
    }
}
