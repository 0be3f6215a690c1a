using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Cli;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Cli;

/// <summary>`users add`: the first Admin of a new production database, and any staff account, from the command line.</summary>
[Collection(CliCollection.Name)]
public class UsersAddVerbTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<(int Exit, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        using var _ = new EnvironmentVariables(
            ("ConnectionStrings__Learning", database.ConnectionString),
            ("Content__Path", RepositoryPaths.Content),
            ("ASPNETCORE_ENVIRONMENT", "Production"),
            ("DOTNET_ENVIRONMENT", null));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(args, stdout, stderr, new StringReader(stdin));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task UsersAdd_InProduction_PasswordFromStdin_CreatesAnAdminWhoCanSignIn()
    {
        var (exit, stdout, stderr) = await RunAsync("Rahasia#2026\n",
            "users", "add", "--email", "admin@lampungprov.go.id", "--name", "Admin Dinas PMD", "--role", "Admin");

        Assert.True(exit == 0, stderr);
        Assert.Contains("Created Admin account admin@lampungprov.go.id", stdout);
        Assert.DoesNotContain("Rahasia#2026", stdout + stderr);
        var admin = await database.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "admin@lampungprov.go.id"));
        Assert.Equal("Admin Dinas PMD", admin.FullName);
        Assert.Equal([Roles.Admin], await database.RolesOfAsync(admin));
        Assert.True(await database.InScopeAsync<UserManager<ApplicationUser>, bool>(users => users.CheckPasswordAsync(admin, "Rahasia#2026")));
    }

    [Fact]
    public async Task UsersAdd_WeakPassword_RefusedWithTheReasonAndNoAccount()
    {
        var (exit, _, stderr) = await RunAsync("pendek\n", "users", "add", "--email", "admin@lampungprov.go.id", "--name", "Admin", "--role", "Admin");

        Assert.Equal(1, exit);
        Assert.Contains("Kata sandi paling sedikit 8 karakter.", stderr);
        Assert.Contains("No account created.", stderr);
        Assert.Equal(0, await database.CountUsersAsync());
    }

    [Fact]
    public async Task UsersAdd_NothingOnStdin_IsAUsageErrorAndNoAccount()
    {
        var (exit, _, stderr) = await RunAsync("", "users", "add", "--email", "admin@lampungprov.go.id", "--name", "Admin", "--role", "Admin");

        Assert.Equal(2, exit);
        Assert.Contains("standard input", stderr);
        Assert.Equal(0, await database.CountUsersAsync());
    }

    [Fact]
    public async Task UsersAdd_ExistingEmail_RefusedAndTheAccountKeepsItsRoles()
    {
        Assert.Equal(0, (await RunAsync("Rahasia#2026\n", "users", "add", "--email", "maria@contoh.test", "--name", "Maria", "--role", "Mentor")).Exit);

        var (exit, _, stderr) = await RunAsync("Rahasia#2026\n", "users", "add", "--email", "maria@contoh.test", "--name", "Maria", "--role", "Admin");

        Assert.Equal(1, exit);
        Assert.Contains("sudah dipakai", stderr);
        var maria = await database.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "maria@contoh.test"));
        Assert.Equal([Roles.Mentor], await database.RolesOfAsync(maria));
    }
}
