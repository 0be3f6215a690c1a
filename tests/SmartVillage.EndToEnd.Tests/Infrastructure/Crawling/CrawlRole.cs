namespace SmartVillage.EndToEnd.Tests.Infrastructure.Crawling;

/// <summary>A kind of person who uses the app, signed in as one demo account (or not at all).</summary>
/// <param name="Name">How tests name the role, e.g. <c>official</c>.</param>
/// <param name="Login">What the person types to sign in; null for an anonymous visitor.</param>
/// <param name="UserName">The account's stored user name (E.164 for officials), for reading its own objects from the database.</param>
/// <param name="AppRole">The app's role name (<c>Official</c>, <c>Trainer</c>, …); null for an anonymous visitor.</param>
/// <param name="OnPhone">Uses the app on a 360 px phone (officials, and the visitors who are mostly officials); staff on a desktop.</param>
public sealed record CrawlRole(string Name, string? Login, string? UserName, string? AppRole, bool OnPhone)
{
    public static readonly CrawlRole Official = new("official", DemoAccounts.SitiPhone, "+6281270000001", "Official", OnPhone: true);
    public static readonly CrawlRole Trainer = new("trainer", DemoAccounts.Trainer, DemoAccounts.Trainer, "Trainer", OnPhone: false);
    public static readonly CrawlRole Mentor = new("mentor", DemoAccounts.Mentor, DemoAccounts.Mentor, "Mentor", OnPhone: false);
    public static readonly CrawlRole ProvinceReviewer = new("reviewer-province", DemoAccounts.ProvinceReviewer, DemoAccounts.ProvinceReviewer, "Reviewer", OnPhone: false);
    public static readonly CrawlRole RegencyReviewer = new("reviewer-regency", DemoAccounts.RegencyReviewer, DemoAccounts.RegencyReviewer, "Reviewer", OnPhone: false);
    public static readonly CrawlRole Admin = new("admin", DemoAccounts.Admin, DemoAccounts.Admin, "Admin", OnPhone: false);
    public static readonly CrawlRole Anonymous = new("anonymous", null, null, null, OnPhone: true);

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
