namespace SmartVillage.Domain.Accounts;

public enum Gender
{
    Male = 1,
    Female = 2,
}

public static class Genders
{
    public static string Label(Gender gender) => gender == Gender.Male ? "Laki-laki" : "Perempuan";

    /// <summary>Reads the ways a roster writes gender: L/P, Laki-laki/Perempuan, M/F, Male/Female.</summary>
    public static bool TryParse(string? text, out Gender gender)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "l" or "lk" or "laki-laki" or "laki laki" or "pria" or "m" or "male":
                gender = Gender.Male;
                return true;
            case "p" or "pr" or "perempuan" or "wanita" or "f" or "female":
                gender = Gender.Female;
                return true;
            default:
                gender = default;
                return false;
        }
    }
}
