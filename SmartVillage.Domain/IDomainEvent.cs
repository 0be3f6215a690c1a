namespace SmartVillage.Domain;

/// <summary>
/// Something that happened in one area that others may react to (a course completed, a test graded). Raised after the
/// change is saved; the app's dispatcher hands it to each area's handlers in their declared order. Some events are also
/// (or only) staged before the save, for reactions that must commit with the change (the outbox of messages).
/// </summary>
public interface IDomainEvent;
