using SmartVillage.Learning.Features.Assessments.Attempts;

namespace SmartVillage.Learning.Tests.Features.Assessments.Attempts;

public class CountdownAnnouncementTests
{
    private static TimeSpan S(int seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Crossed_EverySecondOfATenMinuteQuiz_AnnouncesOnlyFiveAndOneMinute()
    {
        var said = new List<string>();
        for (var left = 600; left > 0; left--)
        {
            if (CountdownAnnouncement.Crossed(S(left), S(left - 1)) is { } sentence) said.Add(sentence);
        }

        Assert.Equal(["Sisa waktu 5 menit.", "Sisa waktu 1 menit."], said);
    }

    [Fact]
    public void Crossed_ATickSkippedOverTheMilestone_StillAnnouncesIt()
    {
        // A tab in the background: the timer wakes late, from 5:02 straight to 4:57.
        Assert.Equal("Sisa waktu 5 menit.", CountdownAnnouncement.Crossed(S(302), S(297)));
    }

    [Fact]
    public void Crossed_OpeningAQuizWithLessThanFiveMinutesLeft_SaysNothingUntilOneMinute()
    {
        // The first tick starts from zero (nothing known yet), so reopening the page does not announce a passed milestone.
        Assert.Null(CountdownAnnouncement.Crossed(TimeSpan.Zero, S(200)));
        Assert.Null(CountdownAnnouncement.Crossed(S(200), S(199)));
    }
}
