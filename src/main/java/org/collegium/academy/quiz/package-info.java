/**
 * The quiz engine: question banks per academy, the quiz of an activity, attempts graded on the server. Reached only
 * through {@link org.collegium.academy.Quizzes}.
 */
package org.collegium.academy.quiz;
