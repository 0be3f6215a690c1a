namespace SmartVillage.Learning.Infrastructure.Security;

/// <summary>
/// A setting the app cannot run safely without (a key-ring certificate, the public address in Production). Program.cs
/// prints the message alone, without a stack trace, and exits with code 1, so an operator reads what to set.
/// </summary>
public sealed class StartupConfigurationException(string message) : Exception(message);
