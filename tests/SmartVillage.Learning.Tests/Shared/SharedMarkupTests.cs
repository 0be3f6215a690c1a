using SmartVillage.Learning.Shared;

namespace SmartVillage.Learning.Tests.Shared;

/// <summary>
/// Forty officials with the same quiz open keep one copy of each question's text on the server, not forty (the quiz
/// circuit's budget, measured by `SmartVillage.Benchmarks -- circuits`).
/// </summary>
public sealed class SharedMarkupTests
{
    [Fact]
    public void TheSameMarkup_BuiltByTwoPages_IsKeptOnce()
    {
        using var shared = new SharedMarkup();
        var first = shared.Of(Question("APBDes terdiri atas tiga bagian besar."));
        var second = shared.Of(Question("APBDes terdiri atas tiga bagian besar."));

        Assert.Equal(first.Value, second.Value);
        Assert.Same(first.Value, second.Value);
    }

    [Fact]
    public void DifferentMarkup_IsNeverConfused()
    {
        using var shared = new SharedMarkup();
        var first = shared.Of(Question("Kapan APBDes ditetapkan?"));
        var second = shared.Of(Question("Siapa yang menyetujui SPP?"));

        Assert.Contains("Kapan", first.Value);
        Assert.Contains("Siapa", second.Value);
    }

    // Built at run time, as a page builds it: two equal strings, two objects.
    private static string Question(string text) => string.Concat("<div class=\"sv-question-text\">", text, "</div>");
}
