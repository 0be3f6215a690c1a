namespace SmartVillage.Domain.Catalog;

public enum CourseStatus
{
    Draft = 0,
    Published = 1,
}
