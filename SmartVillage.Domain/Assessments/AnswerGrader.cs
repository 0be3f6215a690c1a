namespace SmartVillage.Domain.Assessments;

/// <summary>
/// Grades one response to one question. Pure: the same question and response always give the same
/// result, so an attempt can be regraded after a question is corrected and a race of submissions
/// cannot produce two different scores.
/// </summary>
/// <remarks>
/// A null response means "not answered" and earns 0. A response of the wrong shape for the question
/// (a <see cref="TextResponse"/> to a matching question) or an option that does not exist is a bug in
/// the caller, not an answer, and throws <see cref="ArgumentException"/>.
/// </remarks>
public static class AnswerGrader
{
    public static GradeResult Grade(Question question, Response? response)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Type switch
        {
            QuestionType.Description => new GradeResult(GradeStatus.NotGraded, null, [], question.GeneralFeedback),
            QuestionType.Essay => GradeEssay(question, response),
            QuestionType.SingleChoice or QuestionType.MissingWord => GradeSingleChoice(question, Expect<ChoiceResponse>(question, response)),
            QuestionType.MultipleAnswer => GradeMultipleAnswer(question, Expect<ChoiceResponse>(question, response)),
            QuestionType.TrueFalse => GradeTrueFalse(question, Expect<TrueFalseResponse>(question, response)),
            QuestionType.ShortAnswer => GradeShortAnswer(question, Expect<TextResponse>(question, response)),
            QuestionType.Numerical => GradeNumerical(question, Expect<NumberResponse>(question, response)),
            QuestionType.Matching => GradeMatching(question, Expect<MatchingResponse>(question, response)),
            _ => throw new ArgumentOutOfRangeException(nameof(question), question.Type, "Unknown question type."),
        };
    }

    private static T? Expect<T>(Question question, Response? response) where T : Response =>
        response switch
        {
            null => null,
            T typed => typed,
            _ => throw new ArgumentException(
                $"A {question.Type} question is answered with a {typeof(T).Name}, not a {response.GetType().Name}.", nameof(response)),
        };

    private static GradeResult Unanswered(Question question) => GradeResult.Graded(0, [], question);

    private static GradeResult GradeEssay(Question question, Response? response)
    {
        if (response is not (null or TextResponse))
            throw new ArgumentException($"An essay is answered with a TextResponse, not a {response.GetType().Name}.", nameof(response));
        return new GradeResult(GradeStatus.NeedsManualGrading, null, [], question.GeneralFeedback);
    }

    private static GradeResult GradeSingleChoice(Question question, ChoiceResponse? response)
    {
        if (response is null || response.SelectedIndices.Count == 0) return Unanswered(question);
        if (response.SelectedIndices.Count > 1)
            throw new ArgumentException("A single-choice question takes one selected option.", nameof(response));
        var choice = ChoiceAt(question, response.SelectedIndices[0]);
        return GradeResult.Graded(choice.Weight / 100, [choice.Feedback], question);
    }

    /// <summary>Weights add up; wrong picks with negative weights take credit away; the sum is kept within 0..1.</summary>
    private static GradeResult GradeMultipleAnswer(Question question, ChoiceResponse? response)
    {
        if (response is null || response.SelectedIndices.Count == 0) return Unanswered(question);
        var picked = response.SelectedIndices.Distinct().Order().Select(i => ChoiceAt(question, i)).ToList();
        return GradeResult.Graded(picked.Sum(c => c.Weight) / 100, picked.Select(c => c.Feedback), question);
    }

    private static GradeResult GradeTrueFalse(Question question, TrueFalseResponse? response)
    {
        if (response is null) return Unanswered(question);
        var key = question.TrueFalseAnswer!;
        return GradeResult.Graded(response.Value == key.Correct ? 1 : 0, [key.FeedbackFor(response.Value)], question);
    }

    /// <summary>The best-weighted accepted answer that matches counts, whatever order the trainer listed them in.</summary>
    private static GradeResult GradeShortAnswer(Question question, TextResponse? response)
    {
        if (response is null || string.IsNullOrWhiteSpace(response.Text)) return Unanswered(question);
        var best = question.AcceptedAnswers.Where(a => a.Matches(response.Text, question.CaseSensitive)).MaxBy(a => a.Weight);
        return best is null
            ? GradeResult.Graded(0, [], question)
            : GradeResult.Graded(best.Weight / 100, [best.Feedback], question);
    }

    private static GradeResult GradeNumerical(Question question, NumberResponse? response)
    {
        if (response is null || string.IsNullOrWhiteSpace(response.Text)) return Unanswered(question);
        if (!NumberText.TryParse(response.Text, out var number))
            return GradeResult.Graded(0, [$"\"{response.Text.Trim()}\" bukan angka; tulis angka seperti 2,5 atau 1.500.000."], question);

        var best = question.NumericalAnswers.Where(a => a.Accepts(number)).MaxBy(a => a.Weight);
        return best is null
            ? GradeResult.Graded(0, [question.FeedbackForOtherNumbers], question)
            : GradeResult.Graded(best.Weight / 100, [best.Feedback], question);
    }

    /// <summary>Every real pair weighs the same; distractors are not asked, so they are not counted.</summary>
    private static GradeResult GradeMatching(Question question, MatchingResponse? response)
    {
        if (response is null || response.AnswerBySubquestion.Count == 0) return Unanswered(question);
        var asked = question.MatchingPairs.Select((pair, index) => (pair, index)).Where(p => !p.pair.IsDistractor).ToList();
        foreach (var index in response.AnswerBySubquestion.Keys)
        {
            if (!asked.Any(p => p.index == index))
                throw new ArgumentOutOfRangeException(nameof(response), index, "No such subquestion in this matching question.");
        }

        var right = asked.Count(p =>
            response.AnswerBySubquestion.TryGetValue(p.index, out var picked)
            && string.Equals(picked?.Trim(), p.pair.Answer.Trim(), StringComparison.Ordinal));
        return GradeResult.Graded((decimal)right / asked.Count, [], question);
    }

    private static Choice ChoiceAt(Question question, int index) =>
        index >= 0 && index < question.Choices.Count
            ? question.Choices[index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The question has {question.Choices.Count} options.");
}
