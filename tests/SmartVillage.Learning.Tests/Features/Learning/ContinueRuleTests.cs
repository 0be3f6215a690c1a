using SmartVillage.Learning.Features.Learning;

namespace SmartVillage.Learning.Tests.Features.Learning;

public class ContinueRuleTests
{
    private static readonly int[] Lessons = [11, 12, 13, 14, 15];

    [Theory]
    [InlineData(null, new int[0], 0)]
    [InlineData(13, new[] { 11, 12 }, 2)]
    [InlineData(13, new[] { 11, 12, 13 }, 3)]
    [InlineData(15, new[] { 14, 15 }, 0)]
    [InlineData(12, new[] { 11, 12, 13, 14, 15 }, 1)]
    [InlineData(99, new[] { 11 }, 1)]
    public void TargetIndex_OpensLastVisitedIfOpenElseNextOpen(int? last, int[] completed, int expected) =>
        Assert.Equal(expected, ContinueRule.TargetIndex(Lessons, completed.ToHashSet(), last));

    [Fact]
    public void TargetIndex_NoLessons_IsNull() => Assert.Null(ContinueRule.TargetIndex([], new HashSet<int>(), null));
}
