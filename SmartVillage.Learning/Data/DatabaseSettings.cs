namespace SmartVillage.Learning.Data;

/// <summary>What the app was configured with, for the initializer, the CLI and /healthz.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
