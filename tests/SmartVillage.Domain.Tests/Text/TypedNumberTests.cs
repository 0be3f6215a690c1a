using SmartVillage.Domain.Text;

namespace SmartVillage.Domain.Tests.Text;

public sealed class TypedNumberTests
{
    [Theory]
    [InlineData("0,8", 2, 0.8)]
    [InlineData("0.8", 2, 0.8)]
    [InlineData(" 0,80 ", 2, 0.8)]
    [InlineData("1.500.000", 0, 1500000)]
    [InlineData("1,500,000", 0, 1500000)]
    [InlineData("Rp 1.500.000", 0, 1500000)]
    [InlineData("1.500", 0, 1500)]
    [InlineData("1.500", 2, 1.5)]
    [InlineData("1.500.000,50", 2, 1500000.5)]
    [InlineData("1,500,000.50", 2, 1500000.5)]
    [InlineData("12,0", 0, 12)]
    [InlineData("-2,5", 1, -2.5)]
    [InlineData("15", 0, 15)]
    public void Reads_WhatPeopleType(string text, int decimals, double expected)
    {
        Assert.Null(TypedNumber.TryRead(text, decimals, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("12,5", 0, TypedNumber.WholeNumberMessage)]
    [InlineData("0,825", 2, "Paling banyak 2 angka di belakang koma.")]
    [InlineData("abc", 0, TypedNumber.NotANumberMessage)]
    [InlineData("1,2,3", 2, TypedNumber.NotANumberMessage)]
    [InlineData("1.50.000", 0, TypedNumber.NotANumberMessage)]
    [InlineData("1,", 2, TypedNumber.NotANumberMessage)]
    public void Refuses_WithTheReason_NeverRounds(string text, int decimals, string message)
    {
        Assert.Equal(message, TypedNumber.TryRead(text, decimals, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void OutOfRange_IsRefusedWithTheFieldsMessage_NotClamped()
    {
        Assert.Equal("Batas waktu antara 1 dan 600 menit.", TypedNumber.TryRead("99999999999", 0, 1, 600, "Batas waktu antara 1 dan 600 menit.", out var value));
        Assert.Null(value);
        Assert.Null(TypedNumber.TryRead("600", 0, 1, 600, "x", out var edge));
        Assert.Equal(600m, edge);
    }

    [Fact]
    public void Empty_IsNoValue_AndShowsTheIndonesianWay()
    {
        Assert.Null(TypedNumber.TryRead("  ", 2, out var value));
        Assert.Null(value);
        Assert.Equal("0,8", TypedNumber.Show(0.8m));
        Assert.Equal("1500000", TypedNumber.Show(1500000m));
    }
}
