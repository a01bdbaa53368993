package org.collegium.academy;

import java.util.Arrays;

/**
 * Something a quiz's rules refuse: starting outside the quiz's dates or past its attempts limit, answering after
 * the deadline, an answer or a question that does not hold together. It names the input at fault and a message
 * code of the quiz bundle, so that forms show it next to the field and the API as a problem, in the reader's
 * language.
 */
public class QuizRefusal extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public QuizRefusal(String field, String code, Object... arguments) {
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
