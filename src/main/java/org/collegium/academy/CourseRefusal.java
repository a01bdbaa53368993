package org.collegium.academy;

import java.util.Arrays;

/**
 * A change to a course, run or enrolment that its rules refuse. It names the input at fault and a message code of
 * the course or enrolment bundle, so that forms show it next to the field and the API as a problem, in the reader's
 * language.
 */
public class CourseRefusal extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public CourseRefusal(String field, String code, Object... arguments) {
        super(code + " (" + field + ")");
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
