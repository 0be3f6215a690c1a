using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;

namespace SmartVillage.Learning.Features.Networks;

/// <summary>
/// Double-click safety for posting: each form carries a token made when it was opened; the row it creates keeps it
/// under a unique index. The same token again returns the row already made instead of a second one, whether the
/// second click comes after the first finished or races it (the unique index refuses the loser, which then reads the winner).
/// </summary>
internal static class ClientTokens
{
    public const string ReusedMessage = "Formulir ini sudah dipakai orang lain; muat ulang halaman lalu tulis lagi.";

    /// <param name="existing">The row holding the form's token, as (id, author), read in a fresh query each time.</param>
    public static async Task<int> OnceAsync(Func<IQueryable<TokenOwner>> existing, Func<Task<int>> create, string authorId, CancellationToken ct)
    {
        if (await existing().FirstOrDefaultAsync(ct) is { } found) return Own(found, authorId);
        try
        {
            return await create();
        }
        catch (DbUpdateException)
        {
            // The unique index refused a second row with this token: the other click won; answer with its row.
            var raced = await existing().FirstOrDefaultAsync(ct);
            if (raced is null) throw;
            return Own(raced, authorId);
        }
    }

    private static int Own(TokenOwner row, string authorId) =>
        row.AuthorId == authorId ? row.Id : throw new DomainException(ReusedMessage);
}

/// <summary>The row a form token made, and who made it.</summary>
internal sealed record TokenOwner(int Id, string AuthorId);
