using Microsoft.Extensions.Time.Testing;
using SmartVillage.Domain.Attendance;

namespace SmartVillage.Domain.Tests.Attendance;

public class AttendanceRateTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private static (DateTimeOffset, DateTimeOffset, AttendanceStatus?) Session(int day, AttendanceStatus? mark) =>
        (Day1.AddDays(day), Day1.AddDays(day).AddHours(8), mark);

    [Fact]
    public void Rate_CountsOnlySessionsHeldSoFar()
    {
        var clock = new FakeTimeProvider(Day1.AddDays(1).AddHours(9)); // day 2 has ended, day 3 is tomorrow

        var rate = AttendanceRate.Over([Session(0, AttendanceStatus.Present), Session(1, AttendanceStatus.Late), Session(2, null)], clock.GetUtcNow());

        Assert.Equal(new AttendanceRate(2, 2), rate);
        Assert.Equal(100, rate.Percent);
    }

    [Fact]
    public void Rate_IzinAndSakitCountAsNotPresent()
    {
        var now = Day1.AddDays(10);
        var rate = AttendanceRate.Over([Session(0, AttendanceStatus.Present), Session(1, AttendanceStatus.Excused), Session(2, AttendanceStatus.Sick),
            Session(3, AttendanceStatus.Absent), Session(4, AttendanceStatus.Present)], now);

        Assert.Equal(40, rate.Percent);
    }

    [Fact]
    public void Rate_SessionRunningWithoutMark_NotHeldYet_WithMark_Held()
    {
        var now = Day1.AddHours(2);
        Assert.Equal(0, AttendanceRate.Over([Session(0, null)], now).Held);
        Assert.Equal(new AttendanceRate(1, 1), AttendanceRate.Over([Session(0, AttendanceStatus.Present)], now));
    }

    [Theory]
    [InlineData(4, 5, 80, true)]
    [InlineData(3, 4, 80, false)]
    [InlineData(5, 5, 100, true)]
    public void Completion_ThresholdOverAllSessions(int present, int held, int threshold, bool eligible) =>
        Assert.Equal(eligible, WorkshopCompletion.IsEligible(new AttendanceRate(present, held), held, threshold));

    [Fact]
    public void Completion_BeforeLastSessionEnded_NotYet() =>
        Assert.False(WorkshopCompletion.IsEligible(new AttendanceRate(2, 2), totalSessions: 3, 80));
}

public class CheckInRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly CheckInRules Rules = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15));

    [Fact]
    public void Refusal_BeforeOpening_AfterEnd_NullBetween()
    {
        var end = Start.AddHours(8);
        Assert.Contains("belum dibuka", Rules.Refusal(Start, end, Start.AddMinutes(-31)));
        Assert.Null(Rules.Refusal(Start, end, Start.AddMinutes(-30)));
        Assert.Contains("sudah ditutup", Rules.Refusal(Start, end, end));
    }

    [Fact]
    public void Status_HadirWithinGrace_TerlambatAfter()
    {
        Assert.Equal(AttendanceStatus.Present, Rules.StatusAt(Start, Start.AddMinutes(15)));
        Assert.Equal(AttendanceStatus.Late, Rules.StatusAt(Start, Start.AddMinutes(15).AddSeconds(1)));
    }

    [Theory]
    [InlineData("hadir", AttendanceStatus.Present)]
    [InlineData("T", AttendanceStatus.Late)]
    [InlineData(" Izin ", AttendanceStatus.Excused)]
    [InlineData("sakit", AttendanceStatus.Sick)]
    [InlineData("A", AttendanceStatus.Absent)]
    public void Statuses_ParseLabelsAndLetters(string text, AttendanceStatus expected)
    {
        Assert.True(AttendanceStatuses.TryParse(text, out var status));
        Assert.Equal(expected, status);
    }
}

public class RotatingCodeTests
{
    private static readonly string Secret = Convert.ToBase64String(Enumerable.Range(1, 20).Select(i => (byte)i).ToArray());

    [Fact]
    public void Code_SixCharactersFromAlphabet_StableWithinStep()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000)); // a step boundary for 30 s
        var code = new RotatingCode(Secret, TimeSpan.FromSeconds(30));
        var first = code.CodeAt(clock.GetUtcNow());

        clock.Advance(TimeSpan.FromSeconds(29));

        Assert.Equal(6, first.Length);
        Assert.All(first, c => Assert.Contains(c, RotatingCode.Alphabet));
        Assert.Equal(first, code.CodeAt(clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotEqual(first, code.CodeAt(clock.GetUtcNow()));
    }

    [Fact]
    public void IsValid_CodeOnScreen_AcceptedUntilItRotatesPlusGrace()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        var code = new RotatingCode(Secret, TimeSpan.FromSeconds(30));
        var shown = code.CodeAt(clock.GetUtcNow());

        Assert.True(code.IsValid(shown, clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromMilliseconds(30_500)); // rotated 0.5 s ago: the scan was in flight
        Assert.True(code.IsValid(shown.ToLowerInvariant(), clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromMilliseconds(600));    // 1.1 s after rotating: gone
        Assert.False(code.IsValid(shown, clock.GetUtcNow()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(28.5)]
    [InlineData(29.9)]
    public void IsValid_CodeSeen31SecondsEarlier_RefusedWhereverInItsStepItWasSeen(double secondsIntoStep)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000).AddSeconds(secondsIntoStep));
        var code = new RotatingCode(Secret, TimeSpan.FromSeconds(30));
        var shown = code.CodeAt(clock.GetUtcNow());

        clock.Advance(TimeSpan.FromSeconds(31));

        Assert.False(code.IsValid(shown, clock.GetUtcNow()));
    }

    [Fact]
    public void IsValid_OtherSessionsSecret_Refused()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var other = new RotatingCode(Convert.ToBase64String(new byte[20]), TimeSpan.FromSeconds(30));
        var mine = new RotatingCode(Secret, TimeSpan.FromSeconds(30));

        Assert.False(mine.IsValid(other.CodeAt(now), now));
    }

    [Fact]
    public void Step_Configurable()
    {
        var code = new RotatingCode(Secret, TimeSpan.FromSeconds(60));
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000 - 1_800_000_000 % 60);
        Assert.Equal(code.CodeAt(now), code.CodeAt(now.AddSeconds(59)));
        Assert.Equal(now.AddSeconds(60), code.StepEndsAt(now));
    }
}
