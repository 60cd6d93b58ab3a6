namespace Styrkedja.Web.Domain;

/// <summary>
/// The kind of an organisational unit. Flag values, because a goal level names the set of kinds
/// that may own its goals (e.g. styrelse and nämnd both own nämndsmål).
/// </summary>
[Flags]
public enum OrgUnitKind
{
    None = 0,
    Fullmaktige = 1,
    Styrelse = 2,
    Namnd = 4,
    Forvaltning = 8,
    Verksamhet = 16,
    Enhet = 32,
    Bolag = 64,
}
