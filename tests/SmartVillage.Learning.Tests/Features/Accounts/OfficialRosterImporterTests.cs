using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Accounts;

public class OfficialRosterImporterTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<OfficialRosterImportResult> ImportAsync(RosterFileBuilder roster, bool issuePasswords = false) =>
        database.InScopeAsync<OfficialRosterImporter, OfficialRosterImportResult>(async importer =>
        {
            await using var stream = roster.Stream();
            return await importer.ImportAsync(stream, new OfficialRosterImportOptions(issuePasswords));
        });

    private async Task<OfficialRosterImportResult> ImportFailingWithoutChangeAsync(RosterFileBuilder roster)
    {
        var before = await database.CountUsersAsync();
        var result = await ImportAsync(roster);
        Assert.False(result.Succeeded);
        Assert.Equal(before, await database.CountUsersAsync());
        Assert.Equal((0, 0), (result.Created, result.Updated));
        return result;
    }

    [Fact]
    public async Task Import_GoodFile_CreatesOfficialsWithNormalizedPhonePositionAndVillage()
    {
        var roster = new RosterFileBuilder()
            .Row(name: "Siti Rahmawati", position: "Kaur Keuangan", villageCode: "18.06.16.2010", phone: "0812-7000-0001", gender: "P", birthYear: "1986")
            .Row(name: "Rudi Hartono", position: "Peratin", villageCode: "18.06.16.2010", phone: "+62 812 7000 0100", email: "rudi@example.test", gender: "L", birthYear: "1970")
            .Row(name: "Made Wirawan", position: "Kepala Tiyuh", villageCode: "18.12.01.2002", phone: "6281270000200", gender: "Laki-laki", birthYear: "1975");

        var result = await ImportAsync(roster);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((3, 0), (result.Created, result.Updated));
        Assert.Empty(result.IssuedPasswords);

        var siti = await database.FindByPhoneAsync("+6281270000001");
        Assert.NotNull(siti);
        Assert.Equal("Siti Rahmawati", siti.FullName);
        Assert.Equal("+6281270000001", siti.UserName);
        Assert.Equal(OfficialPosition.FinanceAffairsHead, siti.Position);
        Assert.Equal("18.06.16.2010", siti.VillageCode);
        Assert.Equal(Gender.Female, siti.Gender);
        Assert.Equal(1986, siti.BirthYear);
        Assert.Null(siti.PasswordHash);
        Assert.Equal([Roles.Official], await database.RolesOfAsync(siti));

        var rudi = await database.FindByPhoneAsync("+6281270000100");
        Assert.NotNull(rudi);
        Assert.Equal(OfficialPosition.VillageHead, rudi.Position);
        Assert.Equal("rudi@example.test", rudi.Email);

        var made = await database.FindByPhoneAsync("+6281270000200");
        Assert.NotNull(made);
        Assert.Equal(OfficialPosition.VillageHead, made.Position);
        Assert.Equal("18.12.01.2002", made.VillageCode);
        Assert.Equal(Gender.Male, made.Gender);
    }

    [Fact]
    public async Task Import_ImportedOfficial_IsFoundByIdentityUnderAnyPhoneSpelling()
    {
        await ImportAsync(new RosterFileBuilder().Row(phone: "0812-7000-0001"));

        var found = await database.InScopeAsync<SignInNameResolver, ApplicationUser?>(r => r.FindAsync("62 812 7000 0001"));
        var byName = await database.InScopeAsync<UserManager<ApplicationUser>, ApplicationUser?>(u => u.FindByNameAsync("+6281270000001"));

        Assert.NotNull(found);
        Assert.NotNull(byName);
        Assert.Equal(found.Id, byName.Id);
    }

    [Fact]
    public async Task Import_SamePhoneAgain_UpdatesInsteadOfDuplicating()
    {
        await ImportAsync(new RosterFileBuilder().Row(name: "Siti Rahmawati", position: "Kaur Keuangan", phone: "0812-7000-0001"));
        var count = await database.CountUsersAsync();
        var first = await database.FindByPhoneAsync("+6281270000001");

        var result = await ImportAsync(new RosterFileBuilder().Row(name: "Siti Rahmawati, S.E.", position: "Sekretaris Pekon", phone: "+62 812-7000-0001"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((0, 1), (result.Created, result.Updated));
        Assert.Equal(count, await database.CountUsersAsync());
        var updated = await database.FindByPhoneAsync("+6281270000001");
        Assert.NotNull(updated);
        Assert.Equal(first!.Id, updated.Id);
        Assert.Equal("Siti Rahmawati, S.E.", updated.FullName);
        Assert.Equal(OfficialPosition.Secretary, updated.Position);
        Assert.Equal([Roles.Official], await database.RolesOfAsync(updated));
    }

    [Fact]
    public async Task Import_UnknownVillageOnThirdRow_FailsNamingLine4AndChangesNothing()
    {
        var roster = new RosterFileBuilder().Row().Row().Row(villageCode: "18.06.16.2999").Row();

        var result = await ImportFailingWithoutChangeAsync(roster);

        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("18.06.16.2999", error.Message);
        Assert.Null(await database.FindByPhoneAsync(RosterFileBuilder.E164For(1)));
    }

    [Fact]
    public async Task Import_MissingName_FailsNamingItsLineAndChangesNothing()
    {
        var result = await ImportFailingWithoutChangeAsync(new RosterFileBuilder().Row().Row(name: "").Row());

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("Nama wajib diisi.", error.Message);
    }

    [Fact]
    public async Task Import_BadPhone_FailsNamingItsLineAndChangesNothing()
    {
        var result = await ImportFailingWithoutChangeAsync(new RosterFileBuilder().Row().Row().Row(phone: "0721-123456"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("0721-123456", error.Message);
    }

    [Fact]
    public async Task Import_SamePhoneTwiceInFile_FailsOnTheSecondLineAndChangesNothing()
    {
        var roster = new RosterFileBuilder().Row(phone: "0812-7000-0001").Row().Row(phone: "+62 812 7000 0001");

        var result = await ImportFailingWithoutChangeAsync(roster);

        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("baris 2", error.Message);
    }

    [Fact]
    public async Task Import_BadRowAfterEarlierImport_LeavesExistingOfficialsUntouched()
    {
        await ImportAsync(new RosterFileBuilder().Row(name: "Siti Rahmawati", phone: "0812-7000-0001"));

        await ImportFailingWithoutChangeAsync(new RosterFileBuilder().Row(name: "Nama Baru", phone: "0812-7000-0001").Row(villageCode: "18.06.16.2999"));

        Assert.Equal("Siti Rahmawati", (await database.FindByPhoneAsync("+6281270000001"))!.FullName);
    }

    [Fact]
    public async Task Import_SeveralBadRows_ReportsEachInLineOrder()
    {
        var roster = new RosterFileBuilder().Row().Row(villageCode: "18.06.16.2999").Row().Row(name: "").Row(gender: "X");

        var result = await ImportFailingWithoutChangeAsync(roster);

        Assert.Equal([3, 5, 6], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task Import_MissingColumn_FailsOnLine1NamingIt()
    {
        await using var stream = new MemoryStream("name,position,village_code,phone\nSiti,Kaur Keuangan,18.06.16.2010,081270000001\n"u8.ToArray());

        var result = await database.InScopeAsync<OfficialRosterImporter, OfficialRosterImportResult>(i => i.ImportAsync(stream, new OfficialRosterImportOptions()));

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("email", error.Message);
    }

    [Fact]
    public async Task Import_HeaderOnly_FailsSayingThereIsNoData()
    {
        var result = await ImportAsync(new RosterFileBuilder());

        Assert.False(result.Succeeded);
        Assert.Equal(1, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public async Task Import_SemicolonDelimitedFromIndonesianExcel_Works()
    {
        var roster = new RosterFileBuilder().SemicolonDelimited()
            .Row(name: "Hasan Basri, S.Pd.", position: "Kepala Dusun").Row().Row();

        var result = await ImportAsync(roster);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(3, result.Created);
        var hasan = await database.FindByPhoneAsync(RosterFileBuilder.E164For(1));
        Assert.NotNull(hasan);
        Assert.Equal("Hasan Basri, S.Pd.", hasan.FullName);
        Assert.Equal(OfficialPosition.HamletHead, hasan.Position);
    }

    [Fact]
    public async Task Import_SemicolonFileWithBadRow_StillNamesTheLine()
    {
        var result = await ImportFailingWithoutChangeAsync(new RosterFileBuilder().SemicolonDelimited().Row().Row().Row(phone: "12345"));

        Assert.Equal(4, Assert.Single(result.Errors).Line);
    }

    private Task<OfficialRosterImportResult> ImportTextAsync(string text, System.Text.Encoding? encoding = null) =>
        database.InScopeAsync<OfficialRosterImporter, OfficialRosterImportResult>(async importer =>
        {
            var enc = encoding ?? new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            await using var stream = new MemoryStream([.. enc.GetPreamble(), .. enc.GetBytes(text)]);
            return await importer.ImportAsync(stream, new OfficialRosterImportOptions());
        });

    [Fact]
    public async Task Import_ExcelSemicolonFileWithByteOrderMark_Works()
    {
        var text = new RosterFileBuilder().SemicolonDelimited().Rows(2).Text();

        var result = await ImportTextAsync(text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(2, result.Created);
    }

    [Fact]
    public async Task Import_HeaderWrittenWithSpacesAfterCommas_IsAccepted()
    {
        // A roster typed by hand: "name, position, village_code, ..." — the data fields are trimmed, the header must be too.
        // Fails today (app bug): OfficialRosterImporter.Read checks the untrimmed HeaderRecord for missing columns,
        // so " position" is reported as missing although PrepareHeaderForMatch would match it.
        var text = "name, position, village_code, phone, email, gender, birth_year\r\n"
                   + "Siti Rahmawati, Kaur Keuangan, 18.06.16.2010, 0812-7000-0001, , P, 1986\r\n";

        var result = await ImportTextAsync(text);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("Siti Rahmawati", (await database.FindByPhoneAsync("+6281270000001"))?.FullName);
    }

    [Fact]
    public async Task Import_BlankLineInTheMiddle_IsSkippedAndLineNumbersStayTrue()
    {
        var good = new RosterFileBuilder().Rows(3).Text().Split("\r\n");
        // header, row 1, (blank), row 2, bad row -> the bad row is on line 5 of the file
        var text = string.Join("\r\n", good[0], good[1], "", good[2], good[3].Replace("18.06.16.2010", "18.06.16.2999")) + "\r\n";

        var result = await ImportTextAsync(text);

        Assert.False(result.Succeeded);
        Assert.Equal(5, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public async Task Import_IssuePasswords_GivesAFirstPasswordThatSignsIn()
    {
        var result = await ImportAsync(new RosterFileBuilder().Row(name: "Siti Rahmawati", phone: "0812-7000-0001").Row(), issuePasswords: true);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(2, result.IssuedPasswords.Count);
        var issued = result.IssuedPasswords[0];
        Assert.Equal((2, "Siti Rahmawati", "+6281270000001"), (issued.Line, issued.FullName, issued.UserName));

        var signsIn = await database.InScopeAsync<UserManager<ApplicationUser>, bool>(async users =>
        {
            var user = await users.FindByNameAsync(issued.UserName);
            return user is not null && await users.CheckPasswordAsync(user, issued.Password);
        });
        Assert.True(signsIn);
    }

    [Fact]
    public async Task Import_IssuePasswordsAgain_KeepsThePasswordAlreadyGiven()
    {
        var first = await ImportAsync(new RosterFileBuilder().Row(phone: "0812-7000-0001"), issuePasswords: true);
        var second = await ImportAsync(new RosterFileBuilder().Row(phone: "0812-7000-0001"), issuePasswords: true);

        Assert.Single(first.IssuedPasswords);
        Assert.Empty(second.IssuedPasswords);
    }

    [Fact]
    public async Task Import_EmailOnlyRow_SignsInByEmail()
    {
        var result = await ImportAsync(new RosterFileBuilder().Row(name: "Eka Putri", phone: "", email: "eka@example.test"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var eka = await database.InScopeAsync<SignInNameResolver, ApplicationUser?>(r => r.FindAsync("EKA@example.test"));
        Assert.NotNull(eka);
        Assert.Equal("eka@example.test", eka.UserName);
        Assert.Null(eka.PhoneNumber);
    }

    [Fact]
    public async Task Import_NewOfficial_IsLockedOutAfterFiveFailedSignIns()
    {
        // Lockout guards each account (DESIGN: sign-in rate limit is per address and generous).
        // Fails today (app bug): the importer adds users with db.Users.Add, bypassing UserManager.CreateAsync,
        // which is what sets LockoutEnabled = Lockout.AllowedForNewUsers; imported officials can never be locked out.
        var result = await ImportAsync(new RosterFileBuilder().Row(phone: "0812-7000-0001"), issuePasswords: true);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));

        var locked = await database.InScopeAsync<UserManager<ApplicationUser>, bool>(async users =>
        {
            var user = (await users.FindByNameAsync("+6281270000001"))!;
            for (var attempt = 0; attempt < 5; attempt++) await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user);
        });

        Assert.True(locked, "An imported official must be locked out after 5 failed sign-ins, like any other account.");
    }

    [Fact]
    public async Task Import_LineMatchingAMentor_RefusedWithItsLineAndTheMentorUnchanged()
    {
        var mentorId = await database.InScopeAsync<UserDirectory, string>(d => d.CreateAsync(new NewUserForm
        {
            FullName = "Yusuf Hidayat", Role = Roles.Mentor, Email = "yusuf@smartvillage.test", Password = "Lampung#2026",
        }));
        var roster = new RosterFileBuilder().Row().Row(name: "Yusuf Baru", email: "yusuf@smartvillage.test").Row();

        var result = await ImportFailingWithoutChangeAsync(roster);

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("akun staf (Pendamping)", error.Message);
        var mentor = await database.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == mentorId));
        Assert.Equal("Yusuf Hidayat", mentor.FullName);
        Assert.Null(mentor.VillageCode);
        Assert.Equal([Roles.Mentor], await database.RolesOfAsync(mentor));
    }

    [Fact]
    public async Task Import_NameWithRightToLeftOverride_StoredWithoutDirectionControls()
    {
        var roster = new RosterFileBuilder().Row(name: "Siti \u202Eiwahtamhar\u202C Rahmawati", phone: "0812-7000-0001");

        var result = await ImportAsync(roster);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var siti = await database.FindByPhoneAsync("+6281270000001");
        Assert.Equal("Siti iwahtamhar Rahmawati", siti!.FullName);
    }
}
