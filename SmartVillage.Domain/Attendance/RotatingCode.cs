using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SmartVillage.Domain.Attendance;

/// <summary>
/// A time-step code like TOTP (RFC 6238): HMAC-SHA256 of the step number under the session's secret,
/// truncated to six characters of an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), so it
/// can be read off a projector and typed on a phone. A code is accepted while it is on screen and for
/// a short grace after it rotates away (default one second, for the request in flight), never longer:
/// a code seen 31 seconds earlier is always refused with 30-second steps.
/// </summary>
public sealed class RotatingCode
{
    public const int Length = 6;
    public const string Alphabet = "ACDEFGHJKMNPQRTUVWXY34679";

    private readonly byte[] _secret;

    public RotatingCode(string base64Secret, TimeSpan step, TimeSpan? grace = null)
    {
        if (step < TimeSpan.FromSeconds(5)) throw new DomainException("Langkah kode absen paling sedikit 5 detik.");
        var graceValue = grace ?? TimeSpan.FromSeconds(1);
        if (graceValue < TimeSpan.Zero || graceValue >= step) throw new DomainException("Tenggang kode absen harus antara 0 dan panjang langkah.");
        _secret = Convert.FromBase64String(base64Secret);
        Step = step;
        Grace = graceValue;
    }

    public TimeSpan Step { get; }

    /// <summary>How long after rotating away a code is still taken: the time a scan's request may spend in flight.</summary>
    public TimeSpan Grace { get; }

    public long StepAt(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / (long)Step.TotalMilliseconds;

    /// <summary>When the step holding <paramref name="time"/> ends (the code on screen changes then).</summary>
    public DateTimeOffset StepEndsAt(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeMilliseconds((StepAt(time) + 1) * (long)Step.TotalMilliseconds);

    public string CodeAt(DateTimeOffset time) => CodeFor(StepAt(time));

    public string CodeFor(long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_secret, counter, hash);
        var offset = hash[^1] & 0x0F;
        var value = BinaryPrimitives.ReadUInt64BigEndian(hash.Slice(offset, 8));
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[(int)(value % (ulong)Alphabet.Length)];
            value /= (ulong)Alphabet.Length;
        }
        return new string(code);
    }

    /// <summary>True for the code on screen now, or the one before it within <see cref="Grace"/> of rotating. Comparison is constant-time.</summary>
    public bool IsValid(string? code, DateTimeOffset now)
    {
        var typed = Normalize(code);
        if (typed.Length != Length) return false;
        var step = StepAt(now);
        var sinceRotation = now - DateTimeOffset.FromUnixTimeMilliseconds(step * (long)Step.TotalMilliseconds);
        var current = CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(typed), System.Text.Encoding.ASCII.GetBytes(CodeFor(step)));
        var previous = CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(typed), System.Text.Encoding.ASCII.GetBytes(CodeFor(step - 1)));
        return current | (previous & sinceRotation < Grace);
    }

    /// <summary>Upper case, spaces and dashes dropped: "ac3-d4f" reads as "AC3D4F".</summary>
    public static string Normalize(string? code) =>
        new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
}
