namespace SmartVillage.Domain.Assessments;

/// <summary>A file stored with a bank question (an image its text shows), served only to those who may see the question.</summary>
public sealed class BankQuestionFile
{
    private BankQuestionFile() { }

    internal BankQuestionFile(QuestionFile file)
    {
        Name = file.Name;
        Content = file.Content;
    }

    public int Id { get; private set; }
    public int BankQuestionId { get; private set; }
    public string Name { get; private set; } = "";
    public byte[] Content { get; private set; } = [];

    internal void Replace(byte[] content) => Content = content;

    public QuestionFile ToFile() => new(Name, Content);
}
