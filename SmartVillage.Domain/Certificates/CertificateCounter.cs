namespace SmartVillage.Domain.Certificates;

/// <summary>
/// The last sequence number used in a year. Incremented in the same transaction that inserts the certificate, so the
/// numbers of a year run 1, 2, 3… with no gap (a failed insert rolls the increment back) and no duplicate.
/// </summary>
public sealed class CertificateCounter
{
    private CertificateCounter() { }

    public CertificateCounter(int year, int lastSequence)
    {
        Year = year;
        LastSequence = lastSequence;
    }

    public int Year { get; private set; }
    public int LastSequence { get; private set; }
}
