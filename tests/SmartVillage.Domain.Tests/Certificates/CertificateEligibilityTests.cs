using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Learning;

namespace SmartVillage.Domain.Tests.Certificates;

public class CertificateEligibilityTests
{
    private static readonly PostTestResult Passed = new(85, Passed: true, Pending: false);

    [Fact]
    public void Course_AllLessonsAndNoPostTest_Eligible() =>
        Assert.True(CertificateEligibility.ForCourse(CourseProgress.Of(5, 5), hasPostTest: false, null).IsEligible);

    [Fact]
    public void Course_LessonMissing_NotEligibleSaysHowMany()
    {
        var result = CertificateEligibility.ForCourse(CourseProgress.Of(4, 5), hasPostTest: false, null);
        Assert.False(result.IsEligible);
        Assert.Contains("4 dari 5", result.Missing);
    }

    [Fact]
    public void Course_PostTestPassed_EligibleWithScore()
    {
        var result = CertificateEligibility.ForCourse(CourseProgress.Of(5, 5), hasPostTest: true, Passed);
        Assert.Equal((true, 85m), (result.IsEligible, result.ScorePercent));
    }

    [Theory]
    [InlineData(null, "Kerjakan post-test")]
    [InlineData("failed", "belum mencapai")]
    [InlineData("pending", "menunggu penilaian")]
    public void Course_PostTestNotPassed_NotEligible(string? state, string missing)
    {
        PostTestResult? result = state switch
        {
            "failed" => new PostTestResult(55, false, false),
            "pending" => new PostTestResult(90, true, Pending: true),
            _ => null,
        };
        var eligibility = CertificateEligibility.ForCourse(CourseProgress.Of(5, 5), hasPostTest: true, result);
        Assert.False(eligibility.IsEligible);
        Assert.Contains(missing, eligibility.Missing);
    }

    [Fact]
    public void Workshop_AtThreshold_Eligible_BelowRefused()
    {
        Assert.True(CertificateEligibility.ForWorkshop(new AttendanceRate(4, 5), 5, 80, false, null).IsEligible);
        var below = CertificateEligibility.ForWorkshop(new AttendanceRate(3, 5), 5, 80, false, null);
        Assert.False(below.IsEligible);
        Assert.Contains("60%", below.Missing);
    }

    [Fact]
    public void Workshop_NotAllSessionsHeld_NotYet() =>
        Assert.Contains("belum selesai", CertificateEligibility.ForWorkshop(new AttendanceRate(2, 2), 3, 80, false, null).Missing);

    [Fact]
    public void Workshop_WithPostTest_NeedsItPassed()
    {
        Assert.False(CertificateEligibility.ForWorkshop(new AttendanceRate(3, 3), 3, 80, true, null).IsEligible);
        Assert.True(CertificateEligibility.ForWorkshop(new AttendanceRate(3, 3), 3, 80, true, Passed).IsEligible);
    }
}
