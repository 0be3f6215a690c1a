namespace SmartVillage.Learning.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
