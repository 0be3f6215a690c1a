using System.Security.Cryptography;

namespace SmartVillage.Learning.Features.Accounts;

/// <summary>A first password that meets the password policy and is easy to read aloud over the phone.</summary>
public static class TemporaryPassword
{
    // No 0/O, 1/l/I: these are dictated over a phone line or copied from a printed sheet.
    private const string Lower = "abcdefghjkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    public static string Generate()
    {
        var chars = new char[10];
        for (var i = 0; i < 4; i++) chars[i] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        for (var i = 4; i < 8; i++) chars[i] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[8] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[9] = '#';
        return new string(chars);
    }
}
