using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Portal;

/// <summary>
/// Whose portal items a signed-in patient may see and act for: their own, and those of each family member whose
/// primary account holder they are (one level: a member's own members are not the holder's). Every portal page and
/// query asks this, so a page never compares patient ids by hand.
/// </summary>
public sealed class FamilyAccess
{
    private readonly Dictionary<Guid, Patient> _people;

    private FamilyAccess(Patient signedIn, IReadOnlyList<Patient> members)
    {
        SignedIn = signedIn;
        Members = members;
        _people = members.Append(signedIn).ToDictionary(person => person.Id);
    }

    public Patient SignedIn { get; }

    /// <summary>The family members the signed-in patient manages, by given then family name.</summary>
    public IReadOnlyList<Patient> Members { get; }

    /// <summary>The signed-in patient first, then their family members.</summary>
    public IReadOnlyList<Guid> PatientIds => [SignedIn.Id, .. Members.Select(member => member.Id)];

    /// <summary>The rule itself: oneself, or a patient whose primary account holder one is.</summary>
    public static bool MayActFor(Patient signedIn, Patient subject)
    {
        ArgumentNullException.ThrowIfNull(signedIn);
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Id == signedIn.Id || subject.PrimaryAccountHolderId == signedIn.Id;
    }

    /// <summary>The access of <paramref name="signedIn"/>, keeping of <paramref name="candidates"/> only those the rule allows.</summary>
    public static FamilyAccess For(Patient signedIn, IEnumerable<Patient> candidates)
    {
        ArgumentNullException.ThrowIfNull(signedIn);
        ArgumentNullException.ThrowIfNull(candidates);
        var members = candidates
            .Where(candidate => candidate.Id != signedIn.Id && MayActFor(signedIn, candidate))
            .DistinctBy(candidate => candidate.Id)
            .OrderBy(candidate => candidate.GivenName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(candidate => candidate.FamilyName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new FamilyAccess(signedIn, members);
    }

    /// <summary>True for the signed-in patient's own id and their family members' ids.</summary>
    public bool MayActFor(Guid patientId) => _people.ContainsKey(patientId);

    /// <summary>The family member with this id, or null for the signed-in patient themselves and anyone else.</summary>
    public Patient? Member(Guid patientId) => patientId != SignedIn.Id ? _people.GetValueOrDefault(patientId) : null;
}
