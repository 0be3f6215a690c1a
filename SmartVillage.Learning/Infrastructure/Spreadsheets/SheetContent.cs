namespace SmartVillage.Learning.Infrastructure.Spreadsheets;

/// <summary>
/// One sheet of a <see cref="SheetWriter"/> workbook: a table whose first row is the header (styled, frozen at the top with
/// the first <paramref name="FrozenColumns"/> columns at the left, under an AutoFilter that covers the rows below it), each
/// column with its width and number format.
/// </summary>
public sealed record SheetContent(string Name, IEnumerable<IReadOnlyList<object?>> Rows, IReadOnlyList<SheetColumn> Columns, int FrozenColumns = 0)
{
    /// <summary>What the sheet is about (a course, a bimtek), above the table with a blank row before the header.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Preamble { get; init; } = [];

    /// <summary>Under the table after a blank row, outside its filter so a sort never moves them: a total, a note.</summary>
    public IEnumerable<IReadOnlyList<object?>> Footer { get; init; } = [];
}

/// <summary>How a column's numbers show in Excel.</summary>
public enum NumberStyle
{
    General,
    /// <summary>Counts: "#,##0".</summary>
    Integer,
    /// <summary>Scores and gains in points: "0.0".</summary>
    Decimal,
    /// <summary>Means on a 1–5 scale, points of a question, a normalised gain: "0.00".</summary>
    TwoDecimals,
    /// <summary>A value of 12.5 means 12.5 %: written as 0.125 with the format "0.0%", so Excel computes with it.</summary>
    Percent,
    /// <summary>A moment (already in WIB): an Excel date "yyyy-mm-dd hh:mm" that sorts as time.</summary>
    DateTime,
}

/// <summary>A column's width in characters and its number format.</summary>
public sealed record SheetColumn(double Width, NumberStyle Format = NumberStyle.General)
{
    /// <summary>Wide enough for its header (which wraps past <paramref name="max"/>), never narrower than a number needs.</summary>
    public static SheetColumn Fit(string header, NumberStyle format = NumberStyle.General, double min = 10, double max = 30) =>
        new(Math.Clamp(header.Length + 2, min, max), format);
}

/// <summary>A value with its own number style, for a sheet whose rows mix kinds (a summary of labels and figures).</summary>
public sealed record Styled(object? Value, NumberStyle Style);
