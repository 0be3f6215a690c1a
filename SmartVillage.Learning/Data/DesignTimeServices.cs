using Microsoft.AspNetCore.Identity;

namespace SmartVillage.Learning.Data;

/// <summary>
/// Identity builds its tables from IdentityOptions.Stores (schema version 3 adds passkeys); design-time
/// factories hand the same options to the context so migrations match the running app.
/// </summary>
internal static class DesignTimeServices
{
    public static IServiceProvider Create() =>
        new ServiceCollection()
            .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .BuildServiceProvider();
}
