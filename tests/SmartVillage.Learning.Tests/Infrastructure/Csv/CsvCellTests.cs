using SmartVillage.Learning.Infrastructure.Csv;

namespace SmartVillage.Learning.Tests.Infrastructure.Csv;

public class CsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    public void Escape_FormulaLeadingCell_BecomesText(string value, string written) => Assert.Equal(written, CsvCell.Escape(value));

    [Theory]
    [InlineData("-12,5", "\"-12,5\"")]
    [InlineData("+6281270000001", "+6281270000001")]
    [InlineData("-3", "-3")]
    [InlineData("Siti Rahmawati", "Siti Rahmawati")]
    [InlineData("Tanggamus; Pringsewu", "\"Tanggamus; Pringsewu\"")]
    public void Escape_NumbersAndPlainText_Unchanged(string value, string written) => Assert.Equal(written, CsvCell.Escape(value));
}
