using PatientPortal.Core.Portal.CallBack;

namespace PatientPortal.Web.Portal;

/// <summary>
/// The booking search and its next step: <see cref="CallBack"/> is the call-back form, or null when the practice has
/// no address for requests (the page then gives <see cref="PracticePhone"/>). A refused form comes back with what was
/// typed and each problem next to its field.
/// </summary>
/// <param name="FamilyMembers">Whom else the signed-in patient may book for; empty for most patients.</param>
/// <param name="For">The family member chosen, or null for the signed-in patient themselves.</param>
public sealed record BookingSearchPage(
    IReadOnlyList<BookingServiceOption> Services,
    BookingServiceOption? Selected,
    string PracticeName,
    string? PracticePhone,
    CallBackForm? CallBack,
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<FamilyMemberName>? FamilyMembers = null,
    FamilyMemberName? For = null)
{
    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}

public sealed record BookingServiceOption(Guid Id, string Name, string Duration, string Price);

public sealed record CallBackForm(string? Phone, bool Morning, bool Afternoon, string? Note)
{
    public const int MaximumNoteLength = CallBackRequests.MaximumNoteLength;

    public static CallBackForm From(string? phone, IReadOnlyList<string>? times, string? note) =>
        new(phone, times?.Contains(nameof(CallBackTime.Morning)) ?? false, times?.Contains(nameof(CallBackTime.Afternoon)) ?? false, note);
}

/// <summary>The page after a call-back request: what the practice was told and what happens next.</summary>
public sealed record CallBackRequestedPage(string Phone, string Times, string? ServiceName, string PracticeName, string? PracticePhone, string? ForName);
