package org.collegium.academy.quiz.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.collegium.academy.QuizAttemptResult;
import org.collegium.academy.Quizzes;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.shared.time.Times;
import org.collegium.shared.web.CsvFile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every attempt at the quiz of an activity, for the academy's staff who author its course: as a table linking to each
 * full result, and as a CSV file.
 */
@Controller
class QuizResultsController {

    private final QuizPlaces places;
    private final Quizzes quizzes;
    private final Accounts accounts;
    private final Times times;
    private final MessageSource messages;

    QuizResultsController(QuizPlaces places, Quizzes quizzes, Accounts accounts, Times times, MessageSource messages) {
        this.places = places;
        this.quizzes = quizzes;
        this.accounts = accounts;
        this.times = times;
        this.messages = messages;
    }

    record Row(QuizAttemptResult result, String learnerName) {
    }

    @GetMapping(QuizSettingsController.BASE + "/results")
    String results(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            Model model) {
        AccountId actor = Viewing.required();
        QuizPlace place = places.authored(slug, course, activity, actor);
        model.addAttribute("place", place);
        model.addAttribute("rows", rows(actor, place));
        return "academy/quiz/results";
    }

    @GetMapping(QuizSettingsController.BASE + "/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable String course, @PathVariable String activity) {
        AccountId actor = Viewing.required();
        QuizPlace place = places.authored(slug, course, activity, actor);
        CsvFile csv = new CsvFile().row(List.of(text("quiz.results.learner"), text("quiz.results.number"),
                text("quiz.results.started"), text("quiz.results.submitted"), text("quiz.results.status"), text("quiz.results.score"),
                text("quiz.results.percentage"), text("quiz.results.passed")));
        for (Row row : rows(actor, place)) {
            QuizAttemptResult result = row.result();
            csv.row(List.of(row.learnerName(), Integer.toString(result.number()),
                    times.isoDateTime(result.startedAt()), times.isoDateTime(result.finishedAt()),
                    text("quiz.status." + result.status().name()),
                    result.score() == null ? "" : result.score().toPlainString() + "/" + result.maxScore(),
                    result.percentage() == null ? "" : result.percentage().toPlainString(),
                    result.passed() == null ? "" : text(result.passed() ? "quiz.result.passed" : "quiz.result.failed")));
        }
        return csv.download("quiz-results-" + place.activity().id().value() + ".csv");
    }

    private List<Row> rows(AccountId actor, QuizPlace place) {
        List<QuizAttemptResult> results = quizzes.activityResults(actor, place.activity().id());
        Map<AccountId, AccountSummary> learners = accounts.findAll(results.stream().map(QuizAttemptResult::learner)
                .collect(Collectors.toSet()));
        return results.stream().map(result -> new Row(result, learners.containsKey(result.learner())
                ? learners.get(result.learner()).displayName() : "")).toList();
    }

    private String text(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
