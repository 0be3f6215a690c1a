namespace SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

/// <summary>A kind of person who uses the app, signed in as one demo account (or not at all).</summary>
/// <param name="Name">How tests name the role, e.g. <c>official</c>.</param>
/// <param name="Login">What the person types to sign in; null for an anonymous visitor.</param>
/// <param name="UserName">The account's stored user name (E.164 for officials), for reading its own objects from the database.</param>
/// <param name="AppRole">The app's role name (<c>Official</c>, <c>Trainer</c>, …); null for an anonymous visitor.</param>
public sealed record CrawlRole(string Name, string? Login, string? UserName, string? AppRole)
{
    public static readonly CrawlRole Official = new("official", DemoAccounts.SitiPhone, "+6281270000001", "Official");
    public static readonly CrawlRole Trainer = new("trainer", DemoAccounts.Trainer, DemoAccounts.Trainer, "Trainer");
    public static readonly CrawlRole Mentor = new("mentor", DemoAccounts.Mentor, DemoAccounts.Mentor, "Mentor");
    public static readonly CrawlRole ProvinceReviewer = new("reviewer-province", DemoAccounts.ProvinceReviewer, DemoAccounts.ProvinceReviewer, "Reviewer");
    public static readonly CrawlRole RegencyReviewer = new("reviewer-regency", DemoAccounts.RegencyReviewer, DemoAccounts.RegencyReviewer, "Reviewer");
    public static readonly CrawlRole Admin = new("admin", DemoAccounts.Admin, DemoAccounts.Admin, "Admin");
    public static readonly CrawlRole Anonymous = new("anonymous", null, null, null);

    public static IReadOnlyList<CrawlRole> All { get; } = [Official, Trainer, Mentor, ProvinceReviewer, RegencyReviewer, Admin, Anonymous];

    public static CrawlRole Named(string name) => All.Single(r => r.Name == name);

    /// <summary>Role names for an xUnit theory: one case per role.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var role in All) data.Add(role.Name);
            return data;
        }
    }

    public override string ToString() => Name;
}
