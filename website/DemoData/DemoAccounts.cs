using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Website.DemoData;

/// <summary>
/// Patients with active portal accounts, to try sign-in: one on their own, and two adults who share an email
/// and a password (the sign-in page asks which of them is signing in).
/// </summary>
internal static class DemoAccounts
{
    public const string SoloEmail = "olivia.demo@example.org";
    public const string FamilyEmail = "okafor.family@example.org";

    public static async Task<IReadOnlyList<Patient>> ActivateAsync(PatientPortalDbContext db, IPatientPasswordHasher hasher, IReadOnlyList<Patient> patients, string password, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hash = await hasher.HashAsync(password, cancellationToken);
        var chargebandId = patients[0].ChargebandId;
        PatientDetails[] people =
        [
            new("Ms", "Olivia", "Demo", new DateOnly(1986, 4, 12), SoloEmail, "+447700900101"),
            new("Mrs", "Ngozi", "Okafor", new DateOnly(1979, 9, 3), FamilyEmail, "+447700900102"),
            new("Mr", "Chidi", "Okafor", new DateOnly(1977, 1, 21), FamilyEmail, "+447700900102"),
        ];
        var activated = new List<Patient>();
        foreach (var person in people)
        {
            var patient = Patient.SignUp(person, chargebandId, hash, "2026-01", "Welcome123", now);
            patient.ConfirmEmail(now);
            db.Patients.Add(patient);
            activated.Add(patient);
        }

        await db.SaveChangesAsync(cancellationToken);
        return activated;
    }
}
