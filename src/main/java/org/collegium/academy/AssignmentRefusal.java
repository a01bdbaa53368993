package org.collegium.academy;

/**
 * A step on an assignment that its rules refuse (a submission after the cut-off, a level outside the rubric…).
 * Like every {@link AcademyRefusal} it names the input at fault and a message code, here of the assignment
 * bundle, so that forms show it next to the field and the API as a problem, in the reader's language.
 */
public class AssignmentRefusal extends AcademyRefusal {

    public AssignmentRefusal(String field, String code, Object... arguments) {
        super(field, code, arguments);
    }
}
